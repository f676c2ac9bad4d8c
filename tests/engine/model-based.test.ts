// Model-based tests: every state of every statechart reached with xstate/graph, and every state of every flashpoint reached in a game.
import { createActor, type AnyStateMachine } from 'xstate';
import { createTestModel, getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, test } from 'vitest';
import { type GameSnapshot, type WorldState } from '../../src/engine/index.js';
import {
  createGameMachine,
  enlargementMachine,
  lifecycles,
  mdMachine,
  projectMachine,
  siteMachine,
  transnistriaMachine,
  ukraineMachine,
  type Lifecycle,
} from '../../src/engine/testing.js';
import { mini, play, worldsOf } from './helpers.js';
import { COVERAGE_GAMES } from './scripts.js';

const MACHINES: [keyof typeof lifecycles, AnyStateMachine, readonly string[]][] = [
  ['project', projectMachine, ['idle', 'proposed', 'running', 'delivered', 'suspended', 'cancelled']],
  ['site', siteMachine, ['planned', 'committed', 'paused', 'live']],
  ['md', mdMachine, ['talks', 'joint-centre', 'joint-system', 'deadlock', 'countermeasures']],
  ['enlargement', enlargementMachine, ['open-door', 'criteria-based', 'fast-track', 'paused', 'contested', 'accommodation']],
  ['ukraine', ukraineMachine, ['dormant', 'crisis', 'escalated', 'contained']],
  ['transnistria', transnistriaMachine, ['frozen', 'mediation', 'stalled', 'settled']],
];
const FINAL: Record<keyof typeof lifecycles, string[]> = {
  project: ['delivered'],
  site: ['live'],
  md: [],
  enlargement: [],
  ukraine: [],
  transnistria: ['settled'],
};

/** The engine's view of an event: the compiled table, with an ignored event leaving the state as it is. */
const step = (table: Lifecycle, state: string, event: string): string => table.next(state, event) ?? state;
/** The lifecycle machines are untyped (`AnyStateMachine`): their events and values are plain strings. */
const typeOf = (event: unknown): string => (event as { type: string }).type;

describe.each(MACHINES)('the %s lifecycle', (name, machine, states) => {
  const table: Lifecycle = lifecycles[name];

  test('the compiled table knows exactly the statechart’s states and initial state', () => {
    expect([...table.states].sort()).toEqual([...states].sort());
    expect(table.initial).toBe(machine.config.initial);
  });

  test('getShortestPaths reaches every state, and the table agrees with xstate on every step', () => {
    const paths = getShortestPaths(machine, { events: table.events.map((type) => ({ type })) });
    expect(new Set(paths.map((p) => p.state.value as string))).toEqual(new Set(states));
    for (const path of paths) {
      let sut = table.initial;
      for (const s of path.steps) {
        sut = step(table, sut, typeOf(s.event));
        expect(sut, `${path.steps.map((x) => typeOf(x.event)).join(' → ')}`).toBe(s.state.value);
      }
    }
  });

  test('getSimplePaths: the table agrees with xstate on every step of every simple path', () => {
    const paths = getSimplePaths(machine, { events: table.events.map((type) => ({ type })) });
    expect(paths.length).toBeGreaterThanOrEqual(states.length);
    for (const path of paths) {
      let sut = table.initial;
      for (const s of path.steps) {
        sut = step(table, sut, typeOf(s.event));
        expect(sut).toBe(s.state.value);
      }
    }
  });

  test('createTestModel: every shortest path replayed against the compiled table reaches the model’s state', async () => {
    const model = createTestModel(machine);
    // allowDuplicatePaths keeps the paths that are prefixes of longer ones: one path per state
    const paths = model.getShortestPaths({ allowDuplicatePaths: true });
    expect(new Set(paths.map((p) => p.state.value as string))).toEqual(new Set(states));
    for (const path of paths) {
      let sut = table.initial;
      await path.test({
        events: Object.fromEntries(table.events.map((type) => [type, () => void (sut = step(table, sut, type))])),
        states: Object.fromEntries(states.map((s) => [s, () => expect(sut).toBe(s)])),
      });
    }
  });

  test('every (state, event) pair the table accepts is a transition of the statechart, and ignored events change nothing', () => {
    for (const state of states) {
      const on = (machine.root.states[state]!.config.on ?? {}) as Record<string, string>;
      for (const event of table.events) expect(table.next(state, event)).toBe(on[event]);
    }
  });

  test('final states have no way out', () => {
    for (const state of FINAL[name]) {
      for (const event of table.events) expect(step(table, state, event)).toBe(state);
      expect(machine.root.states[state]!.type).toBe('final');
    }
  });
});

