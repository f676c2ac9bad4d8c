// The game machine's PLAY: the guards and the action share one application of the turn, which must be this game's.
import { describe, expect, test } from 'vitest';
import { applyTurn, createGame, startGame } from '../../src/engine/index.js';
import { loadShippedScenario } from '../golden/golden-files.js';

const sc = loadShippedScenario('reset-2010');

describe('PLAY in the game machine', () => {
  test('one PLAY event sent to two games applies to each its own turn', () => {
    const play = { type: 'PLAY', nato: { doctrine: 'random' }, russia: { doctrine: 'random' } } as const;
    const games = ['machine-a', 'machine-b'].map((seed) => {
      const actor = createGame(sc, { seed });
      actor.send({ type: 'START' });
      actor.send({ type: 'BEGIN' });
      actor.send(play);
      return { seed, context: actor.getSnapshot().context };
    });
    for (const { seed, context } of games) {
      const expected = applyTurn(sc, startGame(sc, { seed }), { nato: play.nato, russia: play.russia });
      expect(expected.ok).toBe(true);
      if (!expected.ok) continue;
      expect(context.history.map((t) => t.hash)).toEqual(expected.game.history.map((t) => t.hash));
      expect(context.world).toEqual(expected.game.world);
    }
    expect(games[0]!.context.history[0]!.hash).not.toBe(games[1]!.context.history[0]!.hash);
  });

  test('the same PLAY event sent twice to one game plays two turns', () => {
    const play = { type: 'PLAY', nato: { doctrine: 'reciprocator' }, russia: { doctrine: 'random' } } as const;
    const actor = createGame(sc, { seed: 'machine-twice' });
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    actor.send(play);
    actor.send(play);
    const { context } = actor.getSnapshot();
    let expected = startGame(sc, { seed: 'machine-twice' });
    for (let i = 0; i < 2; i++) {
      const next = applyTurn(sc, expected, { nato: play.nato, russia: play.russia });
      if (!next.ok) throw new Error('refused');
      expected = next.game;
    }
    expect(context.history.map((t) => t.hash)).toEqual(expected.history.map((t) => t.hash));
    expect(context.world.turn).toBe(2);
  });
});
