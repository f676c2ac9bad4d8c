// Behaviour that only the golden hashes used to guard (issue 14): each pinned by its own test, so that a mutation of
// the engine is caught by a test that names the behaviour, not only by a hash that `golden:update` would absorb.
import { describe, expect, test } from 'vitest';
import { startGame, type WorldState } from '../../src/engine/index.js';
import { stateHash } from '../../src/engine/testing.js';
import { mini, passes, play } from './helpers.js';

describe('misreading reads the observer’s belief, not the actor’s', () => {
  const hostileReadings = (nato: number, russia: number): number => {
    const sc = mini({ trust: { nato, russia } });
    let n = 0;
    for (let i = 0; i < 300; i++) {
      // NATO acts; Russia observes with its own belief
      const perceived = play(sc, [[['md.proceed-romania'], []]], `obs-${i}`, 3000).history[0]!.perceived.russia[0]!;
      if (perceived.reading === 'hostile') n++;
    }
    return n;
  };

  test('a distrustful observer misreads a trusting actor’s move far more often than the other way round', () => {
    const observerDistrusts = hostileReadings(9000, 1000);
    const observerTrusts = hostileReadings(1000, 9000);
    // at 1000 bp: 3000 × 0.6 × (0.25 + 0.75 × 0.9) = 1665 bp; at 9000 bp: 585 bp
    expect(observerDistrusts).toBeGreaterThan(2 * observerTrusts);
  });
});

describe('a joint action', () => {
  test('its effects apply once in a turn, whether one side or both took it', () => {
    const sc = mini({ actions: { 'coop.standex': { effects: { cohesion: -3 } } } });
    const one = play(sc, [[['coop.standex'], []]]);
    const both = play(sc, [[['coop.standex'], ['coop.standex']]]);
    const start = sc.data.initial.cohesion;
    expect(one.world.cohesion).toBe(start - 3);
    expect(both.world.cohesion).toBe(start - 3);
  });
});

describe('capital', () => {
  test('unspent capital carries over, capped at capitalCarryCap × income', () => {
    const sc = mini();
    const income = sc.data.initial.capital.nato;
    const ctx = play(sc, passes(4));
    expect(ctx.world.capital.nato).toBe(income * sc.data.model.capitalCarryCap);
    expect(ctx.world.capital.russia).toBe(sc.data.initial.capital.russia * sc.data.model.capitalCarryCap);
  });
});

describe('the state hash', () => {
  type Leaf = { path: (string | number)[]; value: unknown };
  const leaves = (value: unknown, path: (string | number)[] = []): Leaf[] => {
    if (value === null || typeof value !== 'object') return [{ path, value }];
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(value) ? Number(k) : k]));
  };
  const changed = (v: unknown): unknown => {
    if (typeof v === 'number') return Number.isInteger(v) ? v + 1 : v + 2 ** -32;
    if (typeof v === 'boolean') return !v;
    if (typeof v === 'string') return `${v}-x`;
    return 'x';
  };

  test('changing any field of the world, however deep, changes the hash', () => {
    const sc = mini();
    // a world in the middle of a game, with a proposed project and events behind it
    const world: WorldState = play(sc, [
      [['coop.standex'], ['coop.standex']],
      [['cbm.consultation-mechanism'], []],
    ]).world;
    const base = stateHash(world);
    const all = leaves(world);
    expect(all.length).toBeGreaterThan(40);
    for (const { path, value } of all) {
      const copy = structuredClone(world) as unknown as Record<string | number, unknown>;
      let at = copy;
      for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
      at[path.at(-1)!] = changed(value);
      expect(stateHash(copy as unknown as WorldState), path.join('.')).not.toBe(base);
    }
  });

  test('the hash does not depend on the order of keys (a save and restore)', () => {
    const world = startGame(mini(), { seed: 'order' }).world;
    const reorder = (v: unknown): unknown =>
      v === null || typeof v !== 'object' || Array.isArray(v)
        ? v
        : Object.fromEntries(
            Object.entries(v)
              .reverse()
              .map(([k, x]) => [k, reorder(x)]),
          );
    const reversed = reorder(world) as WorldState;
    expect(Object.keys(reversed)[0]).not.toBe(Object.keys(world)[0]);
    expect(stateHash(reversed)).toBe(stateHash(world));
  });
});
