// Printing a played game (table or JSON), writing its replay, and wording why a run stopped (refusals naming turn, side, action, reason).
import { recordReplay, type CompiledScenario, type DoctrineId, type GameContext, type PerSide, type RunResult } from '../engine/index.js';
import { CliError } from './errors.js';
import { toJson, writeText } from './files.js';
import { formatTable } from './format-table.js';
import { gameJson } from './game-json.js';
import type { Io } from './io.js';

export interface ReportOptions {
  json: boolean;
  replayOut?: string | undefined;
  doctrines?: Partial<PerSide<DoctrineId>> | undefined;
  /** Who chose the moves, for the table's title line. */
  players?: string | undefined;
}

export function reportGame(io: Io, sc: CompiledScenario, game: GameContext, options: ReportOptions): void {
  if (options.replayOut) writeText(io, options.replayOut, `${toJson(recordReplay(sc, game))}\n`);
  if (options.json) io.out(toJson(gameJson(sc, game, { doctrines: options.doctrines })));
  else for (const line of formatTable(sc, game, options.players)) io.out(line);
}

const SIDE_NAMES = { nato: 'NATO', russia: 'Russia' } as const;

/**
 * Why a run stopped: "turn 8 (2014-H1): NATO cannot take md.proceed-poland: <reason>", one line per refusal; or, when a
 * side has no script turn and no doctrine, "turn 2 (2011-H1): turn 2 is not in the script and no doctrine plays NATO".
 */
export function runError(failed: Extract<RunResult, { ok: false }>): CliError {
  const { turn, label, unplayed } = failed;
  if (unplayed) {
    const who = SIDE_NAMES[unplayed.side];
    const why = unplayed.inScript
      ? `turn ${turn} of the script leaves out ${who} and no doctrine plays ${who}`
      : `turn ${turn} is not in the script and no doctrine plays ${who}`;
    return new CliError([`turn ${turn} (${label}): ${why}`]);
  }
  return new CliError(failed.refusals.map((r) => `turn ${turn} (${label}): ${SIDE_NAMES[r.side]} cannot take ${r.action}: ${r.reason}`));
}
