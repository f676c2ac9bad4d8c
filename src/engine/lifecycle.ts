// Compiles a lifecycle statechart into a lookup table, so that the game steps its children in O(1) per event.
import { getNextSnapshot, type AnyStateMachine } from 'xstate';
import { enlargementMachine, mdMachine, projectMachine, siteMachine, transnistriaMachine, ukraineMachine } from './machines/lifecycles.js';

export interface Lifecycle {
  readonly id: string;
  readonly initial: string;
  readonly states: readonly string[];
  readonly events: readonly string[];
  /** The next state, or undefined when the statechart does not accept the event in that state. */
  next(state: string, event: string): string | undefined;
}

/** Asks xstate itself for every (state, event) pair once; the table is exactly the statechart. */
export function compileLifecycle(machine: AnyStateMachine): Lifecycle {
  const states = Object.keys(machine.root.states);
  const events = [...new Set(states.flatMap((s) => Object.keys(machine.root.states[s]!.config.on ?? {})))];
  // By state, then event: the engine asks this every step, and a joined string key was built and hashed each time.
  const table = new Map<string, Map<string, string>>();
  for (const state of states) {
    const snapshot = machine.resolveState({ value: state, context: {} });
    const row = new Map<string, string>();
    for (const event of events) {
      const after = getNextSnapshot(machine, snapshot, { type: event });
      if (after.value !== state || machine.root.states[state]!.config.on?.[event] !== undefined) {
        row.set(event, after.value as string);
      }
    }
    table.set(state, row);
  }
  return {
    id: machine.id,
    initial: machine.config.initial as string,
    states,
    events,
    next: (state, event) => table.get(state)?.get(event),
  };
}

export const lifecycles = {
  project: compileLifecycle(projectMachine),
  site: compileLifecycle(siteMachine),
  md: compileLifecycle(mdMachine),
  enlargement: compileLifecycle(enlargementMachine),
  ukraine: compileLifecycle(ukraineMachine),
  transnistria: compileLifecycle(transnistriaMachine),
} as const;
