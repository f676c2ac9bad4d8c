// The debrief's numbers, pure and node-testable: which decisions moved trust most, trust over time, the historical
// path beside the player's, and "choices or luck" (the player's choices replayed on other seeds).
import {
  headline,
  OUTCOMES,
  runGame,
  simulateGame,
  type CompiledScenario,
  type DoctrineId,
  type GameContext,
  type OutcomeId,
  type PerSide,
  type Side,
  type TurnRecord,
} from '../engine/index.js';
import { largestRemainder } from './shares.js';

/** One decision (a side's action in a turn) and how much trust it moved, on either side. */
export interface TopDecision {
  turn: number;
  label: string;
  side: Side;
  action: string;
  /** The action's name from the scenario (content text: render as text). */
  name: string;
  /** Signed change of the observer's trust in bp (the other side's trust), summed over the turn's changes it caused. */
  delta: number;
  /** Sum of |Δtrust| in bp caused by the action: the ranking key. */
  magnitude: number;
  /** True when at least part of the change came from a misreading. */
  misread: boolean;
  /** "Source: note" of the action, as given in the scenario. */
  citation: string;
}

const isTrust = (meter: string): meter is 'trust.nato' | 'trust.russia' => meter === 'trust.nato' || meter === 'trust.russia';

/** Per (turn, side, action): the sum of |Δtrust| that action caused (observed or misread), the largest first. */
export function topDecisions(sc: CompiledScenario, game: Pick<GameContext, 'history'>, n = 10): TopDecision[] {
  const byKey = new Map<string, TopDecision>();
  for (const record of game.history) {
    for (const change of record.changes) {
      const { cause } = change;
      if (cause.kind !== 'action' || !cause.by || !isTrust(change.meter)) continue;
      const key = `${record.turn}|${cause.by}|${cause.id}`;
      let entry = byKey.get(key);
      if (!entry) {
        entry = {
          turn: record.turn,
          label: record.label,
          side: cause.by,
          action: cause.id,
          name: sc.actions.get(cause.id)?.name ?? cause.id,
          delta: 0,
          magnitude: 0,
          misread: false,
          citation: change.source ?? sc.citations.get(cause.id) ?? '',
        };
        byKey.set(key, entry);
      }
      const d = change.after - change.before;
      entry.delta += d;
      entry.magnitude += Math.abs(d);
      if (cause.misread) entry.misread = true;
    }
  }
  const sideOrder = (s: Side): number => (s === 'nato' ? 0 : 1);
  return [...byKey.values()]
    .filter((d) => d.magnitude > 0)
    .sort(
      (a, b) => b.magnitude - a.magnitude || a.turn - b.turn || sideOrder(a.side) - sideOrder(b.side) || a.action.localeCompare(b.action),
    )
    .slice(0, Math.max(0, n));
}

export interface TrustPoint {
  /** Calendar index of the turn; -1 for the start of the game. */
  turn: number;
  label: string;
  /** NATO's trust in Russia, bp. */
  nato: number;
  /** Russia's trust in NATO, bp. */
  russia: number;
}

type Beliefs = PerSide<{ practical: number; order: number }>;
// The engine's own rule for the headline, so that the chart and the gauges can never disagree with it.
const headlineOf = headline;

/** The initial headline trust of a scenario (the mean of its two areas, as the engine forms it). */
export function initialHeadline(sc: CompiledScenario): PerSide<number> {
  const t = sc.data.initial.trust;
  return { nato: headlineOf(t.nato), russia: headlineOf(t.russia) };
}

/** The beliefs at a turn's end: the recorded end state, or else the last trust change logged in the turn, per area. */
function endBeliefs(record: TurnRecord, before: Beliefs): Beliefs {
  if (record.end) return { nato: { ...record.end.trustBy.nato }, russia: { ...record.end.trustBy.russia } };
  const by = { nato: { ...before.nato }, russia: { ...before.russia } };
  for (const c of record.changes) {
    if (!c.area) continue;
    if (c.meter === 'trust.nato') by.nato[c.area] = c.after;
    else if (c.meter === 'trust.russia') by.russia[c.area] = c.after;
  }
  return by;
}

