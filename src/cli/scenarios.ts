// Finding scenarios: an id in the repository's scenarios folder, or a file path; loaded, validated and compiled.
import { join } from 'node:path';
import { loadAndCompile, type CompiledScenario } from '../engine/index.js';
import { LIMITS, formatError, loadScenario, type ScenarioData } from '../scenario/index.js';
import { CliError, UsageError } from './errors.js';
import { readText } from './files.js';
import type { Io } from './io.js';

export interface ScenarioFile {
  file: string;
  data: ScenarioData;
}

/** `scenario.schema.json` sits beside the scenarios but is not one. */
const isScenarioFileName = (name: string): boolean => name.endsWith('.json') && !name.endsWith('.schema.json');

/** A value that names a file rather than an id (ids have no slashes and no .json). */
export const looksLikePath = (value: string): boolean => /[/\\]/.test(value) || value.endsWith('.json');

/** Loads and validates one scenario file; invalid files fail with one line per error (exit 1). */
export function loadScenarioFile(io: Io, file: string): ScenarioFile {
  const text = readText(io, file, LIMITS.bytes);
  const result = loadScenario(text, file);
  if (!result.ok) throw new CliError(result.errors.map(formatError));
  return { file, data: result.value };
}

/** Loads, validates and compiles one scenario file; invalid files fail with one line per error (exit 1). */
export function compileScenarioFile(io: Io, file: string): CompiledScenario {
  const result = loadAndCompile(readText(io, file, LIMITS.bytes), file);
  if (!result.ok) throw new CliError(result.errors.map(formatError));
  return result.value;
}

export interface ListedScenario {
  file: string;
  data?: ScenarioData;
  errors?: string[];
}

/** Every scenario file of the folder, sorted by name, loaded (or with its errors). */
export function listScenarios(io: Io): ListedScenario[] {
  const names = io.listDir(io.scenariosDir).filter(isScenarioFileName).sort();
  return names.map((name) => {
    const file = join(io.scenariosDir, name);
    try {
      return { file, data: loadScenarioFile(io, file).data };
    } catch (e) {
      return { file, errors: e instanceof CliError ? e.lines : [String(e)] };
    }
  });
}

/** `--scenario ID|FILE`: a path is loaded as is; an id is looked up (ID.json first, then every file's id). */
export function resolveScenario(io: Io, value: string, command: string): { sc: CompiledScenario; file: string } {
  if (looksLikePath(value)) {
    if (!io.isFile(value)) throw new UsageError(`no scenario file "${value}"`, command);
    return { sc: compileScenarioFile(io, value), file: value };
  }
  const direct = join(io.scenariosDir, `${value}.json`);
  if (io.isFile(direct)) {
    const sc = compileScenarioFile(io, direct);
    if (sc.id === value) return { sc, file: direct };
  }
  const listed = listScenarios(io);
  const found = listed.find((s) => s.data?.id === value);
  if (found?.data) return { sc: compileScenarioFile(io, found.file), file: found.file };
  const ids = listed.flatMap((s) => (s.data ? [s.data.id] : []));
  throw new UsageError(
    `unknown scenario "${value}"; scenarios: ${ids.length > 0 ? ids.join(', ') : '(none found)'} (or give a scenario FILE)`,
    command,
  );
}
