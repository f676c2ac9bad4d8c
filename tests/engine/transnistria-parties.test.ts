// Chisinau and Tiraspol, the parties in the 5+2 format: what each reads, when each consents and why, and that a
// settlement needs both consents on top of the mediators' package (DESIGN.md 3.2; MECHANICS.md, Transnistria).
import { logText } from '../../src/analysis/render-log.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ScenarioData, TransnistriaPartiesData } from '../../src/scenario/schema.js';
import { startGame, type GameContext } from '../../src/engine/index.js';
import { legalSubset, mini, notesOf, play, type MiniOptions, type Turn } from './helpers.js';
import { miniScenario } from '../fixtures/mini.js';

// Display names for the log of games on the default mini scenario (names as in every variant of it).
const NAMES = mini();

const cite = { source: 'test', note: 'test' };
const PARTIES: TransnistriaPartiesData = {
  chisinau: {
    course: 60,
    guarantee: 50,
    guaranteePerMediation: 5,
    guaranteePerStatusQuo: -15,
    coursePerStatusQuo: 5,
    guaranteePerWarTurn: -10,
    coursePerFailure: 20,
    guaranteeFloor: 40,
    consentChance: 10_000,
    courseTolerance: 60,
    coursePenalty: 250,
    why: 'test',
    source: cite,
  },
  tiraspol: {
    dependence: 80,
    line: 60,
    linePerMediation: 10,
    linePerStatusQuo: -40,
    dependencePerStatusQuo: 5,
    linePerWarTurn: -15,
    lineFloor: 50,
    consentChance: 10_000,
    ownInterest: 10,
    why: 'test',
    source: cite,
  },
};

type PartyPatch = { chisinau?: Partial<TransnistriaPartiesData['chisinau']>; tiraspol?: Partial<TransnistriaPartiesData['tiraspol']> };

function withParties(
  patch: PartyPatch = {},
  over: Partial<NonNullable<ScenarioData['flashpoints']['transnistria']>> = {},
  o: MiniOptions = {},
) {
  const base = miniScenario().flashpoints.transnistria!;
  const parties = { chisinau: { ...PARTIES.chisinau, ...patch.chisinau }, tiraspol: { ...PARTIES.tiraspol, ...patch.tiraspol } };
  return mini({ ...o, flashpoints: { transnistria: { ...base, settleChanceAtHalfTrust: 10_000, ...over, parties } } });
}

const MEDIATE: Turn = [['transnistria.joint-mediation'], ['transnistria.joint-mediation']];
const STATUS_QUO: Turn = [[], ['transnistria.back-status-quo']];
const texts = (ctx: GameContext, i: number): string[] => notesOf(ctx, i).map((n) => logText(NAMES, n));
const attemptTurn = 2; // mini: turnsToSettle 2, so start + two turns of commitment