describe('the game statechart', () => {
  // Two turns keep the graph small; the key ignores the numeric context (trust, capital…) except the turn and who has chosen.
  const sc = mini({ end: '2011-H1' });
  const machine = createGameMachine(sc);
  const MAX_TURN = 3;
  const serializeState = (s: GameSnapshot) => {
    const c = s.context;
    return `${JSON.stringify(s.value)}|t${Math.min(c.world.turn, MAX_TURN)}|${c.choices.nato ? 'N' : '-'}${c.choices.russia ? 'R' : '-'}`;
  };
  const events = [
    { type: 'START' },
    { type: 'BEGIN' },
    { type: 'CHOOSE', side: 'nato', actions: [] },
    { type: 'CHOOSE', side: 'russia', actions: ['talk.partnership-pledge'] },
    { type: 'PLAY', nato: { actions: ['coop.standex'] }, russia: { doctrine: 'cooperator' } },
    { type: 'NEXT' },
  ] as const;
  const model = createTestModel(machine, {
    input: { seed: 'graph', interactive: true },
    serializeState,
    events: [...events],
  });

  test('interactive play reaches setup, briefing, turn.choosing, turn.report and debrief', () => {
    const paths = model.getShortestPaths({ allowDuplicatePaths: true });
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    for (const value of ['setup', 'briefing', { turn: 'choosing' }, { turn: 'report' }, 'debrief'])
      expect(reached).toContain(JSON.stringify(value));
  });

  test('every shortest path replayed on a real actor lands in the model’s state, with the turn the model says', async () => {
    const paths = model.getShortestPaths({ allowDuplicatePaths: true });
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const actor = createActor(machine, { input: { seed: 'graph', interactive: true } }).start();
      await path.test({
        events: Object.fromEntries(events.map((e) => [e.type, (st: { event: (typeof events)[number] }) => actor.send(st.event)])),
        states: {
          '*': (expected: GameSnapshot) => {
            const actual = actor.getSnapshot();
            expect(actual.value).toEqual(expected.value);
            expect(actual.context.world.turn).toBe(expected.context.world.turn);
            expect(actual.context.history.map((t) => t.hash)).toEqual(expected.context.history.map((t) => t.hash));
          },
        },
      });
      actor.stop();
    }
  });

  test('debrief is final and has the outcome; it is reached only after the last turn', () => {
    const paths = model.getShortestPaths({ allowDuplicatePaths: true }).filter((p) => p.state.value === 'debrief');
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.state.status).toBe('done');
      expect(p.state.context.world.turn).toBe(sc.labels.length);
      expect(p.state.context.outcome).not.toBeNull();
      expect(p.steps.filter((s) => s.event.type === 'NEXT').length).toBe(sc.labels.length);
    }
  });

  test('a non-interactive game skips the report and goes straight on', () => {
    const actor = createActor(machine, { input: { seed: 'graph' } }).start();
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'PLAY', nato: { actions: [] }, russia: { actions: [] } });
    expect(actor.getSnapshot().value).toEqual({ turn: 'choosing' });
    actor.send({ type: 'CHOOSE', side: 'russia', actions: [] });
    expect(actor.getSnapshot().value).toEqual({ turn: 'choosing' });
    actor.send({ type: 'CHOOSE', side: 'nato', actions: [] });
    expect(actor.getSnapshot().value).toBe('debrief');
    actor.stop();
  });
});

describe('every state of every flashpoint, site and project is reached in a game', () => {
  const seen = {
    md: new Set<string>(),
    enlargement: new Set<string>(),
    ukraine: new Set<string>(),
    transnistria: new Set<string>(),
    site: new Set<string>(),
    project: new Set<string>(),
  };
  const record = (w: WorldState) => {
    for (const id of ['md', 'enlargement', 'ukraine', 'transnistria'] as const) seen[id].add(w.flashpoints[id]);
    seen.site.add(w.md.sites.romania).add(w.md.sites.poland);
    for (const p of Object.values(w.projects)) seen.project.add(p.state);
  };
  for (const g of COVERAGE_GAMES) {
    const sc = mini(g.options);
    worldsOf(sc, play(sc, g.turns, g.seed)).forEach(record);
  }

  test.each(MACHINES)('%s: the scripted games cover all its states', (name, _, states) => {
    expect([...seen[name]].sort()).toEqual([...states].sort());
  });
});
