// Steps a child statechart (project, site, flashpoint) through its compiled table and notes the move.
import { lifecycles, type Lifecycle } from './lifecycle.js';
import { note, type Step } from './step.js';
import type { Note } from './state.js';

/** Returns the next state, or the current one when the statechart does not accept the event there. */
export function advance(machine: Lifecycle, state: string, event: string): string {
  return machine.next(state, event) ?? state;
}

/** Moves a flashpoint and notes the transition; returns true if it moved. */
export function moveFlashpoint(
  step: Step,
  id: 'md' | 'enlargement' | 'ukraine' | 'transnistria',
  event: string,
  text: (state: string) => string,
  kind: Note['kind'] = 'transition',
): boolean {
  const before = step.s.flashpoints[id];
  const after = advance(lifecycles[id], before, event);
  if (after === before) return false;
  step.s.flashpoints[id] = after;
  note(step, kind, id, text(after));
  return true;
}
