// Beliefs as a filter over a changing hidden type (Model v2): each turn the types may change and every belief first
// drifts toward the prior (old evidence ages), then moves by Bayes' rule on what was observed, within a per-turn band.
import { bayes, BP, clamp, divRound } from './arith.js';
import { facts, type Fact } from './facts.js';
import { record, type Step } from './log.js';
import { AREAS, otherSide, SIDES, type Area, type Cause, type PerArea, type PerSide, type Side } from './state.js';

/** The headline trust of a side: the mean of its two areas, rounded half up. */
export const headline = (by: PerArea<number>): number => divRound(by.practical + by.order, 2);

/** One step of the two-state chain's prediction: with chance `hazard` the type is redrawn from `prior`. */
export function drift(belief: number, prior: number, hazard: number): number {
  return divRound(belief * (BP - hazard) + prior * hazard, BP);
}

/**
 * The turn's type changes and belief drift, after the events (a leadership change raises the hazard for its turn):
 * each side's type in each area is redrawn from the prior with chance `hazard`, and the other side, which knows the
 * hazard and the prior but not the draw, lets its belief drift by the same amount toward the prior.
 */
export function ageBeliefs(step: Step, hazards: PerSide<number>): void {
  const { s, rng } = step;
  const [lo, hi] = step.sc.data.model.trustBounds;
  for (const side of SIDES) {
    const observer = otherSide(side);
    const hazard = hazards[side];
    for (const area of AREAS) {
      if (hazard > 0 && rng.chance(hazard)) {
        const redrawn = rng.chance(s.prior[side][area]) ? 'partner' : 'adversary';
        // Measurements may hold the types (the draw still happens, so the stream is the same); the observer cannot know.
        if (!s.typesHeld) s.types[side][area] = redrawn;
      }
      const before = s.trustBy[observer][area];
      const after = clamp(drift(before, s.prior[side][area], hazard), lo, hi);
      setBelief(step, observer, area, after, { kind: 'rule', id: 'ageing' }, facts.ageing(observer, area));
    }
  }
}

/** Writes one belief and the headline, and records the change. */
export function setBelief(step: Step, side: Side, area: Area, after: number, cause: Cause, fact: Fact): void {
  const before = step.s.trustBy[side][area];
  if (before === after) return;
  step.s.trustBy[side][area] = after;
  step.s.trust[side] = headline(step.s.trustBy[side]);
  record(step, `trust.${side}`, before, after, cause, fact, area);
}

/** The range a belief may move in this turn: at most `factor` in odds either way from where the turn's evidence began. */
export function bandOf(belief: number, factor: number, lo: number, hi: number): readonly [number, number] {
  return [bayes(belief, [1, factor], lo, hi), bayes(belief, [factor, 1], lo, hi)];
}
