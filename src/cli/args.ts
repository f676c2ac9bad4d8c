// Argument parsing on node's util.parseArgs, turning its exceptions into usage errors with the command named.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DOCTRINES, isDoctrine, MAX_SEED_LENGTH, type DoctrineId } from '../engine/index.js';
import { UsageError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Strict parsing: unknown options and missing values are usage errors of `command`. */
export function parseCommand(command: string, argv: string[], options: Options): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (e) {
    // parseArgs messages already name the option ("Unknown option '--x'"); keep only the first sentence.
    const message = e instanceof Error ? e.message.split('. ')[0]!.replace(/\.$/, '') : String(e);
    throw new UsageError(message, command);
  }
}

export function stringOption(command: string, parsed: Parsed, name: string, required: true): string;
export function stringOption(command: string, parsed: Parsed, name: string, required?: false): string | undefined;
export function stringOption(command: string, parsed: Parsed, name: string, required = false): string | undefined {
  const value = parsed.values[name];
  if (typeof value === 'string') return value;
  if (required) throw new UsageError(`missing required option --${name}`, command);
  return undefined;
}

export function flag(parsed: Parsed, name: string): boolean {
  return parsed.values[name] === true;
}

/** Exactly `count` positional arguments, named for the message. */
export function positionals(command: string, parsed: Parsed, names: string[], atLeast = names.length, atMost = names.length): string[] {
  const got = parsed.positionals;
  if (got.length < atLeast) throw new UsageError(`missing ${names.slice(got.length).join(' ')}`, command);
  if (got.length > atMost) throw new UsageError(`unexpected argument "${got[atMost]}"`, command);
  return got;
}

export function doctrineOption(command: string, value: string, side: string): DoctrineId {
  if (isDoctrine(value)) return value;
  throw new UsageError(`unknown doctrine "${value}" for --${side}; doctrines: ${DOCTRINES.join(', ')}`, command);
}

/**
 * `--noise P`: a misperception rate in percent, 0–100, at most two decimals (15 = 15 % = 1500 bp).
 * Percent rather than basis points because that is how people say a rate; the engine gets basis points.
 */
export function noiseOption(command: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(value.trim());
  const bp = m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : NaN;
  if (!m || !(bp >= 0 && bp <= 10_000)) {
    throw new UsageError(`--noise must be a percentage from 0 to 100 (e.g. --noise 15 for 15 %), not "${value}"`, command);
  }
  return bp;
}

/** Seeds are free text, bounded so that they fit in a replay (and in a replay code). */
export function seedOption(command: string, value: string): string {
  if (value.length === 0 || value.length > MAX_SEED_LENGTH)
    throw new UsageError(`--seed must be 1 to ${MAX_SEED_LENGTH} characters`, command);
  return value;
}
