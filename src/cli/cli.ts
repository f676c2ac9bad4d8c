// The CLI as a function of its arguments and an Io: dispatches commands and maps failures to exit codes (1 failure, 2 usage).
import { replayCommand } from './commands/replay.js';
import { runCommand } from './commands/run.js';
import { scenariosCommand } from './commands/scenarios.js';
import { schemaCommand } from './commands/schema.js';
import { scriptCommand } from './commands/script.js';
import { simulateCommand } from './commands/simulate.js';
import { tournamentCommand } from './commands/tournament.js';
import { CliError, UsageError } from './errors.js';
import { nodeIo, type Io } from './io.js';
import { plainIo } from './plain.js';
import { isCommand, usage } from './usage.js';

const COMMANDS: Record<string, (argv: string[], io: Io) => number | Promise<number>> = {
  scenarios: scenariosCommand,
  run: runCommand,
  script: scriptCommand,
  replay: replayCommand,
  schema: schemaCommand,
  simulate: simulateCommand,
  tournament: tournamentCommand,
};

/** Async by contract, so that a command may await (a worker, a prompt) later without changing callers. */
export function runCli(argv: readonly string[], io: Io = nodeIo()): Promise<number> {
  // Every printer writes through this Io: no control character from a scenario, replay or argument reaches the terminal raw.
  return dispatch(argv, plainIo(io));
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) throw new UsageError('missing command');
    if (command === '--help' || command === '-h' || command === 'help') {
      io.out(usage(rest[0] !== undefined && isCommand(rest[0]) ? rest[0] : undefined));
      return 0;
    }
    const handler = COMMANDS[command];
    if (!handler) throw new UsageError(`unknown command "${command}"; commands: ${Object.keys(COMMANDS).join(', ')}`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(usage(command));
      return 0;
    }
    return await handler([...rest], io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`error: ${e.message}`);
      io.err('');
      io.err(usage(e.command));
      return 2;
    }
    if (e instanceof CliError) {
      for (const line of e.lines) io.err(line);
      return e.exitCode;
    }
    io.err(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 1;
  }
}
