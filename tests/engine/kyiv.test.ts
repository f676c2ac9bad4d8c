// Kyiv, the actor whose choice the Ukraine crisis emerges from: its pulls, its choice at Vilnius, and when the country breaks.
import { logText } from '../../src/analysis/render-log.js';
import { describe, expect, test } from 'vitest';
import type { GameContext } from '../../src/engine/index.js';
import { refusalsFor } from '../../src/engine/testing.js';
import { associationChance, breakChance } from '../../src/engine/kyiv.js';
import type { ScenarioData } from '../../src/scenario/schema.js';
import { checkSemantics } from '../../src/scenario/semantic.js';
import { loadShippedScenario } from '../golden/golden-files.js';
import { PASS, passes, play, type Turn } from './helpers.js';

// bucharest-promise: 2010-H2 to 2015-H1; Kyiv chooses at the end of 2013-H2 (index 6).
const sc = loadShippedScenario('bucharest-promise');
const kyiv = sc.data.actors!.kyiv!;
const PRESS: Turn = [[], ['enlargement.pressure-ukraine']];
const TALK: Turn = [['enlargement.trilateral-talks'], ['enlargement.trilateral-talks']];
const SEEDS = Array.from({ length: 12 }, (_, i) => `kyiv-${i}`);
const crisisIn = (ctx: GameContext, i: number): boolean => ctx.history[i]!.events.some((e) => sc.events.get(e)?.effects?.ukraineCrisis);

describe('the arithmetic of the choice and of the break', () => {
  test('the chance of association is even odds plus the leaning, inside its bounds', () => {
    expect(associationChance(kyiv, 0)).toBe(kyiv.association.atEven);
    expect(associationChance(kyiv, 10)).toBe(kyiv.association.atEven + 10 * kyiv.association.perPoint);
    expect(associationChance(kyiv, 100)).toBe(kyiv.association.max);
    expect(associationChance(kyiv, -100)).toBe(kyiv.association.min);
  });

  test('unrest counts the stability under the bar; Moscow’s backlash only after association, and talks lower its bar', () => {
    const { below, perPoint } = kyiv.unrest;
    expect(breakChance(kyiv, below, 'customs-union', false, 9000).chance).toBe(0);
    expect(breakChance(kyiv, below - 3, 'customs-union', false, 0).chance).toBe(3 * perPoint);
    const trust = kyiv.backlash.below - 500;
    expect(breakChance(kyiv, 100, 'customs-union', false, trust).backlash).toBe(0);
    expect(breakChance(kyiv, 100, 'association', false, trust).backlash).toBe(50 * kyiv.backlash.perTenBp);
    expect(breakChance(kyiv, 100, 'association', true, trust).backlash).toBe(0);
    expect(breakChance(kyiv, 0, 'customs-union', false, 0).chance).toBe(10_000);
  });
});

describe('before Vilnius', () => {
  test('Russian pressure pulls Kyiv to the Customs Union and splits the country; it is remembered as coercion', () => {
    const ctx = play(sc, [PRESS]);
    const pull = kyiv.pulls.find((p) => p.action === 'enlargement.pressure-ukraine')!;
    expect(ctx.world.kyiv).toMatchObject({
      leaning: kyiv.leaning + pull.leaning,
      stability: kyiv.stability + pull.stability,
      choice: 'undecided',
      coerced: true,
    });
    expect(ctx.history[0]!.notes.map((n) => logText(sc, n)).join(' ')).toMatch(
      /Kyiv weighs Pressure Ukraine: it leans towards the Customs Union/,
    );
  });

  test('trilateral talks need both sides: NATO alone neither steadies Kyiv nor counts as consultation', () => {
    const alone = play(sc, [[['enlargement.trilateral-talks'], []]]);
    expect(alone.world.kyiv).toMatchObject({ stability: kyiv.stability, consulted: false });
    const both = play(sc, [TALK]);
    expect(both.world.kyiv.consulted).toBe(true);
    expect(both.world.kyiv.stability).toBeGreaterThan(kyiv.stability);
  });

  test('Kyiv chooses at the end of its summit’s turn, once; then the talks are refused with the reason', () => {
    const before = play(sc, passes(6));
    expect(before.world.kyiv.choice).toBe('undecided');
    const after = play(sc, [PASS], 'test', undefined, before);
    expect(sc.labels[after.world.turn - 1]).toBe(kyiv.decisionAt);
    expect(['association', 'customs-union']).toContain(after.world.kyiv.choice);
    expect(after.history[6]!.notes.some((n) => n.id === 'kyiv' && n.kind === 'transition')).toBe(true);
    const refused = refusalsFor(sc, after, 'nato', ['enlargement.trilateral-talks']);
    expect(refused[0]!.reason).toMatch(/^Kyiv has already chosen \(the (EU Association Agreement|Customs Union)\)$/);
  });

  test('both choices are reachable: the draw is seeded, not fixed', () => {
    const choices = new Set(SEEDS.map((seed) => play(sc, passes(7), seed).world.kyiv.choice));
    expect(choices).toEqual(new Set(['association', 'customs-union']));
  });
});

