// The eastern allies, an actor the engine plays: their belief about Russia, their stance, their veto over NATO's
// concessions and their demand for reassurance, each pinned on the mini scenario.
import { logText } from '../../src/analysis/render-log.js';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { AlliesData, ScenarioData } from '../../src/scenario/schema.js';
import { compileScenario, startGame } from '../../src/engine/index.js';
import { refusalsFor } from '../../src/engine/testing.js';
import { stanceOf } from '../../src/engine/allies.js';
import { miniData, notesOf, PASS, play } from './helpers.js';

const ALLIES: AlliesData = {
  initialTrust: 3000,
  prior: 3000,
  alarmedBelow: { trust: 1500, neighbours: 35 },
  reassuredFrom: { trust: 4000, neighbours: 50 },
  concessions: ['md.pause-deployment', 'md.legal-guarantee', 'enlargement.pause'],
  overTheirHeadsCohesion: -2,
  reassurances: ['md.proceed-romania'],
  unansweredCohesion: -3,
  why: 'test fixture',
};

function withAllies(allies: Partial<AlliesData> = {}, data: Partial<ScenarioData> = {}) {
  const base = miniData();
  return compileScenario({ ...base, ...data, actors: { allies: { ...ALLIES, ...allies } } });
}

describe('where the allies stand', () => {
  test('alarmed below either alarm level, reassured at or above both reassurance levels, uneasy between', () => {
    expect(stanceOf(ALLIES, 1499, 60)).toBe('alarmed');
    expect(stanceOf(ALLIES, 5000, 34)).toBe('alarmed');
    expect(stanceOf(ALLIES, 4000, 50)).toBe('reassured');
    expect(stanceOf(ALLIES, 3999, 80)).toBe('uneasy');
    expect(stanceOf(ALLIES, 9000, 49)).toBe('uneasy');
  });

  test('more trust in Russia or more security for the neighbours never makes them more anxious', () => {
    const rank = { alarmed: 0, uneasy: 1, reassured: 2 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 20 }),
        (t, n, dt, dn) => {
          expect(rank[stanceOf(ALLIES, Math.min(10_000, t + dt), Math.min(100, n + dn))]).toBeGreaterThanOrEqual(
            rank[stanceOf(ALLIES, t, n)],
          );
        },
      ),
    );
  });

  test('they start where their initial belief and the neighbours leave them', () => {
    expect(startGame(withAllies(), { seed: 's' }).world.allies).toEqual({ trust: 3000, stance: 'uneasy' });
    expect(startGame(withAllies({ initialTrust: 1000 }), { seed: 's' }).world.allies.stance).toBe('alarmed');
  });
});

describe('their reading of Russia', () => {
  test('Russia’s hostile acts on the order lower their belief, cooperative ones raise it; talk on the practical side does not count', () => {
    const sc = withAllies();
    const start = startGame(sc, { seed: 's' }).world.allies.trust;
    expect(play(sc, [[[], ['md.countermeasures']]]).world.allies.trust).toBeLessThan(start);
    expect(play(sc, [[[], ['enlargement.respect-choice']]]).world.allies.trust).toBeGreaterThan(start);
    expect(play(sc, [[[], ['coop.standex']]]).world.allies.trust).toBe(start);
  });

  test('a change of stance is written in the log with their reasons', () => {
    const sc = withAllies();
    const ctx = play(sc, [[[], ['md.countermeasures', 'enlargement.pressure-ukraine']]]);
    expect(ctx.world.allies.stance).toBe('alarmed');
    expect(notesOf(ctx, 0, 'transition').map((n) => logText(sc, n))).toContainEqual(
      expect.stringMatching(/^The eastern allies are alarmed \(their trust in Russia \d+%, the neighbours' security \d+\)$/),
    );
  });
});

describe('their veto and their demands', () => {
  const alarmed = () => withAllies({ initialTrust: 1000 });

  test('alarmed, they block NATO’s concessions, saying why; Russia’s own actions are not theirs to block', () => {
    const sc = alarmed();
    const ctx = startGame(sc, { seed: 's' });
    const [refusal] = refusalsFor(sc, ctx, 'nato', ['md.legal-guarantee']);
    expect(refusal?.reason).toMatch(/^the eastern allies block it: their trust in Russia is 10% and the neighbours' security 50/);
    expect(refusalsFor(sc, ctx, 'nato', ['md.offer-joint-system'])).toEqual([]);
    expect(refusalsFor(sc, ctx, 'russia', ['enlargement.respect-choice'])).toEqual([]);
  });

  test('alarmed, a half-year without reassurance costs cohesion; a reassuring act answers them', () => {
    const sc = alarmed();
    const start = startGame(sc, { seed: 's' }).world.cohesion;
    expect(play(sc, [PASS]).world.cohesion).toBe(start - 3);
    expect(play(sc, [[['md.proceed-romania'], []]]).world.cohesion).toBe(start);
  });

  test('uneasy, a concession passes and costs cohesion on top of its own effects; reassured, only its own effects', () => {
    const uneasy = withAllies();
    const reassured = withAllies({ initialTrust: 6000 });
    const own = -10; // the mini fixture's legal guarantee effect on cohesion
    const start = startGame(uneasy, { seed: 's' }).world.cohesion;
    expect(play(uneasy, [[['md.legal-guarantee'], []]]).world.cohesion).toBe(start + own - 2);
    expect(play(reassured, [[['md.legal-guarantee'], []]]).world.cohesion).toBe(start + own);
  });

  test('a scenario without allies has no one to block or ask', () => {
    const sc = compileScenario(miniData());
    const ctx = startGame(sc, { seed: 's' });
    expect(refusalsFor(sc, ctx, 'nato', ['md.legal-guarantee'])).toEqual([]);
    expect(play(sc, [PASS]).world.cohesion).toBe(ctx.world.cohesion);
  });
});
