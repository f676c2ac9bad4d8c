// The class board's cross-game analysis, pure and node-testable: where the teams' games diverged (on decisions, in the
// same situation), the widest trust gaps, each turn's actions side by side, what each team lived through (events,
// injections, notes, misreadings) and the historical path of the same scenario and seed. The UI only renders it.
import { SIDES } from '../engine/index.js';
import type { CompiledScenario, GameContext, PerSide, Side, TurnRecord } from '../engine/index.js';
import { historicalGame, trustSeries, type TrustPoint } from './debrief.js';

type Turns = Pick<GameContext, 'history'>;

/** A game on the board: its turns and the situation it started from (scenario, seed and noise: see startKey). */
export interface BoardGame extends Turns {
  start: string;
}

/** Two games start in the same situation when they are of the same scenario, seed and misperception setting. */
export const startKey = (scenario: string, seed: string, noise: number | undefined): string =>
  JSON.stringify([scenario, seed, noise ?? null]);

/** A side's actions of a turn as a comparable key (order-insensitive); null when the game has no such turn. */
function actionKey(game: Turns, turn: number, side: Side): string | null {
  const record = game.history[turn];
  return record ? [...record.actions[side]].sort().join('|') : null;
}

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/**
 * Whether two games faced the same situation at the start of turn `turn`: the same start and, after the first turn, the
 * same state at the end of the turn before (its hash: the same world, not the same outcome) and the same injections.
 */
export function sameSituation(a: BoardGame, b: BoardGame, turn: number): boolean {
  if (a.start !== b.start || !a.history[turn] || !b.history[turn]) return false;
  if (turn > 0 && a.history[turn - 1]!.hash !== b.history[turn - 1]!.hash) return false;
  return sameList(a.history[turn].injected, b.history[turn].injected);
}

/**
 * True when two of the games were in the same situation at turn `turn` (0-based: see sameSituation) and chose
 * differently there. Games of different seeds, or parted earlier, always play differently: that is not a difference of
 * choice, and is not marked.
 */
export function turnDiffers(games: readonly BoardGame[], turn: number): boolean {
  for (let a = 0; a < games.length; a++)
    for (let b = a + 1; b < games.length; b++) {
      const ga = games[a]!;
      const gb = games[b]!;
      if (sameSituation(ga, gb, turn) && SIDES.some((side) => actionKey(ga, turn, side) !== actionKey(gb, turn, side))) return true;
    }
  return false;
}

/** Where two games parted: the first turn they were in the same situation and chose differently. */
export interface Divergence {
  /** The two games, as indices in the order given (a < b). */
  a: number;
  b: number;
  turn: number;
  label: string;
  /** The sides that chose differently there. */
  sides: Side[];
  actions: [PerSide<string[]>, PerSide<string[]>];
}

/** How a pair of games compares: parted at a decision, never parted, or never in the same situation. */
export type PairComparison =
  | { kind: 'diverged'; divergence: Divergence }
  /** The same choices in every half-year both played (one may be shorter: a partial game). */
  | { kind: 'same'; a: number; b: number; turns: number }
  /** Different starts (seed, noise), or the teacher's injections parted them before any choice did. */
  | { kind: 'apart'; a: number; b: number; turn: number };

export function comparePair(games: readonly BoardGame[], a: number, b: number): PairComparison {
  const ga = games[a]!;
  const gb = games[b]!;
  const turns = Math.min(ga.history.length, gb.history.length);
  for (let turn = 0; turn < turns; turn++) {
    if (!sameSituation(ga, gb, turn)) return { kind: 'apart', a, b, turn };
    const sides = SIDES.filter((side) => actionKey(ga, turn, side) !== actionKey(gb, turn, side));
    if (sides.length === 0) continue;
    const ra = ga.history[turn]!;
    const rb = gb.history[turn]!;
    const copy = (r: TurnRecord): PerSide<string[]> => ({ nato: [...r.actions.nato], russia: [...r.actions.russia] });
    return { kind: 'diverged', divergence: { a, b, turn, label: ra.label, sides, actions: [copy(ra), copy(rb)] } };
  }
  return ga.start === gb.start ? { kind: 'same', a, b, turns } : { kind: 'apart', a, b, turn: 0 };
}

/** Every pair of games compared on decisions (a before b, in the order given). */
export function comparePairs(games: readonly BoardGame[]): PairComparison[] {
  const out: PairComparison[] = [];
  for (let a = 0; a < games.length; a++) for (let b = a + 1; b < games.length; b++) out.push(comparePair(games, a, b));
  return out;
}

/** The earliest decision divergence among all pairs (ties: the first pair), or null when no pair ever parted so. */
export function firstDivergence(games: readonly BoardGame[]): Divergence | null {
  let first: Divergence | null = null;
  for (const pair of comparePairs(games))
    if (pair.kind === 'diverged' && (!first || pair.divergence.turn < first.turn)) first = pair.divergence;
  return first;
}

/**
 * How a turn's choices compare across the games that played it: `differ`, two in the same situation chose differently;
 * `same`, every pair was in the same situation and chose alike; `partly`, those in the same situation chose alike but
 * some were elsewhere; `apart`, no two were in the same situation (other seeds, or parted earlier), so nothing compares.
 */
export type RowComparison = 'differ' | 'same' | 'partly' | 'apart';

