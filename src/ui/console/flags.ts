// The teacher's pause and reveal, as the game's screens see them: a tiny module the turn and resolution screens import
// (the console itself loads on demand). Set only by the main window's console controller.
import { initialTeacher, type TeacherState } from './state.js';

let current: TeacherState = initialTeacher;
const listeners = new Set<(state: TeacherState, before: TeacherState) => void>();

export const teacherFlags = (): TeacherState => current;

/** Whether the fog of trust applies on the main screen now: the game's fog, unless the teacher shows both trusts. */
export const fogShown = (fog: boolean): boolean => fog && !current.revealed;

export function setTeacherFlags(next: TeacherState): void {
  if (next.paused === current.paused && next.revealed === current.revealed) return;
  const before = current;
  current = next;
  for (const listener of [...listeners]) listener(current, before);
}

/** Calls `listener` on every change; returns the remover. */
export function onTeacherFlags(listener: (state: TeacherState, before: TeacherState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const endListeners = new Set<() => void>();

/** The teacher ended the game from the console (the session is at the debrief now): tells the play screens. */
export function announceGameEnded(): void {
  for (const listener of [...endListeners]) listener();
}

/** Calls `listener` when the teacher ends the game; returns the remover. */
export function onGameEnded(listener: () => void): () => void {
  endListeners.add(listener);
  return () => endListeners.delete(listener);
}
