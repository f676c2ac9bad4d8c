// Steps a child statechart (project, site, flashpoint) through its compiled table and notes the move.
import type { FlashpointState } from '../scenario/vocabulary.js';
import type { Fact } from './facts.js';
import { lifecycles, type Lifecycle } from './lifecycle.js';
import type { LifecycleEvents } from './machines/lifecycles.js';
import { note, type Step } from './log.js';
import type { FlashpointId, Note } from './state.js';

/** Returns the next state, or the current one when the statechart does not accept the event there. */
export function advance<S extends string, E extends string>(machine: Lifecycle<S, E>, state: S, event: E): S {
  return machine.next(state, event) ?? state;
}

/** Moves a flashpoint and notes the transition; returns true if it moved. */
export function moveFlashpoint<F extends FlashpointId>(
  step: Step,
  id: F,
  event: LifecycleEvents[F],
  fact: (state: FlashpointState<F>) => Fact,
  kind: Note['kind'] = 'transition',
): boolean {
  // TypeScript cannot pair lifecycles[id] with flashpoints[id] through a generic key; both are keyed by the vocabulary.
  const machine = lifecycles[id] as unknown as Lifecycle<FlashpointState<F>, LifecycleEvents[F]>;
  const states = step.s.flashpoints as Record<F, FlashpointState<F>>;
  const before = states[id];
  const after = advance(machine, before, event);
  if (after === before) return false;
  states[id] = after;
  note(step, kind, id, fact(after));
  return true;
}
