// Statistics over many seeded games of one pairing: the numbers behind simulate, tournament, validity and the model card.
import {
  AREAS,
  countProjects,
  OUTCOMES,
  provocation,
  simulateGame,
  type CompiledScenario,
  type DoctrineId,
  type GameContext,
  type OutcomeId,
  SIDES,
} from '../engine/index.js';

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
  /** Final scores by each side's own type's payoffs, summed. */
  score: { nato: number; russia: number };
  /** Per side-area-turn: squared error of the belief and of the prior against the other side's true type (calibration). */
  beliefTurns: { nato: number; russia: number };
  brier: { nato: number; russia: number };
  brierPrior: { nato: number; russia: number };
  /** Side-area-turns within two points of a trust bound. */
  nearBound: number;
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
    score: { nato: 0, russia: 0 },
    beliefTurns: { nato: 0, russia: 0 },
    brier: { nato: 0, russia: 0 },
    brierPrior: { nato: 0, russia: 0 },
    nearBound: 0,
  };
}

/** Adds one turn's beliefs to the calibration sums: each side's belief about the other against the other's true type. */
function addBeliefs(sc: CompiledScenario, t: PairingTotals, game: GameContext): void {
  const [lo, hi] = sc.data.model.trustBounds;
  const w = game.world;
  for (const side of SIDES) {
    const other = side === 'nato' ? 'russia' : 'nato';
    for (const area of AREAS) {
      const belief = w.trustBy[side][area];
      // Integer sums (bp²), so that the totals do not depend on how the runs were split across workers.
      const truth = w.types[other][area] === 'partner' ? 10_000 : 0;
      t.beliefTurns[side] += 1;
      t.brier[side] += (belief - truth) ** 2;
      t.brierPrior[side] += (w.prior[other][area] - truth) ** 2;
      if (belief <= lo + 200 || belief >= hi - 200) t.nearBound += 1;
    }
  }
}

const COLLAPSE_BP = 2000;

function addGame(sc: CompiledScenario, t: PairingTotals, game: GameContext): void {
  const w = game.world;
  t.score.nato += w.score.nato;
  t.score.russia += w.score.russia;
  t.runs += 1;
  t.outcomes[game.outcome!] += 1;
  for (const side of SIDES) {
    t.trust[side] += w.trust[side];
    t.trustSquares[side] += w.trust[side] * w.trust[side];
    t.security[side] += w.security[side];
  }
  t.delivered += countProjects(w, ['delivered']);
  let provoked = false;
  // An echo: a side perceives a defection in a turn right after the other side perceived one from it.
  let previous = { nato: false, russia: false };
  for (const turn of game.history) {
    // A perceived defection: a move read as provoking, by the strength of its evidence (cheap talk never is one).
    const now = {
      nato: AREAS.some((a) => provocation(sc, turn.perceived.nato, a) > 0),
      russia: AREAS.some((a) => provocation(sc, turn.perceived.russia, a) > 0),
    };
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
    const played = simulateGame(sc, {
      seed: seedOf(base, i),
      noise: o.noise,
      doctrines: { nato: o.nato, russia: o.russia },
      onTurn: (game) => addBeliefs(sc, totals, game),
    });
    addGame(sc, totals, played.game);
  }
  return totals;
}

export function mergeTotals(a: PairingTotals, b: PairingTotals): PairingTotals {
  const sum = emptyTotals();
  for (const t of [a, b]) {
    sum.runs += t.runs;
    for (const o of OUTCOMES) sum.outcomes[o] += t.outcomes[o];
    for (const side of SIDES) {
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
    for (const side of SIDES) {
      sum.score[side] += t.score[side];
      sum.beliefTurns[side] += t.beliefTurns[side];
      sum.brier[side] += t.brier[side];
      sum.brierPrior[side] += t.brierPrior[side];
    }
    sum.nearBound += t.nearBound;
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
  /** Mean final score per side, by its own type's payoffs. */
  score: { nato: number; russia: number };
  /** Calibration per side: the Brier score of its beliefs about the other, and that of the prior alone (lower is better). */
  calibration: { nato: { beliefs: number; prior: number }; russia: { beliefs: number; prior: number } };
  /** Share of side-area-turns within two points of a trust bound. */
  saturation: number;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** A mean squared error in bp² as a Brier score (0–1). */
const brierOf = (sum: number, n: number): number => round3(sum / Math.max(1, n) / 100_000_000);

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
    score: { nato: round1(t.score.nato / n), russia: round1(t.score.russia / n) },
    calibration: {
      nato: { beliefs: brierOf(t.brier.nato, t.beliefTurns.nato), prior: brierOf(t.brierPrior.nato, t.beliefTurns.nato) },
      russia: { beliefs: brierOf(t.brier.russia, t.beliefTurns.russia), prior: brierOf(t.brierPrior.russia, t.beliefTurns.russia) },
    },
    saturation: round3(t.nearBound / Math.max(1, t.beliefTurns.nato + t.beliefTurns.russia)),
  };
}
