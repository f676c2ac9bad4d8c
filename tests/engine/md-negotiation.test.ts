// Missile defence as it was negotiated (Model v2 part 2): the guarantee is a treaty put to a vote that may fail, the
// architectures are apart until both sides step toward each other, talks resume only on substance, the Iran track
// cuts both ways, and a site can be delayed. Each test pins one mechanism on the mini scenario.
import { logText } from '../../src/analysis/render-log.js';
import { describe, expect, test } from 'vitest';
import type { ScenarioData } from '../../src/scenario/schema.js';
import { startGame, type WorldState } from '../../src/engine/index.js';
import { refusalsFor } from '../../src/engine/testing.js';
import { ratificationChance } from '../../src/engine/md.js';
import { action, miniScenario } from '../fixtures/mini.js';
import { mini, notesOf, PASS, passes, play, type MiniOptions, type Turn } from './helpers.js';

// Display names for the log of games on the default mini scenario (names as in every variant of it).
const NAMES = mini();

const cite = { source: 'test', note: 'test fixture' };
const why = 'test fixture';
const STEPS = [
  action('md.joint-planning', 'nato', 'cooperative', 1, [5, 4]),
  action('md.accept-linked-systems', 'russia', 'cooperative', 1, [5, 4]),
  action('md.demand-co-management', 'russia', 'neutral', 1, [5, 4]),
];
const baseMd = miniScenario().flashpoints.md!;
type Md = NonNullable<ScenarioData['flashpoints']['md']>;
const RATIFICATION: NonNullable<Md['ratification']> = {
  turns: 2,
  chanceAtEvenTrust: 3000,
  cohesionAt: 60,
  perCohesionPoint: 200,
  retryAfter: 2,
  failedEffects: { trust: { russia: { order: [1, 2] } }, cohesion: -3 },
  why,
};

/** The mini scenario with the negotiation's parts switched on as the test needs. */
function withMd(md: Partial<Md>, o: MiniOptions = {}) {
  return mini({ ...o, flashpoints: { md: { ...baseMd, ...md } }, extraActions: STEPS });
}

describe('the legally binding guarantee is a treaty to ratify', () => {
  test('signed, it binds only after the vote; a sure vote makes it legal at the end of the turn it falls due', () => {
    const sc = withMd({ ratification: { ...RATIFICATION, chanceAtEvenTrust: 10_000 } }, { trust: { nato: 9000, russia: 9000 } });
    const signed = play(sc, [[['md.legal-guarantee'], []]]);
    expect(signed.world.md.noCapacity).toBe('signed');
    expect(signed.world.md.ratifyIn).toBe(1);
    expect(
      notesOf(signed, 0)
        .map((n) => logText(sc, n))
        .join('\n'),
    ).toMatch(/binds only once ratified/);
    // While the treaty waits for its vote it cannot be signed again.
    expect(refusalsFor(sc, signed, 'nato', ['md.legal-guarantee'])[0]?.reason).toMatch(/awaits its ratification vote/);
    const voted = play(sc, [PASS], 'test', undefined, signed);
    expect(voted.world.md.noCapacity).toBe('legal');
    expect(
      notesOf(voted, 1, 'event')
        .map((n) => logText(sc, n))
        .join('\n'),
    ).toMatch(/ratified \(chance 95%\)/);
  });

  test('a failed vote leaves only the political assurance, applies its effects and bars a new treaty for retryAfter turns', () => {
    const sc = withMd({ ratification: { ...RATIFICATION, chanceAtEvenTrust: 0 } });
    const failed = play(sc, [[['md.legal-guarantee'], []], PASS]);
    expect(failed.world.md.noCapacity).toBe('political');
    const events = notesOf(failed, 1, 'event')
      .map((n) => logText(sc, n))
      .join('\n');
    expect(events).toMatch(/failed ratification \(chance 0%\)/);
    // Russia's belief on the order falls by the failure's [1,2]; cohesion pays the vote's division.
    const before = play(sc, [[['md.legal-guarantee'], []]]);
    expect(failed.world.trustBy.russia.order).toBeLessThan(before.world.trustBy.russia.order);
    expect(failed.world.cohesion).toBe(before.world.cohesion - 3);
    expect(failed.world.md.retryFrom).toBe(2 + RATIFICATION.retryAfter);
    let ctx = failed;
    for (let turn = 2; turn < failed.world.md.retryFrom; turn++) {
      expect(refusalsFor(sc, ctx, 'nato', ['md.legal-guarantee'])[0]?.reason).toMatch(/failed ratification: no new one can be signed yet/);
      ctx = play(sc, [PASS], 'test', undefined, ctx);
    }
    expect(refusalsFor(sc, ctx, 'nato', ['md.legal-guarantee'])).toEqual([]);
  });

  test('the chance falls as NATO trusts Russia less (more hawks) and as cohesion falls below cohesionAt, never above 95 %', () => {
    const world = (order: number, cohesion: number): WorldState => {
      const w = startGame(mini(), { seed: 'x' }).world;
      return { ...w, cohesion, trustBy: { ...w.trustBy, nato: { ...w.trustBy.nato, order } } };
    };
    let last = Infinity;
    for (const order of [9900, 8000, 6000, 5000, 3000, 1000, 100]) {
      const chance = ratificationChance(RATIFICATION, world(order, 70));
      expect(chance).toBeLessThanOrEqual(last);
      last = chance;
    }
    expect(ratificationChance(RATIFICATION, world(5000, 70))).toBe(3000);
    expect(ratificationChance(RATIFICATION, world(5000, 55))).toBe(3000 - 5 * 200);
    expect(ratificationChance(RATIFICATION, world(5000, 40))).toBe(0);
    expect(ratificationChance({ ...RATIFICATION, chanceAtEvenTrust: 10_000 }, world(9900, 70))).toBe(9500);
  });

  test('without a ratification block the guarantee binds at once (a scenario may leave the vote out)', () => {
    expect(play(withMd({}), [[['md.legal-guarantee'], []]]).world.md.noCapacity).toBe('legal');
  });

  test('treatyOnly: a political promise never stands in for the treaty, however high Russia’s trust', () => {
    const roof: Turn[] = [
      [['md.joint-data-centre', 'md.share-architecture', 'md.adapt-to-threat'], ['md.joint-data-centre']],
      [['md.political-guarantee', 'md.offer-joint-system'], []],
      ...passes(3),
    ];
    const warm = { trust: { nato: 9500, russia: 9500 } };
    expect(play(withMd({ politicalGuaranteeTrust: 5000 }, warm), roof).world.flashpoints.md).toBe('joint-system');
    expect(play(withMd({ politicalGuaranteeTrust: 5000, treatyOnly: true }, warm), roof).world.flashpoints.md).toBe('joint-centre');
  });
});

