// The class board's model, without the DOM: what the teacher entered (lines and files), each game verified by
// re-simulation, and teams grouped by scenario. The comparison across games is src/analysis/class-board.ts.
import { startKey, teamStory, type TeamStory } from '../../analysis/class-board.js';
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
  /** The situation it started from (scenario, seed, noise): games compare turn by turn only from the same start. */
  start: string;
  /** Its events, the teacher's injections and notes, and the misreadings, turn by turn. */
  story: TeamStory;
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
      start: startKey(sc.id, replay.seed, replay.noise),
      story: teamStory(game),
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
