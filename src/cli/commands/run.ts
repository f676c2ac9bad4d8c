// `run`: one game with a doctrine on each side.
import { runGame } from '../../engine/index.js';
import { doctrineOption, flag, noiseOption, parseCommand, positionals, seedOption, stringOption } from '../args.js';
import type { Io } from '../io.js';
import { reportGame, runError } from '../report.js';
import { resolveScenario } from '../scenarios.js';

export function runCommand(argv: string[], io: Io): number {
  const parsed = parseCommand('run', argv, {
    scenario: { type: 'string' },
    seed: { type: 'string' },
    nato: { type: 'string' },
    russia: { type: 'string' },
    noise: { type: 'string' },
    json: { type: 'boolean' },
    'replay-out': { type: 'string' },
  });
  positionals('run', parsed, [], 0, 0);
  const scenario = stringOption('run', parsed, 'scenario', true);
  const seed = seedOption('run', stringOption('run', parsed, 'seed', true));
  const doctrines = {
    nato: doctrineOption('run', stringOption('run', parsed, 'nato', true), 'nato'),
    russia: doctrineOption('run', stringOption('run', parsed, 'russia', true), 'russia'),
  };
  const noise = noiseOption('run', stringOption('run', parsed, 'noise'));
  const { sc } = resolveScenario(io, scenario, 'run');
  const result = runGame(sc, { seed, noise, doctrines });
  if (!result.ok) throw runError(result);
  reportGame(io, sc, result.game, {
    json: flag(parsed, 'json'),
    replayOut: stringOption('run', parsed, 'replay-out'),
    doctrines,
    players: `NATO: ${doctrines.nato}, Russia: ${doctrines.russia}`,
  });
  return 0;
}
