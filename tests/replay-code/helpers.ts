// Real replays to encode: every doctrine pairing on the mini scenario and, once it exists, on reset-2010.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  compileScenario,
  DOCTRINES,
  recordReplay,
  runGame,
  type CompiledScenario,
  type Replay,
  loadAndCompile,
} from '../../src/engine/index.js';
import { miniScenario } from '../fixtures/mini.js';

export const mini = compileScenario(miniScenario({ model: { ...miniScenario().model, misperception: 1500, randomEventChance: 3000 } }));

const RESET = fileURLToPath(new URL('../../scenarios/reset-2010.json', import.meta.url));

/** The full campaign, found from this file (not the working directory); throws when it is missing or not valid. */
export function reset2010(): CompiledScenario {
  const loaded = loadAndCompile(readFileSync(RESET, 'utf8'), RESET);
  if (!loaded.ok) throw new Error(`reset-2010 does not load: ${loaded.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return loaded.value;
}

export function doctrineReplays(sc: CompiledScenario, seeds: readonly string[], noise?: number): { name: string; replay: Replay }[] {
  const out: { name: string; replay: Replay }[] = [];
  for (const seed of seeds) {
    for (const nato of DOCTRINES) {
      for (const russia of DOCTRINES) {
        const result = runGame(sc, { seed, noise, doctrines: { nato, russia } });
        if (result.ok) out.push({ name: `${nato}/${russia}/${seed}`, replay: recordReplay(sc, result.game) });
      }
    }
  }
  return out;
}
