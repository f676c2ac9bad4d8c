// Each side observes the other's actions and updates its belief in the act's area, and by its spillover in the other.
// Ambiguous acts may be misread both ways (Jervis): as hostile, more often at low trust (the spiral), or as benign,
// more often at high trust (the blind spot); the chance never falls to zero, and a misreading applies one of the act's
// own readings, so it never moves a belief more than the act's strongest reading would.
import { BP, clamp, divRound, type Fraction } from './arith.js';
import type { CompiledScenario } from './compile.js';
import { facts } from './facts.js';
import { updateTrust } from './step.js';
import { note, type Step } from './log.js';
import { otherArea, otherSide, type PerceivedAction, type Side } from './state.js';
import type { ActionData } from '../scenario/schema.js';

/** No more than this share of an act's observations is misread in one direction, whatever the noise. */
const MAX_CHANCE = 4500;

/** The weight of a belief in a misreading's chance: 1 at the most unfavourable belief, `floor` at the most favourable. */
const weight = (floor: number, unfavourable: number): number => floor + divRound((BP - floor) * unfavourable, BP);

/**
 * Chance (bp) that `observer`, holding `belief` in the act's area, reads an act of this ambiguity as hostile (towards
 * low belief) or as benign (towards high belief): noise × ambiguity/100 × weight, capped at 45 %.
 */
export function misreadChance(noise: number, ambiguity: number, belief: number, floor: number, direction: 'hostile' | 'benign'): number {
  const w = weight(floor, direction === 'hostile' ? BP - belief : belief);
  return clamp(divRound(noise * ambiguity * w, 100 * BP), 0, MAX_CHANCE);
}

const friendly = ([n, d]: Fraction): boolean => n > d;
const mirror = ([n, d]: Fraction): Fraction => [d, n];

/** The hostile reading of an act: its declared one, or its own ratio taken the unfriendly way round (never stronger). */
export function hostileReading(action: ActionData): Fraction {
  if (action.misread) return action.misread.lr;
  return friendly(action.lr) ? mirror(action.lr) : action.lr;
}

/** The benign reading of an act: its declared one, or "routine", a ratio of one. */
export function benignReading(action: ActionData): Fraction {
  return action.benign?.lr ?? [1, 1];
}

/** Which ways an act can be misread: a cooperative act only as hostile, a hostile one only as benign, a neutral one both. */
export function misreadable(action: ActionData): { hostile: boolean; benign: boolean } {
  if (action.ambiguity === 0) return { hostile: false, benign: false };
  return { hostile: action.stance !== 'competitive', benign: action.stance !== 'cooperative' };
}

/** The spiral (Jervis): an insecure observer's chance of a hostile reading, raised by its insecurity, within the cap. */
function insecure(step: Step, observer: Side, chance: number): number {
  const insecurity = step.sc.data.model.insecurity;
  if (!insecurity) return chance;
  const short = Math.max(0, insecurity.below - step.s.security[observer]);
  return short === 0 ? chance : Math.min(MAX_CHANCE, divRound(chance * (100 + short * insecurity.perPoint), 100));
}

function draw(step: Step, action: ActionData, observer: Side): 'hostile' | 'benign' | null {
  const noise = step.s.noise;
  if (noise === 0) return null;
  const can = misreadable(action);
  if (!can.hostile && !can.benign) return null;
  const belief = step.s.trustBy[observer][action.area];
  const floor = step.sc.data.model.misreadFloor;
  const hostile = can.hostile ? insecure(step, observer, misreadChance(noise, action.ambiguity, belief, floor, 'hostile')) : 0;
  const benign = can.benign ? misreadChance(noise, action.ambiguity, belief, floor, 'benign') : 0;
  const u = step.rng.int(BP);
  return u < hostile ? 'hostile' : u < hostile + benign ? 'benign' : null;
}

/** The other side observes one action of `actor`; returns what it perceived. */
export function observe(step: Step, actor: Side, id: string): PerceivedAction {
  const action = step.sc.actions.get(id)!;
  const observer = otherSide(actor);
  const area = action.area;
  const reading = draw(step, action, observer);
  if (action.spillover) {
    updateTrust(step, observer, otherArea(area), action.spillover, { kind: 'action', id, by: actor }, facts.observed(observer, actor, id));
  }
  if (reading === null) {
    updateTrust(step, observer, area, action.lr, { kind: 'action', id, by: actor }, facts.observed(observer, actor, id));
    return { id, stance: action.stance, area, ratio: action.lr, misread: false };
  }
  const ratio = reading === 'hostile' ? hostileReading(action) : benignReading(action);
  const fact = facts.misread(observer, id, reading);
  note(step, 'misread', id, fact);
  updateTrust(step, observer, area, ratio, { kind: 'action', id, by: actor, misread: true }, fact);
  return { id, stance: reading === 'hostile' ? 'competitive' : 'neutral', area, ratio, misread: true, reading };
}

/** The ratio an observer applies to an act read correctly, in its area: for checks and explanations. */
export const correctReading = (sc: CompiledScenario, id: string): Fraction => sc.actions.get(id)!.lr;