/** Per turn, both trusts at the end of the turn. With `sc`, the series starts with the initial trust (turn -1, "start"). */
export function trustSeries(game: Pick<GameContext, 'history'>, sc?: CompiledScenario, startLabel = 'start'): TrustPoint[] {
  const points: TrustPoint[] = [];
  const init = sc?.data.initial.trust;
  let by: Beliefs = init
    ? { nato: { ...init.nato }, russia: { ...init.russia } }
    : { nato: { practical: 0, order: 0 }, russia: { practical: 0, order: 0 } };
  if (sc) points.push({ turn: -1, label: startLabel, nato: headlineOf(by.nato), russia: headlineOf(by.russia) });
  for (const record of game.history) {
    by = endBeliefs(record, by);
    points.push({ turn: record.turn, label: record.label, nato: headlineOf(by.nato), russia: headlineOf(by.russia) });
  }
  return points;
}

/** The per-turn actions of one side: the one-sided script of "choices or luck". */
export function sideScript(game: Pick<GameContext, 'history'>, side: Side): string[][] {
  return game.history.map((t) => [...t.actions[side]]);
}

/** The historical run of the same scenario, seed and noise: both sides play their record (then reciprocate). */
export function historicalGame(sc: CompiledScenario, seed: string, noise?: number): GameContext | null {
  const run = runGame(sc, { seed, noise, doctrines: { nato: 'historical', russia: 'historical' } });
  return run.ok ? run.game : null;
}

export interface PathRow {
  turn: number;
  label: string;
  player: { actions: PerSide<string[]>; trust: PerSide<number> } | null;
  historical: { actions: PerSide<string[]>; trust: PerSide<number> } | null;
}

