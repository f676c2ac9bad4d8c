// Each side observes the other's actions and updates its belief; ambiguous actions may be misread (the spiral).
import { clamp, divRound } from './arith.js';
import { messages } from './messages.js';
import { note, updateTrust, type Step } from './step.js';
import { otherSide, type PerceivedAction, type Side } from './state.js';

/** Chance (bp) that `observer` misreads an action of this ambiguity: it grows as the observer's trust falls (Jervis). */
export function misreadChance(noise: number, ambiguity: number, observerTrust: number): number {
  return clamp(divRound(noise * ambiguity * (10_000 - observerTrust), 100 * 5000), 0, 9000);
}

/** The other side observes one action of `actor`; returns what it perceived. */
export function observe(step: Step, actor: Side, id: string): PerceivedAction {
  const action = step.sc.actions.get(id)!;
  const observer = otherSide(actor);
  const chance = action.ambiguity > 0 && step.s.noise > 0 ? misreadChance(step.s.noise, action.ambiguity, step.s.trust[observer]) : 0;
  if (chance > 0 && step.rng.chance(chance)) {
    const as = action.misread?.as ?? 'a hostile move';
    const text = messages.misread(observer, action.name, as);
    note(step, 'misread', id, text);
    updateTrust(step, observer, action.misread?.lr ?? step.sc.data.model.misreadLr, { kind: 'action', id, by: actor, misread: true }, text);
    return { id, stance: 'competitive', misread: true };
  }
  updateTrust(step, observer, action.lr, { kind: 'action', id, by: actor }, messages.observed(observer, actor, action.name));
  return { id, stance: action.stance, misread: false };
}
