// Kyiv (Ukraine's government), an actor the engine plays (DESIGN.md 2.3, 3.2): before the Vilnius summit it leans
// between the EU Association Agreement and the Russian-led Customs Union under both sides' pressure, then chooses
// (a seeded draw from its leaning). The half of the country that lost the choice, or Moscow's answer to an
// association it distrusts, can then break the country apart: the Ukraine crisis emerges from the choice, the
// pressure and the trust, and is no longer a date in the calendar.
import type { KyivData } from '../scenario/schema.js';
import { clamp } from './arith.js';
import { facts } from './facts.js';
import { note, type Step } from './log.js';
import type { KyivChoice, PerSide } from './state.js';

const TRILATERAL = 'enlargement.trilateral-talks';

/** The chance (bp) that Kyiv chooses association at a leaning. */
export function associationChance(params: KyivData, leaning: number): number {
  const a = params.association;
  return clamp(a.atEven + leaning * a.perPoint, a.min, a.max);
}

/** The chance (bp) that the country breaks this half-year, and why, once Kyiv has chosen. */
export function breakChance(params: KyivData, stability: number, choice: KyivChoice, consulted: boolean, russiaOrderTrust: number) {
  const unrest = Math.max(0, params.unrest.below - stability) * params.unrest.perPoint;
  const bar = params.backlash.below - (consulted ? params.backlash.consulted : 0);
  const backlash = choice === 'association' ? Math.floor(Math.max(0, bar - russiaOrderTrust) / 10) * params.backlash.perTenBp : 0;
  return { chance: Math.min(10_000, unrest + backlash), unrest, backlash };
}

/**
 * The end of a turn until the crisis breaks: the sides' acts pull Kyiv and shake or steady the country (after the
 * choice the leaning is spent, the stability still counts); at the summit's turn Kyiv chooses.
 */
export function kyivEndOfTurn(step: Step, chosen: PerSide<readonly string[]>): void {
  const params = step.sc.data.actors?.kyiv;
  const { s } = step;
  if (!params || s.flashpoints.ukraine !== 'dormant') return;
  const kyiv = s.kyiv;
  const moved: string[] = [];
  for (const pull of params.pulls) {
    // A joint act (talks) pulls only when both sides take it; a side's own act when that side takes it.
    const joint = step.sc.actions.get(pull.action)?.side === 'both';
    const byNato = chosen.nato.includes(pull.action);
    const byRussia = chosen.russia.includes(pull.action);
    if (joint ? !(byNato && byRussia) : !(byNato || byRussia)) continue;
    kyiv.leaning = clamp(kyiv.leaning + pull.leaning, -100, 100);
    kyiv.stability = clamp(kyiv.stability + pull.stability, 0, 100);
    moved.push(pull.action);
  }
  // Talks need both: Moscow at the table and the West willing to have it there.
  if (kyiv.choice === 'undecided' && chosen.nato.includes(TRILATERAL) && chosen.russia.includes(TRILATERAL)) kyiv.consulted = true;
  if (kyiv.choice === 'undecided' && chosen.russia.some((id) => params.coercion.includes(id))) kyiv.coerced = true;
  if (moved.length > 0) note(step, 'signal', 'kyiv', facts.kyivPulled(moved, kyiv.leaning, kyiv.stability, kyiv.choice));
  if (kyiv.choice !== 'undecided' || s.turn !== step.sc.kyivDecision) return;
  const chance = associationChance(params, kyiv.leaning);
  const choice: KyivChoice = step.rng.chance(chance) ? 'association' : 'customs-union';
  kyiv.choice = choice;
  const costs = params.choiceStability;
  const cost = costs[choice] + (kyiv.coerced ? costs.coerced : 0) + (kyiv.consulted ? costs.consulted : 0);
  kyiv.stability = clamp(kyiv.stability + Math.min(0, cost), 0, 100);
  note(step, 'transition', 'kyiv', facts.kyivChose(choice, chance, kyiv.stability, kyiv.consulted, kyiv.coerced));
}

/** The half-year after the choice: the event that tells of it (the Maidan protests, or the signature), or null. */
export function kyivChoiceEvent(step: Step): string | null {
  const params = step.sc.data.actors?.kyiv;
  if (!params || step.s.kyiv.choice === 'undecided' || step.s.turn !== step.sc.kyivDecision + 1) return null;
  return params.choiceEvent[step.s.kyiv.choice];
}

/**
 * Every half-year after the choice: the chance that the country breaks, from its stability and (after association)
 * Moscow's distrust. One number is drawn every such turn, crisis or not, so that a teacher's injected crisis leaves
 * the rest of the game's random stream as it was. Returns the crisis event to fire, or null.
 */
export function kyivBreak(step: Step): string | null {
  const params = step.sc.data.actors?.kyiv;
  const { s } = step;
  if (!params || s.kyiv.choice === 'undecided') return null;
  const roll = step.rng.int(10_000);
  if (s.flashpoints.ukraine !== 'dormant') return null;
  const odds = breakChance(params, s.kyiv.stability, s.kyiv.choice, s.kyiv.consulted, s.trustBy.russia.order);
  if (roll >= odds.chance) return null;
  note(step, 'event', 'kyiv', facts.kyivBroke(s.kyiv.choice, s.kyiv.stability, odds.chance, odds.backlash > 0));
  return params.crisisEvent[s.kyiv.choice];
}
