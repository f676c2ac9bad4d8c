// Compiles a lifecycle statechart into a lookup table, so that the game steps its children in O(1) per event.
import { getNextSnapshot, type AnyStateMachine } from 'xstate';
import { FLASHPOINT_STATES, PROJECT_STATES, SITE_STATES } from '../scenario/vocabulary.js';
import {
  ENLARGEMENT_EVENTS,
  enlargementMachine,
  MD_EVENTS,
  mdMachine,
  PROJECT_EVENTS,
  projectMachine,
  SITE_EVENTS,
  siteMachine,
  TRANSNISTRIA_EVENTS,
  transnistriaMachine,
  UKRAINE_EVENTS,
  ukraineMachine,
} from './machines/lifecycles.js';

export interface Lifecycle<S extends string = string, E extends string = string> {
  readonly id: string;
  readonly initial: S;
  readonly states: readonly S[];
  readonly events: readonly E[];
  /** The next state, or undefined when the statechart does not accept the event in that state. */
  next(state: S, event: E): S | undefined;
}

/**
 * Asks xstate itself for every (state, event) pair once; the table is exactly the statechart. The statechart's states
 * must be the vocabulary's, in its order (initial first), and its events exactly its declared list (any order): a state
 * or an event added to one and not the other fails at load.
 */
export function compileLifecycle<S extends string, E extends string>(
  machine: AnyStateMachine,
  vocabulary: readonly S[],
  declaredEvents: readonly E[],
): Lifecycle<S, E> {
  const states = Object.keys(machine.root.states) as S[];
  if (states.join() !== vocabulary.join() || machine.config.initial !== vocabulary[0]) {
    throw new Error(`the ${machine.id} statechart's states (${states.join(', ')}) are not the vocabulary's (${vocabulary.join(', ')})`);
  }
  const events = [...new Set(states.flatMap((s) => Object.keys(machine.root.states[s]!.config.on ?? {})))] as E[];
  if ([...events].sort().join() !== [...declaredEvents].sort().join()) {
    throw new Error(
      `the ${machine.id} statechart's events (${events.join(', ')}) are not its declared ones (${declaredEvents.join(', ')})`,
    );
  }
  // By state, then event: the engine asks this every step, and a joined string key was built and hashed each time.
  const table = new Map<S, Map<string, S>>();
  for (const state of states) {
    const snapshot = machine.resolveState({ value: state, context: {} });
    const row = new Map<string, S>();
    for (const event of events) {
      const after = getNextSnapshot(machine, snapshot, { type: event });
      if (after.value !== state || machine.root.states[state]!.config.on?.[event] !== undefined) {
        row.set(event, after.value as S);
      }
    }
    table.set(state, row);
  }
  return {
    id: machine.id,
    initial: vocabulary[0]!,
    states,
    events,
    next: (state, event) => table.get(state)?.get(event),
  };
}

export const lifecycles = {
  project: compileLifecycle(projectMachine, PROJECT_STATES, PROJECT_EVENTS),
  site: compileLifecycle(siteMachine, SITE_STATES, SITE_EVENTS),
  md: compileLifecycle(mdMachine, FLASHPOINT_STATES.md, MD_EVENTS),
  enlargement: compileLifecycle(enlargementMachine, FLASHPOINT_STATES.enlargement, ENLARGEMENT_EVENTS),
  ukraine: compileLifecycle(ukraineMachine, FLASHPOINT_STATES.ukraine, UKRAINE_EVENTS),
  transnistria: compileLifecycle(transnistriaMachine, FLASHPOINT_STATES.transnistria, TRANSNISTRIA_EVENTS),
} as const;
