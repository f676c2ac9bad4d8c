// The teacher's console state (pure): the main window's teacher controls (pause, reveal) as a reducer over commands,
// the console window's view of the game as a reducer over received messages, and the PIN rule.
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

/** The console window: locked (PIN not accepted yet), waiting for the game's answer, or connected with a snapshot. */
export interface ConsoleView {
  unlocked: boolean;
  /** The PIN the teacher typed (sent with every command; the game checks it). */
  pin: string;
  snapshot: ConsoleSnapshot | null;
  /** The last answer's message for the teacher (a refusal, or what was done). */
  message: string | null;
  error: boolean;
}

export type ViewAction =
  { type: 'try-pin'; pin: string } | { type: 'state'; state: ConsoleSnapshot; ack: Ack | null; me: string } | { type: 'lost' };

export const initialView: ConsoleView = { unlocked: false, pin: '', snapshot: null, message: null, error: false };

export function viewReducer(view: ConsoleView, action: ViewAction): ConsoleView {
  switch (action.type) {
    case 'try-pin':
      return { ...view, pin: action.pin, message: null, error: false };
    case 'state': {
      const mine = action.ack && action.ack.to === action.me ? action.ack : null;
      if (!view.unlocked) {
        // Locked: only the answer to this window's own hello unlocks it; other windows' traffic is ignored.
        if (!mine) return view;
        return mine.ok
          ? { ...view, unlocked: true, snapshot: action.state, message: null, error: false }
          : { ...view, pin: '', message: mine.message, error: true };
      }
      return mine ? { ...view, snapshot: action.state, message: mine.message, error: !mine.ok } : { ...view, snapshot: action.state };
    }
    case 'lost':
      return { ...view, snapshot: null };
  }
}

/** A PIN is 4 to 8 digits. */
export const validPin = (pin: string): boolean => /^\d{4,8}$/.test(pin);
