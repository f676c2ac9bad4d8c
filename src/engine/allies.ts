// The eastern allies (Poland, the Baltic states, Romania), an actor the engine plays (DESIGN.md 2.3): they read Russia's
// deeds on the order with their own, warier prior, and the neighbours' security tells them how exposed they are.
// Alarmed, they block NATO's concessions to Russia over their heads and ask for reassurance, at a cost in cohesion
// when none comes; uneasy, they let a concession pass at a cost in cohesion; reassured, they let it pass.
import type { AlliesData } from '../scenario/schema.js';
import { bayes, boundRatio, clamp } from './arith.js';
import { drift } from './beliefs.js';
import type { CompiledScenario } from './compile.js';
import { facts } from './facts.js';
import { messages, percent } from './messages.js';
import { addCohesion } from './step.js';
import { note, type Step } from './log.js';
import type { AlliesStance, PerSide, WorldState } from './state.js';

export type AlliesParams = AlliesData;

/** Where their belief about Russia and the neighbours' security leave them. */
export function stanceOf(params: AlliesParams, trust: number, neighbours: number): AlliesStance {
  if (trust < params.alarmedBelow.trust || neighbours < params.alarmedBelow.neighbours) return 'alarmed';
  return trust >= params.reassuredFrom.trust && neighbours >= params.reassuredFrom.neighbours ? 'reassured' : 'uneasy';
}

/** Why the allies block a NATO action now, or null: only concessions, only when they are alarmed. */
export function alliesVeto(sc: CompiledScenario, s: WorldState, id: string): string | null {
  const params = sc.data.actors?.allies;
  if (!params || s.allies.stance !== 'alarmed' || !params.concessions.includes(id)) return null;
  return messages.alliesBlock(percent(s.allies.trust), s.neighbours);
}

/** A concession NATO made while the allies were uneasy: it passes, and the Alliance pays for it in cohesion. */
export function alliesOnConcessions(step: Step, chosen: PerSide<readonly string[]>): void {
  const params = step.sc.data.actors?.allies;
  if (!params || step.s.allies.stance !== 'uneasy') return;
  for (const id of chosen.nato) {
    if (!params.concessions.includes(id)) continue;
    addCohesion(step, params.overTheirHeadsCohesion, { kind: 'rule', id: 'allies' }, facts.alliesOverTheirHeads(id));
  }
}

/** The end of the turn for the allies: they weigh Russia's deeds, their belief ages, and they say where they stand. */
export function alliesEndOfTurn(step: Step, chosen: PerSide<readonly string[]>): void {
  const params = step.sc.data.actors?.allies;
  if (!params) return;
  const { s, sc } = step;
  const [lo, hi] = sc.data.model.trustBounds;
  // They read Russia's acts on the order at face value (their own intelligence, not NATO's misreadings), aged like NATO's.
  let trust = clamp(drift(s.allies.trust, params.prior, sc.data.types.hazard), lo, hi);
  for (const id of chosen.russia) {
    const action = sc.actions.get(id);
    if (action?.area === 'order') trust = bayes(trust, boundRatio(action.lr, sc.data.model.maxFactor), lo, hi);
  }
  s.allies.trust = trust;
  const before = s.allies.stance;
  const after = stanceOf(params, trust, s.neighbours);
  s.allies.stance = after;
  if (after !== before) note(step, 'transition', 'allies', facts.alliesStance(after, trust, s.neighbours));
  if (after === 'alarmed' && !chosen.nato.some((id) => params.reassurances.includes(id))) {
    addCohesion(step, params.unansweredCohesion, { kind: 'rule', id: 'allies' }, facts.alliesUnanswered());
  }
}
