// Trust as a belief: costly signals move it, cheap talk barely does, hostile acts never raise it; misreadings follow distrust.
import { logText } from '../../src/analysis/render-log.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileScenario, runGame, startGame } from '../../src/engine/index.js';
import { bayes, misreadChance, playTurn } from '../../src/engine/testing.js';
import { drift } from '../../src/engine/beliefs.js';
import { bothAreas } from '../fixtures/mini.js';
import { loadShippedScenario } from '../golden/golden-files.js';
import { changesOf, legalSubset, mini, miniData, notesOf, PASS, passes, play, turnAt, type Turn } from './helpers.js';

/** Russia's belief about NATO, in the area of the action, after NATO takes `actions` in the first turn (Russia passes). */
function russiaAfter(actions: string[], trust = 4000, area: 'practical' | 'order' = 'order'): number {
  const sc = mini({ trust: { nato: trust, russia: trust } });
  return play(sc, [[actions, []]]).world.trustBy.russia[area];
}

describe('signals', () => {
  test('a costly signal (legally binding guarantee, LR 2) moves the observer ten times more than cheap talk (pledge, LR 21/20)', () => {
    const costly = russiaAfter(['md.legal-guarantee']) - 4000;
    const cheap = russiaAfter(['talk.partnership-pledge']) - 4000;
    expect(costly).toBe(bayes(4000, [2, 1], 100, 9900) - 4000);
    expect(cheap).toBe(bayes(4000, [21, 20], 100, 9900) - 4000);
    expect(costly).toBeGreaterThan(10 * cheap);
  });

  test('joining a project (both launch it) moves each side more than three pledges of cheap talk, in its area', () => {
    const sc = mini();
    const joined = play(sc, [[['coop.standex'], ['coop.standex']]]);
    const talked = play(sc, [[['talk.partnership-pledge'], ['talk.partnership-pledge']]]);
    expect(joined.world.projects['coop.standex']!.state).toBe('running');
    for (const side of ['nato', 'russia'] as const) {
      expect(joined.world.trustBy[side].practical - 4000).toBeGreaterThan(3 * (talked.world.trustBy[side].order - 4000));
    }
  });

  test('the observer applies the action’s ratio in its area; the other area and the actor’s own belief do not move', () => {
    const ctx = play(mini(), [[['md.share-architecture'], []]]);
    expect(ctx.world.trustBy.russia.order).toBe(bayes(4000, [5, 4], 100, 9900));
    expect(ctx.world.trustBy.russia.practical).toBe(4000);
    expect(ctx.world.trustBy.nato).toEqual({ practical: 4000, order: 4000 });
    expect(ctx.world.trust.russia).toBe(Math.floor((2 * (4000 + bayes(4000, [5, 4], 100, 9900)) + 2) / 4));
    const [change] = changesOf(ctx, 0, (c) => c.meter === 'trust.russia');
    expect(change).toMatchObject({ area: 'order', before: 4000, cause: { kind: 'action', id: 'md.share-architecture', by: 'nato' } });
    expect(change!.cause.misread).toBeUndefined();
  });

  test('an action with a spillover moves the other area by it', () => {
    const sc = mini({ actions: { 'coop.joint-peacekeeping': { spillover: [3, 2] } } });
    const ctx = play(sc, [[['coop.joint-peacekeeping'], []]]);
    expect(ctx.world.trustBy.russia.practical).toBe(bayes(4000, [4, 3], 100, 9900));
    expect(ctx.world.trustBy.russia.order).toBe(bayes(4000, [3, 2], 100, 9900));
  });

  test('one observation moves the odds by at most maxFactor', () => {
    const sc = mini({ actions: { 'md.legal-guarantee': { lr: [50, 1] } } });
    expect(play(sc, [[['md.legal-guarantee'], []]]).world.trustBy.russia.order).toBe(bayes(4000, [4, 1], 100, 9900));
  });

  test("one turn's evidence in an area moves the odds by at most maxFactorPerTurn", () => {
    const sc = mini({ model: { maxFactorPerTurn: 2 } });
    const ctx = play(sc, [[['md.legal-guarantee', 'md.share-architecture', 'md.adapt-to-threat'], []]]);
    expect(ctx.world.trustBy.russia.order).toBe(bayes(4000, [2, 1], 100, 9900));
    const hostile = play(sc, [[[], ['md.countermeasures', 'md.reject-proposal', 'talk.public-criticism']]]);
    expect(hostile.world.trustBy.nato.order).toBe(bayes(4000, [1, 2], 100, 9900));
  });
});

