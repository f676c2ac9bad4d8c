// `replay verify|encode|decode`: re-simulate a replay, or convert it between its JSON file and its code.
import { encodeReplay, verifyReplay } from '../../engine/index.js';
import { parseCommand, positionals, stringOption } from '../args.js';
import { CliError, UsageError } from '../errors.js';
import { toJson } from '../files.js';
import type { Io } from '../io.js';
import { decodeCode, readReplayArgument, readReplayFile } from '../replay-file.js';
import { resolveScenario } from '../scenarios.js';

function verify(argv: string[], io: Io): number {
  const parsed = parseCommand('replay', argv, { scenario: { type: 'string' } });
  const [source] = positionals('replay', parsed, ['FILE']) as [string];
  const replay = readReplayArgument(io, source);
  const { sc } = resolveScenario(io, stringOption('replay', parsed, 'scenario') ?? replay.scenario, 'replay');
  const result = verifyReplay(sc, replay);
  if (!result.ok) {
    // Turn 0: the replay as a whole (its scenario, version or digest), not one of its turns.
    if (result.turn === 0) throw new CliError([`does not verify: ${result.problem}`]);
    const turn = replay.turns[result.turn - 1];
    const lines = [`diverges at turn ${result.turn} (${result.label}): ${result.problem}`];
    if (turn) lines.push(`  recorded actions: NATO [${turn.nato.join(', ')}], Russia [${turn.russia.join(', ')}]`);
    if (result.turn > 1) lines.push(`  turns 1-${result.turn - 1} verified`);
    throw new CliError(lines);
  }
  const outcome = result.final.outcome;
  io.out(
    outcome
      ? `ok: ${result.turns} turns verified, outcome ${outcome}`
      : `ok: ${result.turns} turns verified (of ${sc.labels.length}; the game is unfinished, no outcome yet)`,
  );
  return 0;
}

function encode(argv: string[], io: Io): number {
  const parsed = parseCommand('replay', argv, {});
  const [file] = positionals('replay', parsed, ['FILE']) as [string];
  const replay = readReplayFile(io, file);
  try {
    io.out(encodeReplay(replay));
  } catch (e) {
    throw new CliError([`${file}: ${e instanceof Error ? e.message : String(e)}`]);
  }
  return 0;
}

function decode(argv: string[], io: Io): number {
  const parsed = parseCommand('replay', argv, {});
  const [code] = positionals('replay', parsed, ['CODE']) as [string];
  io.out(toJson(decodeCode(code)));
  return 0;
}

const SUBCOMMANDS: Record<string, (argv: string[], io: Io) => number> = { verify, encode, decode };

export function replayCommand(argv: string[], io: Io): number {
  const [sub, ...rest] = argv;
  if (sub === undefined) throw new UsageError('missing subcommand: verify, encode or decode', 'replay');
  const run = SUBCOMMANDS[sub];
  if (!run) throw new UsageError(`unknown subcommand "${sub}": verify, encode or decode`, 'replay');
  return run(rest, io);
}
