// `script`: play a script file; turns it does not list are played by its doctrines, if it names any.
import { runGame } from '../../engine/index.js';
import { flag, noiseOption, parseCommand, positionals, stringOption } from '../args.js';
import { CliError } from '../errors.js';
import type { Io } from '../io.js';
import { reportGame, runError } from '../report.js';
import { resolveScenario } from '../scenarios.js';
import { readScript } from '../script-file.js';

export function scriptCommand(argv: string[], io: Io): number {
  const parsed = parseCommand('script', argv, {
    scenario: { type: 'string' },
    noise: { type: 'string' },
    json: { type: 'boolean' },
    'replay-out': { type: 'string' },
  });
  const [file] = positionals('script', parsed, ['FILE']) as [string];
  const noiseOverride = noiseOption('script', stringOption('script', parsed, 'noise'));
  const script = readScript(io, file);
  const { sc } = resolveScenario(io, stringOption('script', parsed, 'scenario') ?? script.scenario, 'script');
  if (sc.id !== script.scenario)
    throw new CliError([`${file}: the script is for scenario "${script.scenario}", the scenario given is "${sc.id}"`]);
  if (script.turns.length > sc.labels.length) {
    throw new CliError([`${file}: $.turns: the script lists ${script.turns.length} turns; scenario ${sc.id} has ${sc.labels.length}`]);
  }
  const result = runGame(sc, { seed: script.seed, noise: noiseOverride ?? script.noise, doctrines: script.doctrines, script });
  if (!result.ok) throw runError(result);
  const d = script.doctrines;
  const then = script.turns.length < sc.labels.length && d ? `, then NATO: ${d.nato ?? '-'}, Russia: ${d.russia ?? '-'}` : '';
  const players = `${file} (${script.turns.length} scripted turn${script.turns.length === 1 ? '' : 's'}${then})`;
  reportGame(io, sc, result.game, {
    json: flag(parsed, 'json'),
    replayOut: stringOption('script', parsed, 'replay-out'),
    doctrines: script.doctrines,
    players,
  });
  return 0;
}
