// The teacher's pause and reveal, as the game's screens see them: a tiny module the turn and resolution screens import
// (the console itself loads on demand). They live in the shell (its `teacher` region and `revealed`); set only by the
// main window's console controller.
import { isPaused, send, shell, type ShellSnapshot } from '../shell/shell.js';
import type { TeacherState } from './state.js';

const flagsOf = (snapshot: ShellSnapshot): TeacherState => ({ paused: isPaused(snapshot), revealed: snapshot.context.revealed });

export const teacherFlags = (): TeacherState => flagsOf(shell.getSnapshot());

/** Whether the fog of trust applies on the main screen now: the game's fog, unless the teacher shows both trusts. */
export const fogShown = (fog: boolean): boolean => fog && !teacherFlags().revealed;

export function setTeacherFlags(next: TeacherState): void {
  const current = teacherFlags();
  if (next.paused !== current.paused) send({ type: next.paused ? 'PAUSE' : 'UNPAUSE' });
  if (next.revealed !== current.revealed) send({ type: next.revealed ? 'REVEAL' : 'HIDE' });
}

/** Calls `listener` on every change of the pause or the reveal; returns the remover. */
export function onTeacherFlags(listener: (state: TeacherState, before: TeacherState) => void): () => void {
  let before = teacherFlags();
  const subscription = shell.subscribe((snapshot) => {
    const now = flagsOf(snapshot);
    if (now.paused === before.paused && now.revealed === before.revealed) return;
    const was = before;
    before = now;
    listener(now, was);
  });
  return () => subscription.unsubscribe();
}

/** The teacher ended the game from the console (the session is at the debrief now): the shell opens the debrief. */
export function announceGameEnded(): void {
  send({ type: 'ENDED' });
}
