// Printing a played game (table or JSON), writing its replay, and turning refusals into messages that name turn, side, action, reason.
import { recordReplay, type CompiledScenario, type DoctrineId, type GameContext, type PerSide, type Refusal } from '../engine/index.js';
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

/** "turn 8 (2014-H1): NATO cannot take md.proceed-poland: <reason>", one line per refusal. */
export function refusalError(turn: number, label: string, refusals: readonly Refusal[]): CliError {
  return new CliError(
    refusals.map((r) =>
      r.action === '(none)'
        ? `turn ${turn} (${label}): ${r.reason}`
        : `turn ${turn} (${label}): ${SIDE_NAMES[r.side]} cannot take ${r.action}: ${r.reason}`,
    ),
  );
}
