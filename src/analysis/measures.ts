// Measures of Model v2 over many games: how often beliefs sit at a bound, how well they track the true types
// (Brier score against the prior's), each side's score by type, and outcome distributions for reach and agency.
import {
  DOCTRINES,
  OUTCOMES,
  simulateGame,
  type CompiledScenario,
  type DoctrineId,
  type GameContext,
  type OutcomeId,
  type PerSide,
  type TypeId,
} from '../engine/index.js';
import { seedOf } from './stats.js';

const SIDES = ['nato', 'russia'] as const;
const AREAS = ['practical', 'order'] as const;
const BP = 10_000;

/** Sums over games, merged by adding (so that any split of the runs gives the same result). */
export interface BeliefTotals {
  runs: number;
  outcomes: Record<OutcomeId, number>;
  /** Side-area-turns, and those within `margin` of a trust bound. */
  beliefTurns: number;
  nearBound: number;
  /** Sum of squared errors of each belief, and of the prior, against the other side's true type (1 partner, 0 adversary). */
  brier: number;
  brierPrior: number;
  /** Final scores summed per side, and split by the side's type in the order area at the start. */
  score: PerSide<number>;
  scoreByType: PerSide<Record<TypeId, { sum: number; n: number }>>;
}

export function emptyBeliefTotals(): BeliefTotals {
  const byType = () => ({ partner: { sum: 0, n: 0 }, adversary: { sum: 0, n: 0 } });
  return {
    runs: 0,
    outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<OutcomeId, number>,
    beliefTurns: 0,
    nearBound: 0,
    brier: 0,
    brierPrior: 0,
    score: { nato: 0, russia: 0 },
    scoreByType: { nato: byType(), russia: byType() },
  };
}

export function mergeBeliefTotals(a: BeliefTotals, b: BeliefTotals): BeliefTotals {
  const out = emptyBeliefTotals();
  for (const t of [a, b]) {
    out.runs += t.runs;
    for (const o of OUTCOMES) out.outcomes[o] += t.outcomes[o];
    out.beliefTurns += t.beliefTurns;
    out.nearBound += t.nearBound;
    out.brier += t.brier;
    out.brierPrior += t.brierPrior;
    for (const side of SIDES) {
      out.score[side] += t.score[side];
      for (const type of ['partner', 'adversary'] as const) {
        out.scoreByType[side][type].sum += t.scoreByType[side][type].sum;
        out.scoreByType[side][type].n += t.scoreByType[side][type].n;
      }
    }
  }
  return out;
}

/** Two points (200 bp) from a bound counts as sitting at it. */
export const NEAR_BOUND_BP = 200;

/** Adds one turn's beliefs of a game in progress to the totals. */
function addTurn(sc: CompiledScenario, t: BeliefTotals, game: GameContext): void {
  const [lo, hi] = sc.data.model.trustBounds;
  const w = game.world;
  for (const observer of SIDES) {
    const observed = observer === 'nato' ? 'russia' : 'nato';
    for (const area of AREAS) {
      const belief = w.trustBy[observer][area];
      // Integer sums (bp²): the totals do not depend on the order in which games are added.
      const truth = w.types[observed][area] === 'partner' ? BP : 0;
      t.beliefTurns += 1;
      if (belief <= lo + NEAR_BOUND_BP || belief >= hi - NEAR_BOUND_BP) t.nearBound += 1;
      t.brier += (belief - truth) ** 2;
      t.brierPrior += (w.prior[observed][area] - truth) ** 2;
    }
  }
}

export interface PlayOptions {
  nato: DoctrineId;
  russia: DoctrineId;
  runs: number;
  baseSeed?: string;
  from?: number;
  noise?: number | undefined;
}

