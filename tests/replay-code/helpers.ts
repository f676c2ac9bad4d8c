// Real replays to encode: every doctrine pairing on the mini scenario and, once it exists, on reset-2010.
import { existsSync, readFileSync } from 'node:fs';
import { compileScenario, DOCTRINES, recordReplay, runGame, type CompiledScenario, type Replay } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { miniScenario } from '../fixtures/mini.js';

export const mini = compileScenario(miniScenario({ model: { ...miniScenario().model, misperception: 1500, randomEventChance: 3000 } }));

const RESET = 'scenarios/reset-2010.json';

/** The full campaign, or null while it is not written yet (or not valid). */
export function reset2010(): CompiledScenario | null {
  if (!existsSync(RESET)) return null;
  const loaded = loadScenario(readFileSync(RESET, 'utf8'), RESET);
  return loaded.ok ? compileScenario(loaded.value) : null;
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
