// The script file format (DESIGN.md 5), checked strictly with zod so that a typo gets a path and a sentence, not a crash.
import { z } from 'zod';
import { DOCTRINES, MAX_ACTIONS_PER_SIDE, MAX_REPLAY_TURNS, MAX_SEED_LENGTH, isDoctrine, type Script } from '../engine/index.js';
import { formatError } from '../scenario/index.js';
import { jsonPath } from './json-path.js';
import { CliError } from './errors.js';
import { parseJsonText, readText } from './files.js';
import type { Io } from './io.js';

const Id = z
  .string()
  .max(64, 'must be at most 64 characters')
  .regex(/^[a-z][a-z0-9.-]*$/, 'must be an id in lower case, like "coop.standex"');
const Actions = z.array(Id).max(MAX_ACTIONS_PER_SIDE, `at most ${MAX_ACTIONS_PER_SIDE} actions per side and turn`);
const Doctrine = z.string().refine(isDoctrine, { message: `must be a doctrine: ${DOCTRINES.join(', ')}` });

export const ScriptSchema = z.strictObject({
  scenario: Id,
  seed: z.string().min(1, 'must not be empty').max(MAX_SEED_LENGTH, `must be at most ${MAX_SEED_LENGTH} characters`),
  // A side left out of a turn is played by the script's doctrine for that side.
  turns: z
    .array(z.strictObject({ nato: Actions.optional(), russia: Actions.optional() }))
    .max(MAX_REPLAY_TURNS, `at most ${MAX_REPLAY_TURNS} turns`),
  doctrines: z.strictObject({ nato: Doctrine.optional(), russia: Doctrine.optional() }).optional(),
  /** Basis points, like a replay's `noise` and a scenario's `model.misperception` (1500 = 15 %). */
  noise: z.number().int('must be a whole number of basis points (1500 = 15 %)').min(0).max(10_000).optional(),
});

/** Reads and checks a script file; fails with one `FILE: $.path: message` line per problem. */
export function readScript(io: Io, file: string): Script {
  const value = parseJsonText(readText(io, file), file);
  const checked = ScriptSchema.safeParse(value);
  if (!checked.success) {
    throw new CliError(checked.error.issues.slice(0, 50).map((i) => formatError({ file, path: jsonPath(i.path), message: i.message })));
  }
  const { scenario, seed, turns, doctrines, noise } = checked.data;
  const script: Script = {
    scenario,
    seed,
    turns: turns.map((t) => ({ ...(t.nato ? { nato: t.nato } : {}), ...(t.russia ? { russia: t.russia } : {}) })),
  };
  if (doctrines) script.doctrines = doctrines;
  if (noise !== undefined) script.noise = noise;
  return script;
}
