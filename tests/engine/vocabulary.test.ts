// The one vocabulary against the statecharts: each lifecycle's states are the vocabulary's, initial first, and a
// statechart that drifts from it is refused when the engine loads (the mutant below); so is one whose events drift from
// its declared list (the list types every call site that steps it).
import { createMachine, type AnyStateMachine } from 'xstate';
import { describe, expect, test } from 'vitest';
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
} from '../../src/engine/testing.js';
import { compileLifecycle } from '../../src/engine/lifecycle.js';
import { FlashpointId, SiteId } from '../../src/scenario/schema.js';
import { FLASHPOINT_STATES, FLASHPOINTS, PROJECT_STATES, SITE_STATES, SITES } from '../../src/scenario/vocabulary.js';

const CHARTS: [string, AnyStateMachine, readonly string[]][] = [
  ['project', projectMachine, PROJECT_STATES],
  ['site', siteMachine, SITE_STATES],
  ['md', mdMachine, FLASHPOINT_STATES.md],
  ['enlargement', enlargementMachine, FLASHPOINT_STATES.enlargement],
  ['ukraine', ukraineMachine, FLASHPOINT_STATES.ukraine],
  ['transnistria', transnistriaMachine, FLASHPOINT_STATES.transnistria],
];

describe('the vocabulary and the statecharts', () => {
  test.each(CHARTS)("the %s statechart's states are the vocabulary's, initial first", (_name, machine, states) => {
    expect(Object.keys(machine.root.states)).toEqual([...states]);
    expect(machine.config.initial).toBe(states[0]);
  });

  test('every flashpoint has a statechart, and the schema takes its ids from the vocabulary', () => {
    expect(Object.keys(FLASHPOINT_STATES)).toEqual([...FLASHPOINTS]);
    expect(FlashpointId.options).toEqual([...FLASHPOINTS]);
    expect(SiteId.options).toEqual([...SITES]);
  });

  test('a statechart with a state the vocabulary lacks is refused at compile, naming both lists', () => {
    const drifted = createMachine({
      id: 'ukraine',
      initial: 'dormant',
      states: { dormant: { on: { CRISIS: 'crisis' } }, crisis: { on: { FREEZE: 'frozen-over' } }, 'frozen-over': {} },
    });
    expect(() => compileLifecycle(drifted, FLASHPOINT_STATES.ukraine, ['CRISIS', 'FREEZE'])).toThrow(
      /ukraine statechart's states .*frozen-over.* are not the vocabulary's/,
    );
    const reordered = createMachine({ id: 'site', initial: 'committed', states: Object.fromEntries(SITE_STATES.map((s) => [s, {}])) });
    expect(() => compileLifecycle(reordered, SITE_STATES, [])).toThrow(/site statechart/);
  });

  test('each statechart uses exactly its declared events: one added to the chart, or one left out, is refused', () => {
    for (const [name, machine, states, events] of [
      ['project', projectMachine, PROJECT_STATES, PROJECT_EVENTS],
      ['site', siteMachine, SITE_STATES, SITE_EVENTS],
      ['md', mdMachine, FLASHPOINT_STATES.md, MD_EVENTS],
      ['enlargement', enlargementMachine, FLASHPOINT_STATES.enlargement, ENLARGEMENT_EVENTS],
      ['ukraine', ukraineMachine, FLASHPOINT_STATES.ukraine, UKRAINE_EVENTS],
      ['transnistria', transnistriaMachine, FLASHPOINT_STATES.transnistria, TRANSNISTRIA_EVENTS],
    ] as const) {
      expect([...compileLifecycle(machine, states, events).events].sort(), name).toEqual([...events].sort());
      expect(() => compileLifecycle(machine, states, events.slice(1)), `${name} with one event undeclared`).toThrow(
        new RegExp(`${name} statechart's events .* are not its declared ones`),
      );
      expect(() => compileLifecycle(machine, states, [...events, 'NEVER_SENT']), `${name} with an unused event`).toThrow(
        /are not its declared ones/,
      );
    }
  });
});
