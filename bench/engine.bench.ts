// Engine speed: full games per second on one core per doctrine pairing, and replay verification time. Prints numbers.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOCTRINES, loadAndCompile, recordReplay, runGame, simulateGame, verifyReplay, type DoctrineId } from '../src/engine/index.js';
import { formatError } from '../src/scenario/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const scenarioId = process.argv[2] ?? 'reset-2010';
const games = Number(process.env.TD_BENCH_GAMES ?? 1000);
const file = `${root}scenarios/${scenarioId}.json`;
const loaded = loadAndCompile(readFileSync(file, 'utf8'), file);
if (!loaded.ok) {
  for (const e of loaded.errors) console.error(formatError(e));
  process.exit(1);
}
const sc = loaded.value;

type Player = (seed: string, nato: DoctrineId, russia: DoctrineId) => unknown;
const withLog: Player = (seed, nato, russia) => runGame(sc, { seed, doctrines: { nato, russia } });
const bulk: Player = (seed, nato, russia) => simulateGame(sc, { seed, doctrines: { nato, russia } });

function gamesPerSecond(play: Player, nato: DoctrineId, russia: DoctrineId): number {
  for (let i = 0; i < 200; i++) play(`warm-${i}`, nato, russia);
  const start = performance.now();
  for (let i = 0; i < games; i++) play(`bench-${i}`, nato, russia);
  return (games / (performance.now() - start)) * 1000;
}

console.log(`engine bench: ${scenarioId}, ${sc.labels.length} turns, ${games} games per pairing, one core (node ${process.version})`);
console.log('  games/s       bulk (simulateGame: the reducer, no log)   interactive (runGame: the game actor, full explanation log)');
const rates = { bulk: [] as number[], log: [] as number[] };
for (const nato of DOCTRINES) {
  for (const russia of DOCTRINES) {
    const fast = gamesPerSecond(bulk, nato, russia);
    rates.bulk.push(fast);
    // The logged path is measured on the diagonal and against the cooperator, to keep the bench under two minutes.
    const logged = nato === russia || russia === 'cooperator' ? gamesPerSecond(withLog, nato, russia) : null;
    if (logged !== null) rates.log.push(logged);
    console.log(
      `  ${nato.padEnd(12)} vs ${russia.padEnd(12)} ${fast.toFixed(0).padStart(7)}   ${logged === null ? '' : logged.toFixed(0).padStart(7)}`,
    );
  }
}
const stats = (xs: number[]): string =>
  `slowest ${Math.min(...xs).toFixed(0)}, mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(0)} games/s`;
console.log(`  bulk: ${stats(rates.bulk)}; interactive: ${stats(rates.log)}`);

const played = runGame(sc, { seed: 'bench-replay', doctrines: { nato: 'random', russia: 'random' } });
if (played.ok) {
  const replay = recordReplay(sc, played.game);
  const runs = 500;
  const start = performance.now();
  for (let i = 0; i < runs; i++) verifyReplay(sc, replay);
  console.log(`  replay verification of one full game: ${((performance.now() - start) / runs).toFixed(3)} ms`);
}
