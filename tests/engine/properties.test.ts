// Property tests over thousands of random legal games: invariants after every step, save/restore, replays, determinism.
//
// The number of random games is TD_PROPERTY_RUNS (default 1000, about a few seconds); a nightly run can set e.g.
// TD_PROPERTY_RUNS=50000 npx vitest run tests/engine/properties.test.ts
// A failing case prints its seed and path: commit it as a regression case in this file.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  availableActions,
  createGame,
  OUTCOMES,
  recordReplay,
  runGame,
  startGame,
  verifyReplay,
  type CompiledScenario,
  type GameContext,
  type Replay,
  type Side,
  type WorldState,
} from '../../src/engine/index.js';
import { isOver, lifecycles, playTurn, refusalsFor, type GameInput } from '../../src/engine/testing.js';
import { mini, type MiniOptions } from './helpers.js';

const RUNS = Number(process.env.TD_PROPERTY_RUNS ?? 1000);
/** 2010-H2 … 2020-H2: 21 turns, noise and random events on. */
const LONG: MiniOptions = { end: '2020-H2', model: { misperception: 1500, randomEventChance: 5000 } };
const sc = mini(LONG);
const TURNS = 21;
const SIDES: readonly Side[] = ['nato', 'russia'];

/** A random legal choice: the picked available actions, in the picked order, keeping each one that still fits. */
function choose(s: CompiledScenario, ctx: GameContext, side: Side, picks: readonly number[]): string[] {
  const options = availableActions(s, ctx.world, side).filter((a) => a.available);
  const chosen: string[] = [];
  if (options.length === 0) return chosen;
  for (const p of picks) {
    const id = options[p % options.length]!.id;
    if (chosen.includes(id)) continue;
    if (refusalsFor(s, ctx, side, [...chosen, id]).length === 0) chosen.push(id);
  }
  return chosen;
}

const TERMINAL = { project: 'delivered', site: 'live', transnistria: 'settled' } as const;

function checkStep(before: WorldState, after: WorldState): void {
  const [lo, hi] = sc.data.model.trustBounds;
  expect(after.turn).toBe(before.turn + 1);
  for (const side of SIDES) {
    expect(after.trust[side]).toBeGreaterThanOrEqual(lo);
    expect(after.trust[side]).toBeLessThanOrEqual(hi);
    expect(Number.isInteger(after.trust[side])).toBe(true);
    expect(after.security[side]).toBeGreaterThanOrEqual(0);
    expect(after.security[side]).toBeLessThanOrEqual(100);
    expect(after.capital[side]).toBeGreaterThanOrEqual(0);
  }
  for (const meter of [after.cohesion, after.neighbours]) {
    expect(meter).toBeGreaterThanOrEqual(0);
    expect(meter).toBeLessThanOrEqual(100);
  }
  for (const id of ['md', 'enlargement', 'ukraine', 'transnistria'] as const)
    expect(lifecycles[id].states).toContain(after.flashpoints[id]);
  for (const site of ['romania', 'poland'] as const) {
    expect(lifecycles.site.states).toContain(after.md.sites[site]);
    if (before.md.sites[site] === TERMINAL.site) expect(after.md.sites[site]).toBe(TERMINAL.site);
  }
  for (const [id, p] of Object.entries(after.projects)) {
    expect(lifecycles.project.states).toContain(p.state);
    if (before.projects[id]!.state === TERMINAL.project) expect(p.state).toBe(TERMINAL.project);
  }
  if (before.flashpoints.transnistria === TERMINAL.transnistria) expect(after.flashpoints.transnistria).toBe(TERMINAL.transnistria);
  if (before.flashpoints.ukraine !== 'dormant') expect(after.flashpoints.ukraine).not.toBe('dormant');
}

describe('random legal games', () => {
  test(`${RUNS} random legal games of ${TURNS} turns keep every invariant after every step`, () => {
    expect(sc.labels).toHaveLength(TURNS);
    const picks = fc.array(fc.nat({ max: 999 }), { maxLength: 5 });
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.array(fc.tuple(picks, picks), { minLength: TURNS, maxLength: TURNS }), (seed, turns) => {
        let ctx = startGame(sc, { seed });
        for (const [natoPicks, russiaPicks] of turns) {
          expect(isOver(sc, ctx)).toBe(false);
          expect(ctx.outcome).toBeNull();
          const actions = { nato: choose(sc, ctx, 'nato', natoPicks), russia: choose(sc, ctx, 'russia', russiaPicks) };
          const next = playTurn(sc, ctx, actions);
          checkStep(ctx.world, next.world);
          expect(next.history).toHaveLength(ctx.history.length + 1);
          ctx = next;
        }
        expect(isOver(sc, ctx)).toBe(true);
        expect(ctx.world.turn).toBe(TURNS);
        expect(OUTCOMES).toContain(ctx.outcome);
      }),
      { numRuns: RUNS },
    );
  });
});

