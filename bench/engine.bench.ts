// Engine speed: full games per second on one core per doctrine pairing, and replay verification time. Prints numbers.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileScenario, DOCTRINES, recordReplay, runGame, verifyReplay, type DoctrineId } from '../src/engine/index.js';
import { formatError, loadScenario } from '../src/scenario/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const scenarioId = process.argv[2] ?? 'reset-2010';
const games = Number(process.env.TD_BENCH_GAMES ?? 2000);
const file = `${root}scenarios/${scenarioId}.json`;
const loaded = loadScenario(readFileSync(file, 'utf8'), file);
if (!loaded.ok) {
  for (const e of loaded.errors) console.error(formatError(e));
  process.exit(1);
}
const sc = compileScenario(loaded.value);

function gamesPerSecond(nato: DoctrineId, russia: DoctrineId, noise?: number): number {
  for (let i = 0; i < 200; i++) runGame(sc, { seed: `warm-${i}`, doctrines: { nato, russia }, noise });
  const start = performance.now();
  for (let i = 0; i < games; i++) runGame(sc, { seed: `bench-${i}`, doctrines: { nato, russia }, noise });
  return (games / (performance.now() - start)) * 1000;
}

console.log(`engine bench: ${scenarioId}, ${sc.labels.length} turns, ${games} games per pairing, one core (node ${process.version})`);
const rates: number[] = [];
for (const nato of DOCTRINES) {
  for (const russia of DOCTRINES) {
    const rate = gamesPerSecond(nato, russia);
    rates.push(rate);
    console.log(`  ${nato.padEnd(12)} vs ${russia.padEnd(12)} ${rate.toFixed(0).padStart(7)} games/s`);
  }
}
console.log(`  slowest pairing: ${Math.min(...rates).toFixed(0)} games/s; mean ${(rates.reduce((a, b) => a + b, 0) / rates.length).toFixed(0)} games/s`);

const played = runGame(sc, { seed: 'bench-replay', doctrines: { nato: 'random', russia: 'random' } });
if (played.ok) {
  const replay = recordReplay(sc, played.game);
  const runs = 500;
  const start = performance.now();
  for (let i = 0; i < runs; i++) verifyReplay(sc, replay);
  console.log(`  replay verification of one full game: ${((performance.now() - start) / runs).toFixed(3)} ms`);
}