/** The player's path turn by turn next to the historical one (either may be shorter: a game in progress). */
export function comparePaths(
  sc: CompiledScenario,
  player: Pick<GameContext, 'history'>,
  historical: Pick<GameContext, 'history'> | null,
): PathRow[] {
  const mine = trustSeries(player);
  const theirs = historical ? trustSeries(historical) : [];
  const rows: PathRow[] = [];
  for (let i = 0; i < sc.labels.length; i++) {
    const p = player.history[i];
    const h = historical?.history[i];
    if (!p && !h) continue;
    const pt = mine[i];
    const ht = theirs[i];
    rows.push({
      turn: i,
      label: sc.labels[i]!,
      player:
        p && pt
          ? { actions: { nato: [...p.actions.nato], russia: [...p.actions.russia] }, trust: { nato: pt.nato, russia: pt.russia } }
          : null,
      historical:
        h && ht
          ? { actions: { nato: [...h.actions.nato], russia: [...h.actions.russia] }, trust: { nato: ht.nato, russia: ht.russia } }
          : null,
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Choices or luck

export interface LuckRequest {
  side: Side;
  /** The player's actions, turn by turn. */
  script: readonly (readonly string[])[];
  opponent: DoctrineId;
  seed: string;
  noise?: number | undefined;
}

/** Sums over replays; merged by adding, so the result does not depend on how the runs were split. */
export interface LuckTotals {
  runs: number;
  outcomes: Record<OutcomeId, number>;
  /** Sum of final trusts (bp), for the means. */
  trust: PerSide<number>;
  /** Scripted actions a seed did not allow (dropped), and runs that dropped at least one. */
  dropped: number;
  runsWithDrops: number;
  /** The outcomes of the runs that followed the player's choices exactly (dropped nothing). */
  exactOutcomes: Record<OutcomeId, number>;
}

export const LUCK_RUNS = 200;
export const luckSeed = (seed: string, i: number): string => `${seed}/luck/${i}`;

export function emptyLuck(): LuckTotals {
  return {
    runs: 0,
    outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<OutcomeId, number>,
    trust: { nato: 0, russia: 0 },
    dropped: 0,
    runsWithDrops: 0,
    exactOutcomes: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<OutcomeId, number>,
  };
}

export function mergeLuck(a: LuckTotals, b: LuckTotals): LuckTotals {
  const outcomes = { ...a.outcomes };
  const exactOutcomes = { ...a.exactOutcomes };
  for (const o of OUTCOMES) {
    outcomes[o] += b.outcomes[o];
    exactOutcomes[o] += b.exactOutcomes[o];
  }
  return {
    runs: a.runs + b.runs,
    outcomes,
    trust: { nato: a.trust.nato + b.trust.nato, russia: a.trust.russia + b.trust.russia },
    dropped: a.dropped + b.dropped,
    runsWithDrops: a.runsWithDrops + b.runsWithDrops,
    exactOutcomes,
  };
}

/** Replays the player's choices on one other seed (the opponent doctrine plays the other side); returns the totals of that run. */
export function playLuckRun(sc: CompiledScenario, request: LuckRequest, i: number): LuckTotals {
  const script = request.script.map((actions): Partial<PerSide<readonly string[]>> =>
    request.side === 'nato' ? { nato: actions } : { russia: actions },
  );
  const doctrines: PerSide<DoctrineId> =
    request.side === 'nato' ? { nato: 'reciprocator', russia: request.opponent } : { nato: request.opponent, russia: 'reciprocator' };
  const result = simulateGame(sc, { seed: luckSeed(request.seed, i), noise: request.noise, doctrines, script });
  const totals = emptyLuck();
  totals.runs = 1;
  totals.outcomes[result.outcome] = 1;
  totals.trust = { ...result.game.world.trust };
  totals.dropped = result.dropped;
  totals.runsWithDrops = result.dropped > 0 ? 1 : 0;
  if (result.dropped === 0) totals.exactOutcomes[result.outcome] = 1;
  return totals;
}

/** Runs `from .. from+count-1`, calling `onProgress` after each (for the worker's progress messages). */
export function playLuck(
  sc: CompiledScenario,
  request: LuckRequest,
  from: number,
  count: number,
  onProgress?: (done: number, totals: LuckTotals) => void,
): LuckTotals {
  let totals = emptyLuck();
  for (let i = from; i < from + count; i++) {
    totals = mergeLuck(totals, playLuckRun(sc, request, i));
    onProgress?.(i - from + 1, totals);
  }
  return totals;
}

/** unclear: too few replays could follow the player's choices exactly to tell choices from luck. */
export type LuckVerdict = 'choices' | 'mixed' | 'luck' | 'unclear';

export interface LuckSummary {
  runs: number;
  /** The outcomes the scenario can produce, with counts and whole-percent shares adding up to 100, in OUTCOMES order. */
  distribution: { outcome: OutcomeId; count: number; percent: number }[];
  /** The share (whole percent, as in the distribution) of all replays that reached the player's outcome. */
  samePercent: number;
  /** Replays that followed the player's choices exactly (no action dropped), and how many of them reached the same outcome. */
  exactRuns: number;
  exactSame: number;
  /** exactSame of exactRuns in whole percent (0 without exact replays). */
  exactPercent: number;
  /** The most frequent outcome (ties: the earlier in OUTCOMES). */
  mode: OutcomeId | null;
  meanTrust: PerSide<number>;
  dropped: number;
  runsWithDrops: number;
  /**
   * Judged on the replays that followed the choices exactly: choices when ≥ 70 % of them reach the player's outcome,
   * luck when < 40 %, mixed otherwise; unclear when fewer than LUCK_MIN_EXACT of them could (the rest had to drop actions,
   * so they did not replay the player's decisions).
   */
  verdict: LuckVerdict;
}

export const CHOICES_AT = 70;
export const LUCK_BELOW = 40;
/** Fewer exact replays than this (a tenth of the default 200) say too little to judge. */
export const LUCK_MIN_EXACT = 20;

const share = (count: number, runs: number): number => (runs === 0 ? 0 : Math.round((100 * count) / runs));

/** `possible`: the outcomes the scenario can produce (see outcome-progress.ts); others are listed only if a run reached them. */
export function summarizeLuck(totals: LuckTotals, playerOutcome: OutcomeId | null, possible: readonly OutcomeId[] = OUTCOMES): LuckSummary {
  const { runs } = totals;
  const listed = OUTCOMES.filter((o) => possible.includes(o) || totals.outcomes[o] > 0);
  const shares = largestRemainder(listed.map((o) => totals.outcomes[o]));
  const distribution = listed.map((outcome, i) => ({ outcome, count: totals.outcomes[outcome], percent: shares[i]! }));
  let mode: OutcomeId | null = null;
  for (const d of distribution) if (d.count > 0 && (mode === null || d.count > totals.outcomes[mode])) mode = d.outcome;
  const samePercent = distribution.find((d) => d.outcome === playerOutcome)?.percent ?? 0;
  const exactRuns = runs - totals.runsWithDrops;
  const exactSame = playerOutcome ? totals.exactOutcomes[playerOutcome] : 0;
  const exactPercent = share(exactSame, exactRuns);
  const verdict: LuckVerdict =
    exactRuns < LUCK_MIN_EXACT ? 'unclear' : exactPercent >= CHOICES_AT ? 'choices' : exactPercent < LUCK_BELOW ? 'luck' : 'mixed';
  return {
    runs,
    distribution,
    samePercent,
    exactRuns,
    exactSame,
    exactPercent,
    mode,
    meanTrust: { nato: runs ? Math.round(totals.trust.nato / runs) : 0, russia: runs ? Math.round(totals.trust.russia / runs) : 0 },
    dropped: totals.dropped,
    runsWithDrops: totals.runsWithDrops,
    verdict,
  };
}
