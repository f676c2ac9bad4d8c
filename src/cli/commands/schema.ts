// `schema --out FILE`: the JSON Schema of the scenario format, for editors (committed as scenarios/scenario.schema.json).
import { scenarioJsonSchema } from '../../scenario/index.js';
import { parseCommand, positionals, stringOption } from '../args.js';
import { toJson, writeText } from '../files.js';
import type { Io } from '../io.js';

export function schemaCommand(argv: string[], io: Io): number {
  const parsed = parseCommand('schema', argv, { out: { type: 'string' } });
  positionals('schema', parsed, [], 0, 0);
  const text = `${toJson(scenarioJsonSchema())}\n`;
  const out = stringOption('schema', parsed, 'out');
  if (out === undefined) io.out(text.trimEnd());
  else {
    writeText(io, out, text);
    io.err(`wrote ${out}`);
  }
  return 0;
}
