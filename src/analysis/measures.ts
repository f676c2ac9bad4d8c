// Measures of Model v2 over a tournament: outcome distributions for reach and agency, read from the pairing totals of
// stats.ts (which also carry how often beliefs sit at a bound and how well they track the true types).
import { DOCTRINES, OUTCOMES, type CompiledScenario, type DoctrineId, type OutcomeId } from '../engine/index.js';
import { mergeTotals, playPairing, type PairingTotals } from './stats.js';

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Total-variation distance between two outcome distributions (counts). */
export function totalVariation(a: Record<OutcomeId, number>, b: Record<OutcomeId, number>): number {
  const na = Math.max(
    1,
    OUTCOMES.reduce((s, o) => s + a[o], 0),
  );
  const nb = Math.max(
    1,
    OUTCOMES.reduce((s, o) => s + b[o], 0),
  );
  return OUTCOMES.reduce((s, o) => s + Math.abs(a[o] / na - b[o] / nb), 0) / 2;
}

export type Tournament = Record<DoctrineId, Record<DoctrineId, PairingTotals>>;

/** Every NATO doctrine against every Russian doctrine, `runs` seeds each. */
export function beliefTournament(sc: CompiledScenario, runs: number, baseSeed = 'validity', noise?: number): Tournament {
  const out = {} as Tournament;
  for (const nato of DOCTRINES) {
    out[nato] = {} as Record<DoctrineId, PairingTotals>;
    for (const russia of DOCTRINES) out[nato][russia] = playPairing(sc, { nato, russia, runs, baseSeed, noise });
  }
  return out;
}

/** The sum of the tournament's pairings (all of them, or those of the given doctrines on both sides). */
export function tournamentTotals(t: Tournament, doctrines: readonly DoctrineId[] = DOCTRINES): PairingTotals {
  let sum: PairingTotals | null = null;
  for (const n of doctrines) for (const r of doctrines) sum = sum ? mergeTotals(sum, t[n][r]) : t[n][r];
  return sum!;
}

/** Share of side-area-turns within two points of a trust bound. */
export const saturationOf = (t: PairingTotals): number => r3(t.nearBound / Math.max(1, t.beliefTurns.nato + t.beliefTurns.russia));

/** Mean Brier score of both sides' beliefs, and of the prior alone (lower is better). */
export function brierOf(t: PairingTotals): { beliefs: number; prior: number } {
  const n = Math.max(1, t.beliefTurns.nato + t.beliefTurns.russia) * 100_000_000;
  return { beliefs: r3((t.brier.nato + t.brier.russia) / n), prior: r3((t.brierPrior.nato + t.brierPrior.russia) / n) };
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
