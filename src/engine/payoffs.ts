// Payoffs (Model v2): each side scores every turn, in each area, by its own type's payoffs over the two moves
// (Kydd): a partner's form an assurance game (R > T > P > S), an adversary's a prisoner's dilemma (T > R > P > S).
import type { PayoffData } from '../scenario/schema.js';
import { boundRatio, divRound, mulRatio, type Fraction } from './arith.js';
import type { CompiledScenario } from './compile.js';
import { AREAS, otherSide, SIDES, type Area, type Move, type PerArea, type PerSide, type TypeId, type WorldState } from './state.js';

/** The product of the ratios of a list of acts, in the area they belong to, kept small. */
export function evidenceIn(sc: CompiledScenario, ids: readonly string[], area: Area): Fraction {
  let product: Fraction = [1, 1];
  for (const id of ids) {
    const action = sc.actions.get(id);
    if (action?.area === area) product = boundRatio(mulRatio(product, action.lr), 1000);
  }
  return product;
}

/** Talk is not a move: pledges and criticism are what both types say (cheap talk). */
const isTalk = (id: string): boolean => id.startsWith('talk.');

/** A side's move in an area, from what it actually did there: C if it took a cooperative step and no competitive one. */
export function moveOf(sc: CompiledScenario, ids: readonly string[], area: Area): Move {
  let cooperated = false;
  for (const id of ids) {
    const action = sc.actions.get(id);
    if (!action || action.area !== area || isTalk(id)) continue;
    if (action.stance === 'competitive') return 'D';
    if (action.stance === 'cooperative') cooperated = true;
  }
  return cooperated ? 'C' : 'D';
}

export function movesOf(sc: CompiledScenario, chosen: PerSide<readonly string[]>): PerSide<PerArea<Move>> {
  const out = { nato: { practical: 'D', order: 'D' }, russia: { practical: 'D', order: 'D' } } as PerSide<PerArea<Move>>;
  for (const side of SIDES) for (const area of AREAS) out[side][area] = moveOf(sc, chosen[side], area);
  return out;
}

/** The payoff table entry for own move against the other's. */
export function payoffOf(table: PayoffData, own: Move, other: Move): number {
  if (own === 'C') return other === 'C' ? table.R : table.S;
  return other === 'C' ? table.T : table.P;
}

/** The payoff table of a type in an area. */
export const tableOf = (sc: CompiledScenario, type: TypeId, area: Area): PayoffData => sc.data.payoffs[type][area];

/**
 * Kydd's reassurance threshold for a partner: it cooperates when its belief that the other is a partner exceeds
 * (P − S) / ((P − S) + (R − T)), in bp; it exists because a partner has R > T.
 */
export function cooperationThreshold(table: PayoffData): number {
  const risk = table.P - table.S;
  const gain = table.R - table.T;
  return gain <= 0 ? 10_000 : divRound(10_000 * Math.max(0, risk), Math.max(0, risk) + gain);
}

/**
 * For an adversary: the belief above which exploiting pays more than cooperating, if a partner would go on cooperating
 * (T) and an adversary would answer in kind (P), against mutual cooperation (R): (R − P) / (T − P), in bp.
 */
export function exploitThreshold(table: PayoffData): number {
  const span = table.T - table.P;
  return span <= 0 ? 10_000 : divRound(10_000 * Math.max(0, table.R - table.P), span);
}

/** Scores the turn into the world: each side, each area, by its own type; returns the moves and this turn's payoffs. */
export function scoreTurn(
  sc: CompiledScenario,
  s: WorldState,
  chosen: PerSide<readonly string[]>,
): { moves: PerSide<PerArea<Move>>; payoff: PerSide<number> } {
  const moves = movesOf(sc, chosen);
  const payoff = { nato: 0, russia: 0 };
  for (const side of SIDES) {
    for (const area of AREAS)
      payoff[side] += payoffOf(tableOf(sc, s.types[side][area], area), moves[side][area], moves[otherSide(side)][area]);
    s.score[side] += payoff[side];
  }
  return { moves, payoff };
}
