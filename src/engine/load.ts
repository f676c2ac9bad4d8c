// A scenario text to a game-ready scenario in one step, so that no caller compiles what it has not validated.
import { loadScenario, type LoadResult } from '../scenario/index.js';
import { compileScenario, type CompiledScenario } from './compile.js';

/** Parses, validates and compiles one scenario file's text; the loader's errors and warnings pass through. */
export function loadAndCompile(text: string, file: string): LoadResult<CompiledScenario> {
  const loaded = loadScenario(text, file);
  if (!loaded.ok) return loaded;
  const value = compileScenario(loaded.value);
  return loaded.warnings ? { ok: true, value, warnings: loaded.warnings } : { ok: true, value };
}
