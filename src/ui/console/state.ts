// The teacher's console state (pure): the main window's teacher controls (pause, reveal) as a reducer over commands,
// the console window's view of the game as a reducer over the game's answers, and the PIN rule.
import type { Ack, Command, ConsoleSnapshot } from './protocol.js';

/** What the teacher controls besides the game itself: the pause and the reveal of both trusts. */
export interface TeacherState {
  paused: boolean;
  revealed: boolean;
}

export const initialTeacher: TeacherState = { paused: false, revealed: false };

/** Pause, resume, reveal and hide change the teacher state; other commands (hello, inject, annotate) leave it as it is. */
export function teacherReducer(state: TeacherState, command: Command): TeacherState {
  switch (command.kind) {
    case 'pause':
      return state.paused ? state : { ...state, paused: true };
    case 'resume':
      return state.paused ? { ...state, paused: false } : state;
    case 'reveal':
      return state.revealed ? state : { ...state, revealed: true };
    case 'hide':
      return state.revealed ? { ...state, revealed: false } : state;
    default:
      return state;
  }
}

/** The console window: locked (the PIN not proved yet on this pairing) or unlocked with the game's snapshot. */
export interface ConsoleView {
  unlocked: boolean;
  snapshot: ConsoleSnapshot | null;
  /** The last answer's message for the teacher (a refusal, or what was done). */
  message: string | null;
  error: boolean;
}

export type ViewAction =
  /** The game refused the proof (wrong PIN, locked out) or has no PIN yet: back to the PIN prompt, saying why. */
  | { type: 'refused'; message: string }
  /** A snapshot, with the answer to this window's last command if it is one. Only an unlocked port receives them. */
  | { type: 'state'; state: ConsoleSnapshot; ack: Ack | null }
  | { type: 'lost' };

export const initialView: ConsoleView = { unlocked: false, snapshot: null, message: null, error: false };

export function viewReducer(view: ConsoleView, action: ViewAction): ConsoleView {
  switch (action.type) {
    case 'refused':
      return { unlocked: false, snapshot: null, message: action.message, error: true };
    case 'state':
      if (!view.unlocked) return { unlocked: true, snapshot: action.state, message: null, error: false };
      return action.ack
        ? { ...view, snapshot: action.state, message: action.ack.message, error: !action.ack.ok }
        : { ...view, snapshot: action.state };
    case 'lost':
      return { ...view, snapshot: null };
  }
}

/** A PIN is 4 to 8 digits. */
export const validPin = (pin: string): boolean => /^\d{4,8}$/.test(pin);