describe('the parties read the turn', () => {
  test('each turn Russia works in the talks, Chisinau trusts a Russian guarantee more and Tiraspol reads Moscow pressing for a deal', () => {
    const ctx = play(withParties(), [MEDIATE]);
    expect(ctx.world.transnistria.chisinau).toEqual({ course: 60, guarantee: 55 });
    expect(ctx.world.transnistria.tiraspol).toEqual({ dependence: 80, line: 70 });
    expect(texts(ctx, 0)).toContain(
      "The parties on the Dniester read the half-year: Chisinau's trust in a Russian guarantee 50 → 55; Tiraspol's reading of Moscow's line 60 → 70",
    );
  });

  test('NATO working in the talks alone moves neither party: the parties read Russia', () => {
    const ctx = play(withParties(), [[['transnistria.joint-mediation'], []]]);
    expect(ctx.world.transnistria).toMatchObject({ chisinau: { course: 60, guarantee: 50 }, tiraspol: { dependence: 80, line: 60 } });
  });

  test("Russia backing the status quo hardens Tiraspol (line down, dependence up) and costs Chisinau's trust while pushing it West", () => {
    const ctx = play(withParties(), [STATUS_QUO]);
    expect(ctx.world.transnistria.tiraspol).toEqual({ dependence: 85, line: 20 });
    expect(ctx.world.transnistria.chisinau).toEqual({ course: 65, guarantee: 35 });
    expect(texts(ctx, 0)).toContain(
      "Tiraspol reads Russia's backing of the status quo: it hardens against any settlement (Moscow's line 20/100, dependence 85/100)",
    );
  });

  test('the parties’ meters stay within 0..100', () => {
    const ctx = play(withParties({ tiraspol: { line: 10 }, chisinau: { guarantee: 5, course: 98 } }), [STATUS_QUO, STATUS_QUO]);
    expect(ctx.world.transnistria.tiraspol.line).toBe(0);
    expect(ctx.world.transnistria.chisinau).toEqual({ course: 100, guarantee: 0 });
  });

  test('a war in Ukraine erodes Chisinau’s trust in a Russian guarantee and Tiraspol’s reading of a pro-settlement line', () => {
    // The mini crisis breaks in 2014-H1 (turn 7); Russia intervening escalates it, and the parties read it from then on.
    const ctx = play(withParties(), [...Array.from({ length: 7 }, (): Turn => [[], []]), [[], ['ukraine.intervene']], [[], []]]);
    expect(ctx.world.flashpoints.ukraine).toBe('escalated');
    expect(ctx.world.transnistria.chisinau.guarantee).toBe(30);
    expect(ctx.world.transnistria.tiraspol.line).toBe(30);
  });

  test('an event moves the parties through effects.transnistria, with its cause in the log', () => {
    const scheduled = [
      {
        id: 'vilnius-initialling',
        at: '2010-H2',
        name: 'Moldova initials',
        text: 'Moldova initials its agreement.',
        effects: { transnistria: { chisinau: { course: 10 }, tiraspol: { line: -20 } } },
        source: cite,
      },
    ];
    const ctx = play(withParties({}, {}, { scheduled }), [[[], []]]);
    expect(ctx.world.transnistria).toMatchObject({ chisinau: { course: 70 }, tiraspol: { line: 40 } });
    expect(
      notesOf(ctx, 0, 'signal').some(
        (n) => n.id === 'vilnius-initialling' && logText(NAMES, n).includes("Chisinau's European course 60 → 70"),
      ),
    ).toBe(true);
  });
});