describe('two architectures apart', () => {
  const WARM = { trust: { nato: 9000, russia: 9000 } };
  const ROOF: Turn[] = [
    [['md.joint-data-centre', 'md.share-architecture', 'md.adapt-to-threat'], ['md.joint-data-centre']],
    [['md.legal-guarantee', 'md.offer-joint-system'], []],
  ];

  test('no joint system while a step is left on either side; the last step taken, it comes', () => {
    const sc = withMd({ positions: { nato: 1, russia: 2, why } }, WARM);
    const waiting = play(sc, [...ROOF, PASS, PASS]);
    expect(waiting.world.flashpoints.md).toBe('joint-centre');
    expect(waiting.world.md.gap).toEqual({ nato: 1, russia: 2 });
    const closer = play(sc, [[['md.joint-planning'], ['md.accept-linked-systems']]], 'test', undefined, waiting);
    expect(closer.world.md.gap).toEqual({ nato: 0, russia: 1 });
    expect(closer.world.flashpoints.md).toBe('joint-centre');
    // A side whose position already meets the other's cannot step again.
    expect(refusalsFor(sc, closer, 'nato', ['md.joint-planning'])[0]?.reason).toMatch(/already meets/);
    const done = play(sc, [[[], ['md.accept-linked-systems']]], 'test', undefined, closer);
    expect(done.world.md.gap).toEqual({ nato: 0, russia: 0 });
    expect(done.world.flashpoints.md).toBe('joint-system');
  });

  test('demanding co-management takes Russia a step back, never beyond where it started', () => {
    const sc = withMd({ positions: { nato: 0, russia: 2, why } });
    const ctx = play(sc, [
      [[], ['md.accept-linked-systems']],
      [[], ['md.demand-co-management']],
      [[], ['md.demand-co-management']],
    ]);
    expect(ctx.world.md.gap.russia).toBe(2);
    expect(
      notesOf(ctx, 1)
        .map((n) => logText(sc, n))
        .join('\n'),
    ).toMatch(/sectoral system/);
  });
});