/** Plays a game through the actor with doctrines (random ones exercise the doctrine streams) and returns it. */
function actorGame(input: GameInput, turns: number, snapshotAt?: number) {
  let actor = createGame(sc, input);
  actor.send({ type: 'START' });
  actor.send({ type: 'BEGIN' });
  for (let t = 0; t < turns; t++) {
    if (t === snapshotAt) {
      const saved: unknown = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
      actor.stop();
      actor = createGame(sc, input, saved);
    }
    actor.send({ type: 'PLAY', nato: { doctrine: 'random' }, russia: { doctrine: t % 2 ? 'cooperator' : 'random' } });
    expect(actor.getSnapshot().context.refusals).toEqual([]);
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

describe('save, restore, continue', () => {
  test.each([
    ['s1', 0],
    ['s2', 5],
    ['s3', 13],
    ['s4', 20],
  ])('seed %s saved at turn %i through JSON and restored equals an uninterrupted game', (seed, at) => {
    const input = { seed, noise: 4000 };
    const straight = actorGame(input, TURNS);
    const resumed = actorGame(input, TURNS, at);
    expect(straight.value).toBe('debrief');
    expect(resumed.value).toBe('debrief');
    expect(resumed.context).toEqual(straight.context);
    expect(resumed.context.history.map((t) => t.hash)).toEqual(straight.context.history.map((t) => t.hash));
  });

  test('a restored snapshot is in the same state and awaits the same turn', () => {
    const input = { seed: 'mid', interactive: true };
    const actor = createGame(sc, input);
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'PLAY', nato: { actions: ['coop.standex'] }, russia: { actions: [] } });
    const saved: unknown = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createGame(sc, input, saved);
    expect(restored.getSnapshot().value).toEqual({ turn: 'report' });
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
    actor.stop();
    restored.stop();
  });
});

describe('record and verify', () => {
  const game = runGame(sc, { seed: 'replay', noise: 3000, doctrines: { nato: 'random', russia: 'random' } });
  if (!game.ok) throw new Error('the doctrine game was refused');

  test('a recorded replay verifies, and re-simulates to the same final world', () => {
    const replay = recordReplay(sc, game.game);
    expect(replay.turns).toHaveLength(TURNS);
    expect(replay.noise).toBe(3000);
    const verified = verifyReplay(sc, JSON.parse(JSON.stringify(replay)) as Replay);
    expect(verified.ok).toBe(true);
    if (verified.ok) {
      expect(verified.turns).toBe(TURNS);
      expect(verified.final.world).toEqual(game.game.world);
    }
  });

  test('a tampered action in the middle is reported at that turn', () => {
    const replay = recordReplay(sc, game.game);
    const i = replay.turns.findIndex((t, k) => k >= 8 && t.nato.length > 0);
    expect(i).toBeGreaterThanOrEqual(8);
    const tampered = { ...replay, turns: replay.turns.map((t, k) => (k === i ? { ...t, nato: [] } : t)) };
    const verified = verifyReplay(sc, tampered);
    expect(verified).toMatchObject({ ok: false, turn: i + 1, label: sc.labels[i] });
  });

  test('an illegal action in the middle is reported at that turn with the reason', () => {
    const replay = recordReplay(sc, game.game);
    const tampered = { ...replay, turns: replay.turns.map((t, k) => (k === 10 ? { ...t, russia: ['md.offer-joint-system'] } : t)) };
    const verified = verifyReplay(sc, tampered);
    expect(verified).toMatchObject({ ok: false, turn: 11 });
    if (!verified.ok) expect(verified.problem).toContain('it is an action of NATO');
  });

  test('a tampered hash is reported at that turn', () => {
    const replay = recordReplay(sc, game.game);
    const tampered = { ...replay, turns: replay.turns.map((t, k) => (k === 6 ? { ...t, hash: '0000000000000000' } : t)) };
    expect(verifyReplay(sc, tampered)).toMatchObject({ ok: false, turn: 7 });
  });

  test('a replay of a changed scenario is refused before any turn', () => {
    const replay = recordReplay(sc, game.game);
    const changed = mini({ ...LONG, trust: { nato: 4001, russia: 4000 } });
    expect(verifyReplay(changed, replay)).toMatchObject({ ok: false, turn: 0 });
  });
});

describe('determinism', () => {
  test('the same seed and the same choices give an identical history', () => {
    const a = runGame(sc, { seed: 'same', noise: 5000, doctrines: { nato: 'random', russia: 'hardliner' } });
    const b = runGame(sc, { seed: 'same', noise: 5000, doctrines: { nato: 'random', russia: 'hardliner' } });
    expect(a.ok && b.ok).toBe(true);
    expect(b.game).toEqual(a.game);
  });

  test('the same scripted choices replayed on the same seed give an identical history', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), (seed) => {
        const first = runGame(sc, { seed, doctrines: { nato: 'random', russia: 'random' } });
        const script = { turns: first.game.history.map((t) => ({ nato: t.actions.nato, russia: t.actions.russia })) };
        const second = runGame(sc, { seed, script });
        expect(second.ok).toBe(true);
        expect(second.game.world).toEqual(first.game.world);
        expect(second.game.history.map((t) => ({ ...t, reasons: null }))).toEqual(first.game.history.map((t) => ({ ...t, reasons: null })));
      }),
      { numRuns: 20 },
    );
  });

  test('different seeds with noise give different hashes somewhere', () => {
    const script = {
      turns: Array.from({ length: TURNS }, () => ({ nato: ['talk.partnership-pledge'], russia: ['talk.partnership-pledge'] })),
    };
    const a = runGame(sc, { seed: 'one', noise: 8000, script });
    const b = runGame(sc, { seed: 'two', noise: 8000, script });
    expect(a.ok && b.ok).toBe(true);
    const ha = a.game.history.map((t) => t.hash);
    const hb = b.game.history.map((t) => t.hash);
    expect(ha).not.toEqual(hb);
    expect(ha.some((h, i) => h !== hb[i])).toBe(true);
  });

  test('the state hash covers the world: changing one meter changes it', () => {
    const ctx = startGame(sc, { seed: 'h' });
    const next = playTurn(sc, ctx, { nato: [], russia: [] });
    const other = playTurn(
      sc,
      { ...ctx, world: { ...ctx.world, trust: { ...ctx.world.trust, nato: ctx.world.trust.nato + 1 } } },
      { nato: [], russia: [] },
    );
    expect(other.history[0]!.hash).not.toBe(next.history[0]!.hash);
  });
});
