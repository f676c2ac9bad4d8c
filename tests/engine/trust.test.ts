// Trust as a belief: costly signals move it, cheap talk barely does, hostile acts never raise it; misreadings follow distrust.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bayes, misreadChance, playTurn, startGame } from '../../src/engine/index.js';
import { changesOf, legalSubset, mini, notesOf, passes, play, turnAt, type Turn } from './helpers.js';

/** Russia's trust in NATO after NATO takes `actions` in the first turn (Russia passes). */
function russiaAfter(actions: string[], trust = 4000): number {
  const sc = mini({ trust: { nato: trust, russia: trust } });
  return play(sc, [[actions, []]]).world.trust.russia;
}

describe('signals', () => {
  test('a costly signal (legally binding guarantee, LR 2) moves the observer ten times more than cheap talk (pledge, LR 21/20)', () => {
    const costly = russiaAfter(['md.legal-guarantee']) - 4000;
    const cheap = russiaAfter(['talk.partnership-pledge']) - 4000;
    expect(costly).toBe(1714);
    expect(cheap).toBe(118);
    expect(costly).toBeGreaterThan(10 * cheap);
  });

  test('joining a project (both launch it) moves each side more than three pledges of cheap talk', () => {
    const sc = mini();
    const joined = play(sc, [[['coop.standex'], ['coop.standex']]]);
    const talked = play(sc, [[['talk.partnership-pledge'], ['talk.partnership-pledge']]]);
    expect(joined.world.projects['coop.standex']!.state).toBe('running');
    for (const side of ['nato', 'russia'] as const) {
      expect(joined.world.trust[side] - 4000).toBeGreaterThan(3 * (talked.world.trust[side] - 4000));
    }
  });

  test('the observer applies the action’s ratio, the actor’s own trust does not move', () => {
    const ctx = play(mini(), [[['md.share-architecture'], []]]);
    expect(ctx.world.trust.russia).toBe(bayes(4000, [5, 4], 100, 9900));
    expect(ctx.world.trust.nato).toBe(4000);
    const [change] = changesOf(ctx, 0, (c) => c.meter === 'trust.russia');
    expect(change).toMatchObject({ before: 4000, cause: { kind: 'action', id: 'md.share-architecture', by: 'nato' } });
    expect(change!.cause.misread).toBeUndefined();
  });

  test('one observation moves the odds by at most maxFactor', () => {
    const sc = mini({ actions: { 'md.legal-guarantee': { lr: [50, 1] } } });
    expect(play(sc, [[['md.legal-guarantee'], []]]).world.trust.russia).toBe(bayes(4000, [4, 1], 100, 9900));
  });
});

describe('hostile acts never raise the observer’s trust', () => {
  const crisisNow = [
    {
      id: 'ukraine.crisis',
      at: '2010-H2',
      name: 'Ukraine crisis',
      text: 'Now.',
      effects: { ukraineCrisis: true as const },
      source: { source: 'test', note: 'test' },
    },
  ];
  test.each([
    ['md.countermeasures'],
    ['ukraine.intervene'],
    ['md.reject-proposal'],
    ['enlargement.pressure-ukraine'],
    ['nrc.suspend'],
    ['talk.public-criticism'],
  ])('%s, at any trust, with or without noise', (id) => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9900 }), fc.constantFrom(0, 3000, 10_000), fc.string({ maxLength: 6 }), (t, noise, seed) => {
        const sc = mini({ trust: { nato: t, russia: 4000 }, scheduled: crisisNow });
        const ctx = play(sc, [[[], [id]]], seed, noise);
        const moves = changesOf(ctx, 0, (c) => c.meter === 'trust.nato' && c.cause.id === id);
        // at the lower bound the belief cannot fall, so no change is logged
        if (t >= 1000) expect(moves.length).toBeGreaterThan(0);
        for (const c of moves) expect(c.after).toBeLessThanOrEqual(c.before);
        expect(ctx.world.trust.nato).toBeLessThanOrEqual(t);
      }),
      { numRuns: 60 },
    );
  });
});