describe('consent at the settlement attempt', () => {
  /** The first seed (of a fixed list) on which the mediators agree a package, so that the parties are asked. */
  function asked(sc: ReturnType<typeof withParties>, turns: Turn[], at = attemptTurn): GameContext {
    for (let i = 0; i < 50; i++) {
      const ctx = play(sc, turns, `seed${i}`);
      if (texts(ctx, at).some((x) => x.startsWith('Chisinau'))) return ctx;
    }
    throw new Error('the mediators never agreed a package');
  }

  test('both parties consent with the chance their states give: settled, each with its reasons', () => {
    // Guarantee 65 at the attempt: 65 % for Chisinau; Tiraspol (line 90, dependence 80): (90 × 80 + 10 × 20) / 100 = 74 %.
    const sc = withParties();
    let settled = 0;
    for (let i = 0; i < 30; i++) {
      const ctx = play(sc, [MEDIATE, MEDIATE, MEDIATE], `s${i}`);
      const t = texts(ctx, attemptTurn);
      if (ctx.world.flashpoints.transnistria !== 'settled') continue;
      settled += 1;
      expect(t).toContain(
        'Chisinau consents (chance 65%): it trusts a Russian guarantee enough (65/100) to accept the package with its European course at 60/100',
      );
      expect(t).toContain(
        'Tiraspol consents (chance 74%): Moscow presses for the deal (line 90/100) and Tiraspol depends on its backing (80/100)',
      );
    }
    expect(settled).toBeGreaterThan(5);
    expect(settled).toBeLessThan(25);
  });

  test.each([
    ['Chisinau', { chisinau: { consentChance: 0 } }, 'Chisinau withholds its consent (chance 0%)'],
    ['Tiraspol', { tiraspol: { consentChance: 0 } }, 'Tiraspol withholds its consent (chance 0%)'],
  ] as [string, PartyPatch, string][])(
    '%s withholding consent stops the settlement even when the mediators agree',
    (who, patch, reason) => {
      const sc = withParties(patch);
      for (let i = 0; i < 20; i++) expect(play(sc, [MEDIATE, MEDIATE, MEDIATE], `s${i}`).world.flashpoints.transnistria).toBe('stalled');
      const t = texts(asked(sc, [MEDIATE, MEDIATE, MEDIATE]), attemptTurn);
      expect(t.some((x) => x.startsWith(reason))).toBe(true);
      const fell = (party: string) => `No settlement: ${party} withheld consent, so the mediators' package falls and the talks stall`;
      expect(t.some((x) => x === fell(who) || x === fell('both parties'))).toBe(true);
    },
  );

  test('below its floor of trust in a Russian guarantee Chisinau refuses outright, without a draw', () => {
    const ctx = play(withParties({ chisinau: { guarantee: 20 } }), [MEDIATE, MEDIATE, MEDIATE]);
    expect(texts(ctx, attemptTurn)).toContain(
      'Chisinau withholds its consent: it does not trust a Russian guarantee of the settlement (trust 35 < 40), with Russian troops still on the Dniester',
    );
    expect(ctx.world.flashpoints.transnistria).toBe('stalled');
  });

  test("a European course above the tolerance costs Chisinau's consent, half as much when the West backs the deal", () => {
    const alone = play(withParties({ chisinau: { course: 80 } }), [MEDIATE, MEDIATE, MEDIATE], 'x');
    const backed = play(
      withParties({ chisinau: { course: 80 } }),
      [MEDIATE, [['transnistria.joint-mediation', 'transnistria.support-settlement'], ['transnistria.joint-mediation']], MEDIATE],
      'x',
    );
    // Guarantee 65: 6 500 bp less 20 points over the tolerance × 250 (alone) or × 125 (backed).
    const chisinau = (ctx: GameContext) => texts(ctx, attemptTurn).find((x) => x.startsWith('Chisinau'))!;
    expect(chisinau(alone)).toMatch(/^Chisinau (consents|withholds its consent) \(chance 15%\)/);
    expect(chisinau(backed)).toMatch(/^Chisinau (consents|withholds its consent) \(chance 40%\)/);
  });

  test("after Russia backs the status quo Tiraspol refuses outright, and the line needs turns of Russia's work to recover", () => {
    // Line 60 → 65 (talks) → 25 (status quo; dependence 85) → 30, 35, 40 (talks again): still below the floor of 50.
    const sc = withParties({ tiraspol: { linePerMediation: 5 } });
    const ctx = asked(sc, [MEDIATE, STATUS_QUO, MEDIATE, MEDIATE, MEDIATE], 4);
    expect(ctx.world.flashpoints.transnistria).toBe('stalled');
    expect(texts(ctx, 4)).toContain(
      "Tiraspol refuses: it reads Moscow's line as backing the status quo (40 < 50), and it lives on Russian backing (dependence 85/100)",
    );
  });

  test('a failed attempt turns Chisinau further West by coursePerFailure', () => {
    const ctx = play(withParties({ tiraspol: { consentChance: 0 } }), [MEDIATE, MEDIATE, MEDIATE]);
    expect(ctx.world.flashpoints.transnistria).toBe('stalled');
    expect(ctx.world.transnistria.chisinau.course).toBe(80);
    expect(texts(ctx, attemptTurn)).toContain("The failed settlement turns Chisinau further West: Chisinau's European course 60 → 80");
  });

  test('when the mediators agree no package the parties are not asked', () => {
    const ctx = play(withParties({}, { settleChanceAtHalfTrust: 0, supportBonus: 0 }), [MEDIATE, MEDIATE, MEDIATE]);
    const t = texts(ctx, attemptTurn);
    expect(t).toContain(
      'The mediators could not agree a package to put to Chisinau and Tiraspol: the settlement failed among the mediators',
    );
    expect(t.some((x) => x.startsWith('Chisinau') || x.startsWith('Tiraspol'))).toBe(false);
  });

  test('without parties in the scenario (older files) the mediators’ draw alone decides, and the parties’ states stay at zero', () => {
    const base = miniScenario().flashpoints.transnistria!;
    const sc = mini({ flashpoints: { transnistria: { ...base, settleChanceAtHalfTrust: 10_000 } } });
    const ctx = play(sc, [MEDIATE, MEDIATE, MEDIATE], 'settle');
    expect(ctx.world.flashpoints.transnistria).toBe('settled');
    expect(ctx.world.transnistria).toMatchObject({ chisinau: { course: 0, guarantee: 0 }, tiraspol: { dependence: 0, line: 0 } });
  });
});

