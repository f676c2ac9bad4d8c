// The bulk simulation path: the same games as the interactive path, and one-sided scripts for "choices or luck".
import { describe, expect, test } from 'vitest';
import { runGame, simulateGame } from '../../src/engine/index.js';
import { loadShippedScenario } from '../golden/golden-files.js';

const sc = loadShippedScenario('reset-2010');

describe('simulateGame', () => {
  test.each(['a', 'b', 'c', 'd'])('plays the same world as runGame (seed %s, noise on)', (seed) => {
    const full = runGame(sc, { seed, noise: 2500, doctrines: { nato: 'generous', russia: 'random' } });
    const bulk = simulateGame(sc, { seed, noise: 2500, doctrines: { nato: 'generous', russia: 'random' } });
    if (!full.ok) throw new Error('runGame refused a doctrine move');
    expect(bulk.game.world).toEqual(full.game.world);
    expect(bulk.game.history.map((t) => t.actions)).toEqual(full.game.history.map((t) => t.actions));
    expect(bulk.outcome).toBe(full.game.outcome);
  });

  test('a one-sided script plays that side as written and lets the doctrine play the other', () => {
    const script = sc.labels.map(() => ({ nato: ['talk.partnership-pledge'] }));
    const game = simulateGame(sc, { seed: 'one-sided', doctrines: { nato: 'hardliner', russia: 'cooperator' }, script });
    expect(game.dropped).toBe(0);
    expect(game.game.history.every((t) => t.actions.nato.join() === 'talk.partnership-pledge')).toBe(true);
    expect(game.game.history.some((t) => t.actions.russia.length > 0)).toBe(true);
  });

  test('a scripted choice that this seed does not allow is dropped and counted, the rest is played', () => {
    // Russia's countermeasures are not NATO's to take: dropped every turn, the pledge still played.
    const script = sc.labels.map(() => ({ nato: ['talk.partnership-pledge', 'md.countermeasures'] }));
    const game = simulateGame(sc, { seed: 'drop', doctrines: { nato: 'hardliner', russia: 'cooperator' }, script });
    expect(game.dropped).toBe(sc.labels.length);
    expect(game.game.history.every((t) => t.actions.nato.join() === 'talk.partnership-pledge')).toBe(true);
  });
});
