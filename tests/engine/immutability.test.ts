// The reducer never changes a state it was given: every earlier snapshot of a game stays as it was.
import { describe, expect, test } from 'vitest';
import { compileScenario, startGame, type GameContext } from '../../src/engine/index.js';
import { concreteChoices, playTurn } from '../../src/engine/testing.js';
import { loadShippedScenario } from '../golden/golden-files.js';
import { miniScenario } from '../fixtures/mini.js';

const scenarios = [
  ['mini', compileScenario(miniScenario({ calendar: { start: '2010-H2', end: '2020-H2' } }))],
  ['reset-2010', loadShippedScenario('reset-2010')],
] as const;

describe('immutability of game states', () => {
  test.each(scenarios)('on %s, no turn changes any earlier context (with and without the log)', (_name, sc) => {
    for (const log of [true, false]) {
      for (const seed of ['a', 'b', 'c']) {
        let ctx = startGame(sc, { seed, noise: 3000 });
        const kept: { ctx: GameContext; copy: string }[] = [];
        while (ctx.world.turn < sc.labels.length) {
          kept.push({ ctx, copy: JSON.stringify(ctx) });
          const { actions, reasons, doctrineRng } = concreteChoices(sc, ctx, {
            nato: { doctrine: 'random' },
            russia: { doctrine: 'generous' },
          });
          ctx = playTurn(sc, ctx, actions, reasons, doctrineRng, log);
        }
        for (const k of kept) expect(JSON.stringify(k.ctx)).toBe(k.copy);
      }
    }
  });
});