describe('talks resume only on substance', () => {
  const stalled = (sc: ReturnType<typeof withMd>) => play(sc, [[['md.offer-joint-system'], ['md.reject-proposal']]]);

  test('after a rejection, a condition newly met resumes the talks; a step toward the other side does too', () => {
    for (const move of [
      [['md.share-architecture'], []],
      [['md.joint-planning'], []],
      [[], ['md.accept-linked-systems']],
    ] as Turn[]) {
      const sc = withMd({ positions: { nato: 1, russia: 1, why } });
      const ctx = stalled(sc);
      expect(ctx.world.flashpoints.md).toBe('deadlock');
      expect(play(sc, [move], 'test', undefined, ctx).world.flashpoints.md).toBe('talks');
    }
  });

  test('nothing new (talk, a site) leaves them stalled; so does Russia demanding co-management in the same turn', () => {
    const sc = withMd({ positions: { nato: 1, russia: 1, why } });
    const ctx = stalled(sc);
    expect(play(sc, [[['talk.partnership-pledge', 'md.proceed-poland'], []]], 'test', undefined, ctx).world.flashpoints.md).toBe(
      'deadlock',
    );
    expect(play(sc, [[['md.share-architecture'], ['md.demand-co-management']]], 'test', undefined, ctx).world.flashpoints.md).toBe(
      'deadlock',
    );
  });
});

describe('the Iran track both ways', () => {
  const site: Turn = [['md.proceed-romania'], []];

  test('the fait accompli weighs [1,2] in talks, [1,3] after a deal and the milder faitAccompliAfterIranCollapseLr after a collapse', () => {
    const drop = (iran: 'talks' | 'deal' | 'collapsed'): number => {
      const scheduled =
        iran === 'talks' ? [] : [{ id: 'iran', at: '2011-H2', name: 'Iran', text: 'Iran.', effects: { iran }, source: cite }];
      const sc = withMd({ faitAccompliAfterIranCollapseLr: [2, 3] }, { scheduled, model: { maxFactorPerTurn: undefined } });
      const ctx = play(sc, [site, PASS, PASS, PASS], 'test', 0);
      const live = ctx.history[3]!.changes.find((c) => c.cause.id === 'md.romania');
      expect(live, iran).toBeDefined();
      return live!.before - live!.after;
    };
    const [talks, deal, collapsed] = [drop('talks'), drop('deal'), drop('collapsed')];
    expect(deal).toBeGreaterThan(talks);
    expect(collapsed).toBeLessThan(talks);
    expect(collapsed).toBeGreaterThan(0);
  });

  test('with the talks collapsed the threat condition counts as met; a deal undoes a system matched to the old threat', () => {
    const collapse = [
      { id: 'iran-collapse', at: '2011-H1', name: 'Collapse', text: 'Collapse.', effects: { iran: 'collapsed' as const }, source: cite },
    ];
    const roof: Turn[] = [
      [['md.joint-data-centre', 'md.share-architecture'], ['md.joint-data-centre']],
      [['md.legal-guarantee', 'md.offer-joint-system'], []],
      PASS,
    ];
    const warm = { trust: { nato: 9000, russia: 9000 } };
    expect(play(withMd({}, { ...warm, scheduled: collapse }), roof).world.flashpoints.md).toBe('joint-system');
    expect(play(withMd({}, warm), roof).world.flashpoints.md).toBe('joint-centre');
    const deal = [{ id: 'iran-deal-now', at: '2011-H1', name: 'Deal', text: 'Deal.', effects: { iran: 'deal' as const }, source: cite }];
    const ctx = play(withMd({}, { scheduled: deal }), [[['md.adapt-to-threat'], []], PASS]);
    expect(ctx.world.md.threatMatched).toBe(false);
    expect(
      notesOf(ctx, 1)
        .map((n) => logText(NAMES, n))
        .join('\n'),
    ).toMatch(/removes the threat/);
  });
});

describe('a site delayed', () => {
  test('a siteDelay event puts the site’s going live back by its turns', () => {
    const delay = [{ id: 'delay', at: '2011-H1', name: 'Delay', text: 'Late.', effects: { siteDelay: { romania: 2 } }, source: cite }];
    const sc = withMd({}, { scheduled: delay });
    const ctx = play(sc, [[['md.proceed-romania'], []], ...passes(5)]);
    // liveAt 2012-H1 is turn 3; two turns later it is turn 5.
    const live = ctx.history.findIndex((t) => t.notes.some((n) => n.id === 'md.romania' && /went live/.test(logText(sc, n))));
    expect(live).toBe(5);
    expect(
      play(withMd({}), [[['md.proceed-romania'], []], ...passes(5)]).history.findIndex((t) =>
        t.notes.some((n) => n.id === 'md.romania' && /went live/.test(logText(sc, n))),
      ),
    ).toBe(3);
    expect(ctx.world.md.delays.romania).toBe(2);
  });
});