describe('model-based: random seeds and choice sequences', () => {
  const sc = withParties(
    { chisinau: { consentChance: 6000, guarantee: 30 }, tiraspol: { consentChance: 6500, line: 30 } },
    { settleChanceAtHalfTrust: 5000 },
    {
      end: '2020-H2',
    },
  );
  // Biased toward the talks, so that attempts happen: Russia mostly mediates, sometimes backs the status quo or passes.
  const russiaPick = fc.oneof(
    { arbitrary: fc.constant(['transnistria.joint-mediation']), weight: 6 },
    { arbitrary: fc.constant(['transnistria.back-status-quo']), weight: 1 },
    { arbitrary: fc.constant([] as string[]), weight: 1 },
  );
  const natoPick = fc.oneof(
    { arbitrary: fc.constant(['transnistria.joint-mediation']), weight: 3 },
    { arbitrary: fc.constant(['transnistria.joint-mediation', 'transnistria.support-settlement']), weight: 3 },
    { arbitrary: fc.constant([] as string[]), weight: 1 },
  );
  const seen = new Set<string>();
  const kinds: [string, RegExp][] = [
    ['chisinau-consents', /^Chisinau consents/],
    ['chisinau-refuses-floor', /^Chisinau withholds its consent: it does not trust/],
    ['chisinau-refuses-course', /^Chisinau withholds its consent \(chance \d+%\): a settlement that binds/],
    ['chisinau-refuses-doubt', /^Chisinau withholds its consent \(chance \d+%\): parliament and the street/],
    ['tiraspol-consents', /^Tiraspol consents/],
    ['tiraspol-refuses-line', /^Tiraspol refuses: it reads Moscow's line/],
    ['tiraspol-refuses-draw', /^Tiraspol withholds its consent \(chance/],
    ['no-package', /^The mediators could not agree a package/],
    ['status-quo-hardens', /^Tiraspol reads Russia's backing of the status quo/],
    ['failure-turns-west', /^The failed settlement turns Chisinau further West/],
  ];

  test('no settlement without both parties’ consent in that turn; every meter within 0..100; every answer reached', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 6 }),
        fc.array(fc.tuple(natoPick, russiaPick), { minLength: 21, maxLength: 21 }),
        (seed, picks) => {
          let ctx = startGame(sc, { seed });
          for (const [n, r] of picks) {
            const before = ctx.world.flashpoints.transnistria;
            const nato = legalSubset(sc, ctx, 'nato', n);
            const russia = legalSubset(sc, ctx, 'russia', r);
            ctx = play(sc, [[nato, russia]], seed, undefined, ctx);
            const record = ctx.history[ctx.history.length - 1]!;
            const t = record.notes.map((x) => logText(sc, x));
            for (const [k, re] of kinds) if (t.some((x) => re.test(x))) seen.add(k);
            if (before !== 'settled' && ctx.world.flashpoints.transnistria === 'settled') {
              seen.add('settled');
              expect(t.some((x) => x.startsWith('Chisinau consents'))).toBe(true);
              expect(t.some((x) => x.startsWith('Tiraspol consents'))).toBe(true);
            }
            const { chisinau, tiraspol } = ctx.world.transnistria;
            for (const v of [chisinau.course, chisinau.guarantee, tiraspol.dependence, tiraspol.line]) {
              expect(Number.isInteger(v) && v >= 0 && v <= 100).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300, seed: 9 },
    );
    expect([...seen].sort()).toEqual([...kinds.map(([k]) => k), 'settled'].sort());
  });
});