/** A turn's comparison (see RowComparison); a game that did not play the turn (a partial one) is left out. */
export function compareTurn(games: readonly BoardGame[], turn: number): RowComparison {
  if (turnDiffers(games, turn)) return 'differ';
  const played = games.filter((g) => g.history[turn] !== undefined);
  let pairs = 0;
  let comparable = 0;
  for (let a = 0; a < played.length; a++)
    for (let b = a + 1; b < played.length; b++) {
      pairs += 1;
      if (sameSituation(played[a]!, played[b]!, turn)) comparable += 1;
    }
  if (comparable === 0) return 'apart';
  return comparable === pairs ? 'same' : 'partly';
}

export interface ActionRow {
  turn: number;
  label: string;
  differs: boolean;
  /** What the mark says: the teams chose differently, alike, alike where comparable, or nothing compares. */
  comparison: RowComparison;
  /** Per game, in the order given: its actions (null when the game did not play this turn). */
  actions: (PerSide<string[]> | null)[];
}

/** Per turn, each game's actions, and whether two games in the same situation chose differently there (turnDiffers). */
export function actionRows(games: readonly BoardGame[], labels: readonly string[]): ActionRow[] {
  const turns = Math.max(0, ...games.map((g) => g.history.length));
  const rows: ActionRow[] = [];
  for (let i = 0; i < turns; i++) {
    const label = games.map((g) => g.history[i]?.label).find((l) => l !== undefined) ?? labels[i] ?? String(i + 1);
    rows.push({
      turn: i,
      label,
      differs: turnDiffers(games, i),
      comparison: compareTurn(games, i),
      actions: games.map((g) => {
        const record = g.history[i];
        return record ? { nato: [...record.actions.nato], russia: [...record.actions.russia] } : null;
      }),
    });
  }
  return rows;
}

export interface TrustGap {
  /** Index in the series (0 is the start when the series has one). */
  index: number;
  label: string;
  side: Side;
  /** The largest minus the smallest trust among the teams, bp. */
  gap: number;
  high: { team: number; trust: number };
  low: { team: number; trust: number };
}

/**
 * The largest trust gaps between teams: per point of the series and per side, the highest and the lowest team; the
 * `n` largest gaps, ties broken by time then side. Teams are given by number with their series.
 */
export function biggestGaps(teams: readonly { number: number; series: readonly TrustPoint[] }[], n = 5): TrustGap[] {
  if (teams.length < 2) return [];
  const length = Math.max(0, ...teams.map((t) => t.series.length));
  const gaps: TrustGap[] = [];
  for (let i = 0; i < length; i++) {
    for (const side of SIDES) {
      let high: TrustGap['high'] | null = null;
      let low: TrustGap['low'] | null = null;
      let label = '';
      for (const team of teams) {
        const point = team.series[i];
        if (!point) continue;
        label ||= point.label;
        if (!high || point[side] > high.trust) high = { team: team.number, trust: point[side] };
        if (!low || point[side] < low.trust) low = { team: team.number, trust: point[side] };
      }
      if (high && low && high.team !== low.team && high.trust > low.trust)
        gaps.push({ index: i, label, side, gap: high.trust - low.trust, high, low });
    }
  }
  return gaps.sort((a, b) => b.gap - a.gap || a.index - b.index || (a.side === b.side ? 0 : a.side === 'nato' ? -1 : 1)).slice(0, n);
}

export interface Misreading {
  label: string;
  /** The side that misread the other's act. */
  observer: Side;
  action: string;
  reading: 'hostile' | 'benign';
}

/** What a team's game went through, turn by turn: the events that fired, the teacher's injections and notes, misreadings. */
export interface TeamStory {
  events: { label: string; ids: string[] }[];
  injections: { label: string; ids: string[] }[];
  notes: { label: string; notes: string[] }[];
  misreadings: Misreading[];
}

export function teamStory(game: Turns): TeamStory {
  const story: TeamStory = { events: [], injections: [], notes: [], misreadings: [] };
  for (const record of game.history) {
    const { label } = record;
    if (record.events.length) story.events.push({ label, ids: [...record.events] });
    if (record.injected?.length) story.injections.push({ label, ids: [...record.injected] });
    if (record.annotations?.length) story.notes.push({ label, notes: [...record.annotations] });
    for (const observer of SIDES)
      for (const seen of record.perceived[observer])
        if (seen.misread) story.misreadings.push({ label, observer, action: seen.id, reading: seen.reading ?? 'hostile' });
  }
  return story;
}

/** The historical path of a scenario for one seed and noise: both sides as history played them. */
export interface HistoricalPath {
  seed: string;
  noise: number | undefined;
  series: TrustPoint[];
}

/** The historical path for each distinct seed and noise among the games (at most `max`, in order of first appearance). */
export function historicalPaths(
  sc: CompiledScenario,
  starts: readonly { seed: string; noise?: number | undefined }[],
  startLabel = 'start',
  max = 3,
): HistoricalPath[] {
  const seen = new Set<string>();
  const out: HistoricalPath[] = [];
  for (const { seed, noise } of starts) {
    const key = startKey(sc.id, seed, noise);
    if (seen.has(key) || out.length >= max) continue;
    seen.add(key);
    const game = historicalGame(sc, seed, noise);
    if (game) out.push({ seed, noise, series: trustSeries(game, sc, startLabel) });
  }
  return out;
}