describe('bounds', () => {
  test('trust stays within model.trustBounds under any run of costly signals and hostile acts, from any start', () => {
    const warm: Turn = [
      ['md.legal-guarantee', 'md.share-architecture', 'md.adapt-to-threat', 'enlargement.pause'],
      ['enlargement.respect-choice', 'ukraine.de-escalate', 'talk.partnership-pledge'],
    ];
    const cold: Turn = [
      ['enlargement.fast-track-ukraine', 'talk.public-criticism'],
      ['md.countermeasures', 'enlargement.pressure-ukraine', 'talk.public-criticism'],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9900 }),
        fc.integer({ min: 100, max: 9900 }),
        fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
        (n, r, warmth) => {
          const sc = mini({ trust: { nato: n, russia: r } });
          let ctx = startGame(sc, { seed: 'bounds' });
          for (const w of warmth) {
            const [nato, russia] = w ? warm : cold;
            ctx = playTurn(sc, ctx, { nato: legalSubset(sc, ctx, 'nato', nato), russia: legalSubset(sc, ctx, 'russia', russia) });
            for (const side of ['nato', 'russia'] as const) {
              expect(ctx.world.trust[side]).toBeGreaterThanOrEqual(100);
              expect(ctx.world.trust[side]).toBeLessThanOrEqual(9900);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  test('a costly signal at the upper bound stays at the bound; a hostile act at the lower bound stays at the bound', () => {
    expect(russiaAfter(['md.legal-guarantee'], 9900)).toBe(9900);
    const ctx = play(mini({ trust: { nato: 100, russia: 100 } }), [[[], ['md.countermeasures']]]);
    expect(ctx.world.trust.nato).toBe(100);
  });
});

describe('misperception', () => {
  const ambiguous: Turn = [['md.proceed-romania', 'coop.standex', 'talk.partnership-pledge'], ['talk.partnership-pledge']];

  test('with noise 0 nothing is ever misread, whatever the trust and the ambiguity', () => {
    for (let i = 0; i < 40; i++) {
      const sc = mini({ trust: { nato: 150, russia: 150 } });
      const ctx = play(sc, [ambiguous, ...passes(2)], `quiet-${i}`, 0);
      for (const t of ctx.history) {
        expect(t.notes.filter((n) => n.kind === 'misread')).toEqual([]);
        expect([...t.perceived.nato, ...t.perceived.russia].every((p) => !p.misread)).toBe(true);
        expect(t.changes.some((c) => c.cause.misread)).toBe(false);
      }
    }
  });

  test('the scenario rate applies unless overridden: noise 0 by the option silences a noisy scenario', () => {
    const sc = mini({ trust: { nato: 150, russia: 150 }, model: { misperception: 10_000 } });
    expect(startGame(sc, { seed: 'x' }).world.noise).toBe(10_000);
    for (let i = 0; i < 20; i++) {
      const ctx = play(sc, [ambiguous], `quiet-${i}`, 0);
      expect(notesOf(ctx, 0, 'misread')).toEqual([]);
    }
  });

  test('with high noise an ambiguous action is misread sometimes, not always, and each misreading is noted and perceived as competitive', () => {
    const sc = mini({ trust: { nato: 1000, russia: 1000 } });
    let misread = 0;
    let clear = 0;
    for (let i = 0; i < 60; i++) {
      const ctx = play(sc, [[['md.proceed-romania'], []]], `noisy-${i}`, 2000);
      const [perceived] = turnAt(ctx, 0).perceived.russia;
      const notes = notesOf(ctx, 0, 'misread');
      const trustMove = changesOf(ctx, 0, (c) => c.meter === 'trust.russia');
      if (perceived!.misread) {
        misread++;
        expect(perceived).toEqual({ id: 'md.proceed-romania', stance: 'competitive', misread: true });
        expect(notes).toHaveLength(1);
        expect(notes[0]!.text).toBe('Russia read "md.proceed-romania" as a step against its deterrent');
        // the action's own misread ratio [1, 2], not its lr [4, 5]
        expect(trustMove).toHaveLength(1);
        expect(trustMove[0]).toMatchObject({ before: 1000, after: bayes(1000, [1, 2], 100, 9900), cause: { misread: true } });
      } else {
        clear++;
        expect(perceived).toEqual({ id: 'md.proceed-romania', stance: 'neutral', misread: false });
        expect(notes).toEqual([]);
        expect(trustMove[0]!.after).toBe(bayes(1000, [4, 5], 100, 9900));
      }
    }
    // chance = 2000 × 60/100 × 9000/5000 = 2160 bp
    expect(misread).toBeGreaterThan(3);
    expect(clear).toBeGreaterThan(30);
  });

  test('an action without its own misread ratio is misread with model.misreadLr', () => {
    const sc = mini({ trust: { nato: 100, russia: 100 } });
    let seen = 0;
    for (let i = 0; i < 40 && seen === 0; i++) {
      const ctx = play(sc, [[['talk.partnership-pledge'], []]], `m-${i}`, 10_000);
      const change = changesOf(ctx, 0, (c) => c.meter === 'trust.russia')[0];
      if (turnAt(ctx, 0).perceived.russia[0]!.misread) {
        seen++;
        expect(notesOf(ctx, 0, 'misread')[0]!.text).toContain('as a hostile move');
        // misreadLr [2, 3] at the lower bound keeps 100
        expect(ctx.world.trust.russia).toBe(bayes(100, [2, 3], 100, 9900));
        expect(change).toBeUndefined();
      }
    }
    expect(seen).toBe(1);
  });

  test('unambiguous actions are never misread, even at full noise and minimal trust', () => {
    const sc = mini({ trust: { nato: 100, russia: 100 } });
    for (let i = 0; i < 30; i++) {
      const ctx = play(sc, [[['md.share-architecture', 'md.adapt-to-threat'], ['enlargement.respect-choice']]], `u-${i}`, 10_000);
      expect(notesOf(ctx, 0, 'misread')).toEqual([]);
    }
  });

  test('misreadings are more frequent when the observer trusts less (the spiral), in play', () => {
    const count = (trust: number) => {
      let n = 0;
      const sc = mini({ trust: { nato: trust, russia: trust } });
      for (let i = 0; i < 200; i++)
        if (play(sc, [[['md.proceed-romania'], []]], `spiral-${i}`, 1500).history[0]!.perceived.russia[0]!.misread) n++;
      return n;
    };
    const low = count(1000); // chance 1620 bp
    const high = count(9000); // chance 180 bp
    expect(low).toBeGreaterThan(2 * high);
  });

  test.each([
    [1500, 60, 4000, 1080],
    [1500, 60, 10_000, 0],
    [0, 100, 100, 0],
    [10_000, 0, 100, 0],
    [10_000, 100, 100, 9000], // 19 800 capped at 9 000
    [2000, 60, 1000, 2160],
    [1000, 10, 5000, 100],
  ])('misreadChance(noise %i, ambiguity %i, trust %i) = %i bp', (noise, ambiguity, trust, expected) => {
    expect(misreadChance(noise, ambiguity, trust)).toBe(expected);
  });

  test('misreadChance grows as the observer’s trust falls, grows with noise and ambiguity, and stays in [0, 9000]', () => {
    const bp = fc.integer({ min: 0, max: 10_000 });
    const amb = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(bp, amb, bp, bp, (noise, ambiguity, t1, t2) => {
        const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const atLow = misreadChance(noise, ambiguity, lo);
        expect(atLow).toBeGreaterThanOrEqual(misreadChance(noise, ambiguity, hi));
        expect(atLow).toBeGreaterThanOrEqual(0);
        expect(atLow).toBeLessThanOrEqual(9000);
        expect(misreadChance(Math.min(10_000, noise + 500), ambiguity, lo)).toBeGreaterThanOrEqual(atLow);
        expect(misreadChance(noise, Math.min(100, ambiguity + 10), lo)).toBeGreaterThanOrEqual(atLow);
      }),
      { numRuns: 2000 },
    );
  });

  test('misreadChance strictly grows as trust falls while below the cap and the noise is real', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 3000 }),
        fc.integer({ min: 20, max: 100 }),
        fc.integer({ min: 100, max: 8000 }),
        (noise, ambiguity, t) => {
          fc.pre(misreadChance(noise, ambiguity, t - 100) < 9000);
          expect(misreadChance(noise, ambiguity, t - 100)).toBeGreaterThan(misreadChance(noise, ambiguity, t));
        },
      ),
    );
  });
});
