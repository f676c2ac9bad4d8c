// The class board's model, without the DOM: what the teacher entered (lines and files), each game verified by
// re-simulation, teams grouped by scenario, and where their games diverged (actions and trust).
import { trustSeries, type TrustPoint } from '../../analysis/debrief.js';
import { outcomeNow } from '../console/ended.js';
import {
  countProjects,
  verifyReplay,
  type CompiledScenario,
  type GameContext,
  type OutcomeId,
  type PerSide,
  type Replay,
  type Side,
} from '../../engine/index.js';

/** At most this many games on one board (a class is some thirty teams). */
export const MAX_TEAMS = 40;

/** One thing the teacher entered: a pasted line or a file. */
export interface BoardEntry {
  /** 'line' (1-based line number of the text) or 'file' (its name). */
  kind: 'line' | 'file';
  line: number;
  file: string;
  text: string;
}

/** The non-empty lines of the pasted text, each with its line number. */
export function entriesFromText(text: string): BoardEntry[] {
  const out: BoardEntry[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line) out.push({ kind: 'line', line: i + 1, file: '', text: line });
  });
  return out;
}

/** A verified game of one team. */
export interface Team {
  /** 1-based number in the order entered (the marker's number on the chart). */
  number: number;
  /** "Team 1", or the file name. */
  name: string;
  replay: Replay;
  sc: CompiledScenario;
  game: GameContext;
  outcome: OutcomeId | null;
  final: PerSide<number>;
  delivered: number;
  series: TrustPoint[];
}

/** A team from a replay: verified by re-simulation (so every turn has its changes and end state), or the problem. */
export function teamFrom(
  sc: CompiledScenario,
  replay: Replay,
  number: number,
  name: string,
  startLabel = 'start',
): { ok: true; team: Team } | { ok: false; problem: string } {
  const verified = verifyReplay(sc, replay);
  if (!verified.ok) return { ok: false, problem: `${verified.label}: ${verified.problem}` };
  const game = verified.final;
  return {
    ok: true,
    team: {
      number,
      name,
      replay,
      sc,
      game,
      // A game the teacher ended early: the outcome if it had ended there (issue 12).
      outcome: outcomeNow(sc, game, replay.endedEarly === true),
      final: { ...game.world.trust },
      delivered: countProjects(game.world, ['delivered']),
      series: trustSeries(game, sc, startLabel),
    },
  };
}

export interface ScenarioGroup {
  scenario: string;
  title: string;
  teams: Team[];
}

/** Teams grouped by scenario (games of different scenarios cannot be overlaid), groups in order of first appearance. */
export function groupByScenario(teams: readonly Team[]): ScenarioGroup[] {
  const groups = new Map<string, ScenarioGroup>();
  for (const team of teams) {
    let group = groups.get(team.sc.id);
    if (!group) {
      group = { scenario: team.sc.id, title: team.sc.data.title, teams: [] };
      groups.set(team.sc.id, group);
    }
    group.teams.push(team);
  }
  return [...groups.values()];
}

type Turns = Pick<GameContext, 'history'>;

/** A side's actions of a turn as a comparable key (order-insensitive); null when the game has no such turn. */
function actionKey(game: Turns, turn: number, side: Side): string | null {
  const record = game.history[turn];
  return record ? [...record.actions[side]].sort().join('|') : null;
}

/** True when the teams did not all play the same actions (both sides) in turn `turn` (0-based), or not all played it. */
export function turnDiffers(games: readonly Turns[], turn: number): boolean {
  if (games.length < 2) return false;
  const keys = games.map((g) => `${actionKey(g, turn, 'nato')}#${actionKey(g, turn, 'russia')}`);
  return keys.some((k) => k !== keys[0]);
}

/** The first turn (0-based) at which any two games' actions differ, or null when they never do. */
export function firstDivergence(games: readonly Turns[]): number | null {
  const turns = Math.max(0, ...games.map((g) => g.history.length));
  for (let i = 0; i < turns; i++) if (turnDiffers(games, i)) return i;
  return null;
}

export interface ActionRow {
  turn: number;
  label: string;
  differs: boolean;
  /** Per game, in the order given: its actions (null when the game did not play this turn). */
  actions: (PerSide<string[]> | null)[];
}

/** Per turn, each game's actions, and whether the games differ there. */
export function actionRows(games: readonly Turns[], labels: readonly string[]): ActionRow[] {
  const turns = Math.max(0, ...games.map((g) => g.history.length));
  const rows: ActionRow[] = [];
  for (let i = 0; i < turns; i++) {
    const label = games.map((g) => g.history[i]?.label).find((l) => l !== undefined) ?? labels[i] ?? String(i + 1);
    rows.push({
      turn: i,
      label,
      differs: turnDiffers(games, i),
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
export function biggestGaps(teams: readonly Pick<Team, 'number' | 'series'>[], n = 5): TrustGap[] {
  if (teams.length < 2) return [];
  const length = Math.max(0, ...teams.map((t) => t.series.length));
  const gaps: TrustGap[] = [];
  for (let i = 0; i < length; i++) {
    for (const side of ['nato', 'russia'] as const) {
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