describe('the crisis emerges; the calendar no longer fixes it', () => {
  test('no scheduled event starts the crisis in a scenario with Kyiv', () => {
    expect(sc.data.events.scheduled.some((e) => e.effects?.ukraineCrisis)).toBe(false);
  });

  test('pressed and coerced before Vilnius, the country breaks at the start of 2014-H1 on either path, in every seed', () => {
    const script: Turn[] = [...passes(4), PRESS, PRESS, PRESS, PASS];
    for (const seed of SEEDS) {
      const ctx = play(sc, script, seed);
      expect(crisisIn(ctx, 7), seed).toBe(true);
      expect(ctx.history[7]!.events[0], seed).toBe(kyiv.choiceEvent[ctx.world.kyiv.choice as 'association' | 'customs-union']);
    }
  });

  test('steadied by trilateral talks, with no pressure, the country holds through the end in every seed', () => {
    const script: Turn[] = [...Array.from({ length: 7 }, () => TALK), ...passes(3)];
    for (const seed of SEEDS) {
      const ctx = play(sc, script, seed);
      expect(ctx.world.kyiv.stability, seed).toBeGreaterThanOrEqual(kyiv.unrest.below);
      expect(ctx.world.flashpoints.ukraine, seed).toBe('dormant');
      expect(ctx.history[7]!.events, seed).toContain(kyiv.choiceEvent[ctx.world.kyiv.choice as 'association' | 'customs-union']);
    }
  });

  test('a choice made freely holds at first; Russian pressure after it shakes the country until it breaks', () => {
    // No pressure before Vilnius: the choice costs 5 (55 → 50), no unrest yet; two pressures after it (42, 34) break it.
    // (After association Moscow's distrust may break it at once: this is about the country itself, so the other path.)
    const script: Turn[] = [...passes(7), PRESS, PRESS, PASS];
    const turnedAway = SEEDS.map((seed) => play(sc, script, seed)).filter((ctx) => ctx.world.kyiv.choice === 'customs-union');
    expect(turnedAway.length).toBeGreaterThan(0);
    for (const ctx of turnedAway) {
      expect(ctx.world.kyiv.coerced).toBe(false);
      expect(crisisIn(ctx, 7)).toBe(false);
      expect(crisisIn(ctx, 8) || crisisIn(ctx, 9)).toBe(true);
    }
  });
});

describe('a scenario with Kyiv is checked', () => {
  const broken = (mutate: (d: ScenarioData) => void): string[] => {
    const data = structuredClone(sc.data);
    mutate(data);
    return checkSemantics(data).map((p) => `${p.path.join('.')}: ${p.message}`);
  };

  test('an unknown pull, a missing crisis event and a summit outside the calendar are named with their paths', () => {
    const errors = broken((d) => {
      d.actors!.kyiv!.pulls[0]!.action = 'enlargement.presure-ukraine';
      d.actors!.kyiv!.crisisEvent.association = 'no-such-event';
      d.actors!.kyiv!.decisionAt = '2019-H1';
    });
    expect(errors).toContainEqual(expect.stringMatching(/^actors\.kyiv\.pulls\.0\.action: unknown action "enlargement\.presure-ukraine"/));
    expect(errors).toContainEqual(expect.stringMatching(/^actors\.kyiv\.crisisEvent\.association: unknown emergent event "no-such-event"/));
    expect(errors).toContainEqual(expect.stringMatching(/^actors\.kyiv\.decisionAt: must be within the calendar/));
  });

  test('a scheduled crisis beside Kyiv is refused: the crisis cannot be both on the calendar and emergent', () => {
    const errors = broken((d) => {
      d.events.scheduled.push({ ...d.events.emergent![0]!, at: '2014-H1', effects: { ukraineCrisis: true } });
    });
    expect(errors).toContainEqual(expect.stringMatching(/^actors\.kyiv: the Ukraine crisis emerges from Kyiv's choice here/));
  });
});