/** Plays runs [from, from + runs) of a pairing and sums the belief measures. */
export function playBeliefs(sc: CompiledScenario, o: PlayOptions): BeliefTotals {
  const t = emptyBeliefTotals();
  const base = o.baseSeed ?? 'trust-deficit';
  for (let i = o.from ?? 0; i < (o.from ?? 0) + o.runs; i++) {
    let startTypes: GameContext['world']['types'] | null = null;
    const result = simulateGame(sc, {
      seed: seedOf(base, i),
      noise: o.noise,
      doctrines: { nato: o.nato, russia: o.russia },
      onTurn: (game) => {
        startTypes ??= { nato: { ...game.world.types.nato }, russia: { ...game.world.types.russia } };
        addTurn(sc, t, game);
      },
    });
    t.runs += 1;
    t.outcomes[result.outcome] += 1;
    const types = startTypes ?? result.game.world.types;
    for (const side of SIDES) {
      const score = result.game.world.score[side];
      t.score[side] += score;
      const bucket = t.scoreByType[side][types[side].order];
      bucket.sum += score;
      bucket.n += 1;
    }
  }
  return t;
}

export interface BeliefSummary {
  runs: number;
  outcomes: Record<OutcomeId, number>;
  /** Share of side-area-turns within two points of a trust bound. */
  saturation: number;
  /** Mean Brier score of the beliefs, and of the prior alone (lower is better). */
  brier: number;
  brierPrior: number;
  meanScore: PerSide<number>;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

export function summarizeBeliefs(t: BeliefTotals): BeliefSummary {
  const n = Math.max(1, t.beliefTurns);
  return {
    runs: t.runs,
    outcomes: t.outcomes,
    saturation: r3(t.nearBound / n),
    brier: r3(t.brier / n / (BP * BP)),
    brierPrior: r3(t.brierPrior / n / (BP * BP)),
    meanScore: { nato: r3(t.score.nato / Math.max(1, t.runs)), russia: r3(t.score.russia / Math.max(1, t.runs)) },
  };
}

/** Total-variation distance between two outcome distributions (counts). */
export function totalVariation(a: Record<OutcomeId, number>, b: Record<OutcomeId, number>): number {
  const na = Math.max(1, OUTCOMES.reduce((s, o) => s + a[o], 0));
  const nb = Math.max(1, OUTCOMES.reduce((s, o) => s + b[o], 0));
  return OUTCOMES.reduce((s, o) => s + Math.abs(a[o] / na - b[o] / nb), 0) / 2;
}

export type Tournament = Record<DoctrineId, Record<DoctrineId, BeliefTotals>>;

/** Every NATO doctrine against every Russian doctrine, `runs` seeds each. */
export function beliefTournament(sc: CompiledScenario, runs: number, baseSeed = 'validity', noise?: number): Tournament {
  const out = {} as Tournament;
  for (const nato of DOCTRINES) {
    out[nato] = {} as Record<DoctrineId, BeliefTotals>;
    for (const russia of DOCTRINES) out[nato][russia] = playBeliefs(sc, { nato, russia, runs, baseSeed, noise });
  }
  return out;
}

/** The most frequent outcome of a distribution (ties: the earlier in OUTCOMES). */
export function modeOf(outcomes: Record<OutcomeId, number>): OutcomeId {
  let best: OutcomeId = OUTCOMES[0];
  for (const o of OUTCOMES) if (outcomes[o] > outcomes[best]) best = o;
  return best;
}

/** For each doctrine of one side, the largest TV distance the other side's choice of doctrine makes against it. */
export function agency(t: Tournament): { nato: Record<DoctrineId, number>; russia: Record<DoctrineId, number> } {
  const nato = {} as Record<DoctrineId, number>;
  const russia = {} as Record<DoctrineId, number>;
  for (const against of DOCTRINES) {
    let bestN = 0;
    let bestR = 0;
    for (const a of DOCTRINES)
      for (const b of DOCTRINES) {
        bestN = Math.max(bestN, totalVariation(t[a][against].outcomes, t[b][against].outcomes));
        bestR = Math.max(bestR, totalVariation(t[against][a].outcomes, t[against][b].outcomes));
      }
    // nato[D]: how much NATO's choice matters against Russia playing D; russia[D]: Russia's choice against NATO's D.
    nato[against] = r3(bestN);
    russia[against] = r3(bestR);
  }
  return { nato, russia };
}
