// Reads and writes the golden files; shared by the test and the update command.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CompiledScenario, type Replay, loadAndCompile } from '../../src/engine/index.js';
import { formatError } from '../../src/scenario/index.js';

export const GOLDEN_DIR = fileURLToPath(new URL('.', import.meta.url));
const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export interface GoldenFile {
  shows: string;
  doctrines: { nato: string; russia: string };
  replay: Replay;
  expected: {
    outcome: string;
    trust: { nato: number; russia: number };
    channels: string;
    flashpoints: Record<string, string>;
    projects: Record<string, string>;
  };
}

export function loadShippedScenario(id: string): CompiledScenario {
  const file = `${SCENARIO_DIR}${id}.json`;
  const loaded = loadAndCompile(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(loaded.errors.map(formatError).join('\n'));
  return loaded.value;
}

export function goldenPath(name: string): string {
  return `${GOLDEN_DIR}${name}.json`;
}
