// Statistics over many seeded games of one pairing: the numbers behind simulate, tournament, validity and the model card.
import { countProjects, OUTCOMES, simulateGame, stanceOfTurn, type CompiledScenario, type DoctrineId, type GameContext, type OutcomeId } from '../engine/index.js';

export interface PairingOptions {
  nato: DoctrineId;
  russia: DoctrineId;
  runs: number;
  /** Seeds are `${baseSeed}/${i}`: any slice of the runs can be played anywhere and gives the same games. */
  baseSeed?: string;
  /** First run index (for splitting a batch across workers). */
  from?: number;
  noise?: number | undefined;
}

/** Sums over games; merged across workers by adding, so that results do not depend on how the runs were split. */
export interface PairingTotals {
  runs: number;
  outcomes: Record<OutcomeId, number>;
  trust: { nato: number; russia: number };
  trustSquares: { nato: number; russia: number };
  security: { nato: number; russia: number };
  delivered: number;
  /** Turns in which a side perceived the other's moves as competitive, and all side-turns. */
  perceivedDefections: number;
  sideTurns: number;
  /** Retaliations that answered a perceived defection which was itself an answer: echoes (Axelrod). */
  echoes: number;
  /** Games where either side's trust ended below 20 %. */
  collapsed: number;
  /** Games with at least one perceived defection, and those of them that ended collapsed. */
  provoked: number;
  provokedCollapsed: number;
}

export const seedOf = (baseSeed: string, i: number): string => `${baseSeed}/${i}`;

export function emptyTotals(): PairingTotals {
  return {
    runs: 0,
    outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<OutcomeId, number>,
    trust: { nato: 0, russia: 0 },
    trustSquares: { nato: 0, russia: 0 },
    security: { nato: 0, russia: 0 },
    delivered: 0,
    perceivedDefections: 0,
    sideTurns: 0,
    echoes: 0,
    collapsed: 0,
    provoked: 0,
    provokedCollapsed: 0,
  };
}

const COLLAPSE_BP = 2000;

function addGame(t: PairingTotals, game: GameContext): void {
  const w = game.world;
  t.runs += 1;
  t.outcomes[game.outcome!] += 1;
  for (const side of ['nato', 'russia'] as const) {
    t.trust[side] += w.trust[side];
    t.trustSquares[side] += w.trust[side] * w.trust[side];
    t.security[side] += w.security[side];
  }
  t.delivered += countProjects(w, ['delivered']);
  let provoked = false;
  // An echo: a side perceives a defection in a turn right after the other side perceived one from it.
  let previous = { nato: false, russia: false };
  for (const turn of game.history) {
    const now = { nato: stanceOfTurn(turn.perceived.nato) === 'competitive', russia: stanceOfTurn(turn.perceived.russia) === 'competitive' };
    t.perceivedDefections += Number(now.nato) + Number(now.russia);
    t.sideTurns += 2;
    if (now.nato && previous.russia) t.echoes += 1;
    if (now.russia && previous.nato) t.echoes += 1;
    provoked ||= now.nato || now.russia;
    previous = now;
  }
  const collapsed = Math.min(w.trust.nato, w.trust.russia) < COLLAPSE_BP;
  t.collapsed += Number(collapsed);
  t.provoked += Number(provoked);
  t.provokedCollapsed += Number(provoked && collapsed);
}

/** Plays runs [from, from + runs) of a pairing and sums them. */
export function playPairing(sc: CompiledScenario, o: PairingOptions): PairingTotals {
  const totals = emptyTotals();
  const base = o.baseSeed ?? 'trust-deficit';
  const from = o.from ?? 0;
  for (let i = from; i < from + o.runs; i++) {
    addGame(totals, simulateGame(sc, { seed: seedOf(base, i), noise: o.noise, doctrines: { nato: o.nato, russia: o.russia } }).game);
  }
  return totals;
}

export function mergeTotals(a: PairingTotals, b: PairingTotals): PairingTotals {
  const sum = emptyTotals();
  for (const t of [a, b]) {
    sum.runs += t.runs;
    for (const o of OUTCOMES) sum.outcomes[o] += t.outcomes[o];
    for (const side of ['nato', 'russia'] as const) {
      sum.trust[side] += t.trust[side];
      sum.trustSquares[side] += t.trustSquares[side];
      sum.security[side] += t.security[side];
    }
    sum.delivered += t.delivered;
    sum.perceivedDefections += t.perceivedDefections;
    sum.sideTurns += t.sideTurns;
    sum.echoes += t.echoes;
    sum.collapsed += t.collapsed;
    sum.provoked += t.provoked;
    sum.provokedCollapsed += t.provokedCollapsed;
  }
  return sum;
}

export interface PairingSummary {
  runs: number;
  outcomes: Record<OutcomeId, number>;
  /** Mean final trust, 0–100, and its standard deviation across games. */
  trust: { nato: number; russia: number };
  trustSd: { nato: number; russia: number };
  security: { nato: number; russia: number };
  delivered: number;
  perceivedDefectionRate: number;
  echoesPerGame: number;
  collapsedShare: number;
  /** Of the games with a perceived defection, the share that ended with trust collapsed. */
  collapsedWhenProvoked: number;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export function summarize(t: PairingTotals): PairingSummary {
  const n = Math.max(1, t.runs);
  const mean = (sum: number): number => sum / n / 100;
  const sd = (sum: number, squares: number): number => Math.sqrt(Math.max(0, squares / n - (sum / n) ** 2)) / 100;
  return {
    runs: t.runs,
    outcomes: t.outcomes,
    trust: { nato: round1(mean(t.trust.nato)), russia: round1(mean(t.trust.russia)) },
    trustSd: { nato: round1(sd(t.trust.nato, t.trustSquares.nato)), russia: round1(sd(t.trust.russia, t.trustSquares.russia)) },
    security: { nato: round1(t.security.nato / n), russia: round1(t.security.russia / n) },
    delivered: round1(t.delivered / n),
    perceivedDefectionRate: round3(t.perceivedDefections / Math.max(1, t.sideTurns)),
    echoesPerGame: round1(t.echoes / n),
    collapsedShare: round3(t.collapsed / n),
    collapsedWhenProvoked: round3(t.provokedCollapsed / Math.max(1, t.provoked)),
  };
}