/** The mini scenario with a leadership change in Russia in 2011-H1 that certainly redraws its order type from a 1 % prior. */
function newLeaderScenario() {
  const base = mini({ trust: { nato: 9000, russia: 9000 } });
  const event = {
    id: 'new-leader',
    at: '2011-H1',
    name: 'New leader',
    text: 'A new leader.',
    effects: { regime: { russia: { hazard: 10_000, prior: { order: 100 } } } },
    source: { source: 'test', note: 'test' },
  };
  return compileScenario({ ...base.data, events: { ...base.data.events, scheduled: [...base.data.events.scheduled, event] } });
}
describe('beliefs persist but fade (Model v2)', () => {
  test('from the second turn on, each belief first drifts toward the prior by the hazard: p − (p − prior) × hazard', () => {
    const sc = mini({ trust: { nato: 8000, russia: 2000 }, model: {} });
    const data = { ...sc.data, types: { ...sc.data.types, hazard: 1000, prior: { nato: bothAreas(5000), russia: bothAreas(5000) } } };
    const drifting = compileScenario(data);
    const ctx = play(drifting, [PASS, PASS]);
    // a pass is no evidence: only the drift moves the beliefs, once per turn after the first
    expect(ctx.history[0]!.end!.trustBy.nato.order).toBe(8000);
    expect(ctx.world.trustBy.nato.order).toBe(drift(drift(8000, 5000, 1000), 5000, 1000));
    expect(ctx.world.trustBy.russia.practical).toBe(drift(drift(2000, 5000, 1000), 5000, 1000));
    expect(drift(8000, 5000, 1000)).toBe(7700);
  });

  test('beliefs never reach certainty: a partner cooperating every turn leaves the other below the upper bound', () => {
    const sc = loadShippedScenario('reset-2010');
    const run = runGame(sc, { seed: 'certainty', doctrines: { nato: 'cooperator', russia: 'cooperator' } });
    for (const t of run.game.history)
      for (const side of ['nato', 'russia'] as const) expect(t.end?.trustBy[side].order ?? 0).toBeLessThan(9800);
  });

  test('each type starts a partner with the chance the other side first believes it is one', () => {
    const sc = mini({ trust: { nato: 2500, russia: 7500 } });
    let natoPartner = 0;
    let russiaPartner = 0;
    const n = 400;
    for (let i = 0; i < n; i++) {
      const w = startGame(sc, { seed: `types-${i}` }).world;
      if (w.types.nato.order === 'partner') natoPartner++;
      if (w.types.russia.order === 'partner') russiaPartner++;
    }
    // NATO is a partner with Russia's initial belief (75 %), Russia with NATO's (25 %)
    expect(natoPartner / n).toBeGreaterThan(0.68);
    expect(natoPartner / n).toBeLessThan(0.82);
    expect(russiaPartner / n).toBeGreaterThan(0.18);
    expect(russiaPartner / n).toBeLessThan(0.32);
  });

  test('a leadership change (regime event) redraws a type from its new prior in its turn', () => {
    const sc = newLeaderScenario();
    let adversaries = 0;
    for (let i = 0; i < 50; i++) {
      const ctx = play(sc, [PASS, PASS], `leader-${i}`);
      if (ctx.world.types.russia.order === 'adversary') adversaries++;
      expect(ctx.world.prior.russia.order).toBe(100);
      expect(ctx.world.types.nato.order).toBe(startGame(sc, { seed: `leader-${i}` }).world.types.nato.order);
    }
    expect(adversaries).toBeGreaterThan(45);
  });

  test('with the types held (for measurements), a leadership change moves the prior but redraws no type', () => {
    const sc = newLeaderScenario();
    const partner = { practical: 'partner', order: 'partner' } as const;
    for (let i = 0; i < 20; i++) {
      let ctx = startGame(sc, { seed: `held-${i}`, types: { nato: partner, russia: partner }, holdTypes: true });
      for (const turn of [PASS, PASS]) ctx = playTurn(sc, ctx, { nato: [...turn[0]], russia: [...turn[1]] });
      expect(ctx.world.prior.russia.order).toBe(100);
      expect(ctx.world.types.russia.order).toBe('partner');
    }
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
        expect(ctx.world.trustBy.nato.order).toBeLessThanOrEqual(t);
        expect(ctx.world.trustBy.nato.practical).toBeLessThanOrEqual(t);
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
            for (const side of ['nato', 'russia'] as const)
              for (const area of ['practical', 'order'] as const) {
                expect(ctx.world.trustBy[side][area]).toBeGreaterThanOrEqual(100);
                expect(ctx.world.trustBy[side][area]).toBeLessThanOrEqual(9900);
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
    expect(ctx.world.trustBy.nato.order).toBe(100);
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
      if (perceived!.misread && perceived!.reading === 'benign') {
        // a neutral act can also be taken as routine: its benign reading, a ratio of one
        expect(perceived).toEqual({
          id: 'md.proceed-romania',
          stance: 'neutral',
          area: 'order',
          ratio: [1, 1],
          misread: true,
          reading: 'benign',
        });
        expect(trustMove).toEqual([]);
      } else if (perceived!.misread) {
        misread++;
        expect(perceived).toEqual({
          id: 'md.proceed-romania',
          stance: 'competitive',
          area: 'order',
          ratio: [1, 2],
          misread: true,
          reading: 'hostile',
        });
        expect(notes).toHaveLength(1);
        expect(logText(sc, notes[0]!)).toBe('Russia read "md.proceed-romania" as a step against its deterrent');
        // the action's own misread ratio [1, 2], not its lr [4, 5]
        expect(trustMove).toHaveLength(1);
        expect(trustMove[0]).toMatchObject({ before: 1000, after: bayes(1000, [1, 2], 100, 9900), cause: { misread: true } });
      } else {
        clear++;
        expect(perceived).toEqual({ id: 'md.proceed-romania', stance: 'neutral', area: 'order', ratio: [4, 5], misread: false });
        expect(notes).toEqual([]);
        expect(trustMove[0]!.after).toBe(bayes(1000, [4, 5], 100, 9900));
      }
    }
    // hostile chance = 2000 × 60/100 × (2500 + 7500 × 0.9) / 10 000 = 1110 bp; benign at 1000 bp trust: 2000 × 0.6 × 0.325 = 390 bp
    expect(misread).toBeGreaterThan(3);
    expect(clear).toBeGreaterThan(30);
  });

  test('a friendly act without a declared reading is misread as its mirror image: a pledge moves belief as little misread as read', () => {
    const sc = mini({ trust: { nato: 100, russia: 2000 } });
    let seen = 0;
    for (let i = 0; i < 60 && seen === 0; i++) {
      const ctx = play(sc, [[['talk.partnership-pledge'], []]], `m-${i}`, 10_000);
      const perceived = turnAt(ctx, 0).perceived.russia[0]!;
      if (perceived.misread) {
        seen++;
        expect(logText(sc, notesOf(ctx, 0, 'misread')[0]!)).toContain('as a hostile move');
        // [20, 21], never a fixed [2, 3] that would move belief 40 times more than the pledge itself
        expect(perceived.ratio).toEqual([20, 21]);
        expect(ctx.world.trustBy.russia.order).toBe(bayes(2000, [20, 21], 100, 9900));
      }
    }
    expect(seen).toBe(1);
  });

  test('at high trust a hostile ambiguous act can be read as benign (the blind spot), and is then applied as routine', () => {
    const sc = mini({
      trust: { nato: 9000, russia: 9000 },
      actions: { 'enlargement.pressure-ukraine': { ambiguity: 80, benign: { as: 'ordinary neighbourhood politics', lr: [1, 1] } } },
    });
    let benign = 0;
    let correct = 0;
    for (let i = 0; i < 80; i++) {
      const ctx = play(sc, [[[], ['enlargement.pressure-ukraine']]], `blind-${i}`, 5000);
      const perceived = turnAt(ctx, 0).perceived.nato[0]!;
      if (perceived.misread) {
        benign++;
        expect(perceived).toMatchObject({ reading: 'benign', ratio: [1, 1] });
        expect(ctx.world.trustBy.nato.order).toBe(9000);
        expect(logText(sc, notesOf(ctx, 0, 'misread')[0]!)).toContain('ordinary neighbourhood politics');
      } else {
        correct++;
        expect(perceived.ratio).toEqual([2, 3]);
      }
    }
    // benign chance = 5000 × 0.8 × (2500 + 7500 × 0.9) / 10 000 = 3700 bp
    expect(benign).toBeGreaterThan(10);
    expect(correct).toBeGreaterThan(10);
  });

  test('a cooperative act is never read as benign, a hostile one never as hostile', () => {
    const sc = mini({
      trust: { nato: 5000, russia: 5000 },
      actions: { 'md.reject-proposal': { ambiguity: 100 }, 'md.share-architecture': { ambiguity: 100 } },
    });
    for (let i = 0; i < 60; i++) {
      const ctx = play(sc, [[['md.share-architecture'], ['md.reject-proposal']]], `dir-${i}`, 10_000);
      const t = turnAt(ctx, 0);
      if (t.perceived.russia[0]!.misread) expect(t.perceived.russia[0]!.reading).toBe('hostile');
      if (t.perceived.nato[0]!.misread) expect(t.perceived.nato[0]!.reading).toBe('benign');
    }
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
      for (let i = 0; i < 400; i++)
        if (play(sc, [[['md.proceed-romania'], []]], `spiral-${i}`, 1500).history[0]!.perceived.russia[0]!.reading === 'hostile') n++;
      return n;
    };
    const low = count(1000); // hostile chance 833 bp
    const high = count(9000); // hostile chance 293 bp: never zero
    expect(low).toBeGreaterThan(2 * high);
    expect(high).toBeGreaterThan(0);
  });

  test('an insecure observer misreads ambiguous acts as hostile more often (the spiral, model.insecurity); a secure one as the base rate', () => {
    const count = (security: number, insecurity?: { below: number; perPoint: number; why: string }) => {
      const data = miniData({ trust: { nato: 5000, russia: 5000 }, model: insecurity ? { insecurity } : {} });
      data.initial.security = { nato: security, russia: security };
      const sc = compileScenario(data);
      let n = 0;
      for (let i = 0; i < 400; i++)
        if (play(sc, [[['md.proceed-romania'], []]], `insecure-${i}`, 1500).history[0]!.perceived.russia[0]!.reading === 'hostile') n++;
      return n;
    };
    const spiral = { below: 50, perPoint: 3, why: 'test' };
    const base = count(20);
    expect(count(20, spiral)).toBeGreaterThan(1.5 * base);
    // At or above the bar the same seeds give the same readings: security changes nothing there.
    expect(count(50, spiral)).toBe(count(50));
    expect(count(90, spiral)).toBe(base);
  });

  test.each([
    // noise, ambiguity, belief, floor, direction, chance: noise × ambiguity/100 × (floor + (1 − floor) × unfavourable)
    [1500, 60, 4000, 2500, 'hostile', 630],
    [1500, 60, 10_000, 2500, 'hostile', 225],
    [1500, 60, 10_000, 2500, 'benign', 900],
    [1500, 60, 0, 2500, 'benign', 225],
    [0, 100, 100, 2500, 'hostile', 0],
    [10_000, 0, 100, 2500, 'hostile', 0],
    [10_000, 100, 100, 2500, 'hostile', 4500], // 9 926 capped at 4 500
    [2000, 60, 1000, 0, 'hostile', 1080],
  ] as const)(
    'misreadChance(noise %i, ambiguity %i, belief %i, floor %i, %s) = %i bp',
    (noise, ambiguity, belief, floor, direction, expected) => {
      expect(misreadChance(noise, ambiguity, belief, floor, direction)).toBe(expected);
    },
  );

  test('the hostile chance grows as the belief falls, the benign one as it rises; both grow with noise and ambiguity, never vanish, and stay in [0, 4500]', () => {
    const bp = fc.integer({ min: 0, max: 10_000 });
    const amb = fc.integer({ min: 1, max: 100 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), amb, bp, bp, (noise, ambiguity, t1, t2) => {
        const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const h = (t: number) => misreadChance(noise, ambiguity, t, 2500, 'hostile');
        const b = (t: number) => misreadChance(noise, ambiguity, t, 2500, 'benign');
        expect(h(lo)).toBeGreaterThanOrEqual(h(hi));
        expect(b(hi)).toBeGreaterThanOrEqual(b(lo));
        for (const x of [h(lo), h(hi), b(lo), b(hi)]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(4500);
        }
        // the floor: at the most favourable belief a quarter of the base chance remains (rounded), so noise never disappears
        if (noise * ambiguity >= 400) expect(h(10_000)).toBeGreaterThan(0);
        expect(misreadChance(Math.min(10_000, noise + 500), ambiguity, lo, 2500, 'hostile')).toBeGreaterThanOrEqual(h(lo));
        expect(misreadChance(noise, Math.min(100, ambiguity + 10), lo, 2500, 'hostile')).toBeGreaterThanOrEqual(h(lo));
      }),
      { numRuns: 2000 },
    );
  });
});
