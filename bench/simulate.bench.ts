// Bulk simulation speed of `simulate`: games per second and wall time for a few pairings of the full campaign, on one
// core (in-process), with `--workers K` (this thread plus K-1 worker threads) and on K worker threads alone (this
// thread idle: what the workers cost, start-up included). First as the command line runs (a fresh process, so a cold
// JIT), then within one warm process. Prints numbers; asserts nothing. TD_BENCH_GAMES, TD_BENCH_WORKERS override.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { loadAndCompile, type DoctrineId } from '../src/engine/index.js';
import { formatError } from '../src/scenario/index.js';
import { playPairings } from '../src/cli/parallel.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const scenarioId = process.argv[2] ?? 'reset-2010';
const games = Number(process.env.TD_BENCH_GAMES ?? 1000);
const workers = Number(process.env.TD_BENCH_WORKERS ?? 2);
const file = `${root}scenarios/${scenarioId}.json`;
const loaded = loadAndCompile(readFileSync(file, 'utf8'), file);
if (!loaded.ok) {
  for (const e of loaded.errors) console.error(formatError(e));
  process.exit(1);
}
const sc = loaded.value;

interface Pairing {
  nato: DoctrineId;
  russia: DoctrineId;
  noise?: number;
}
const PAIRINGS: Pairing[] = [
  { nato: 'cooperator', russia: 'cooperator' },
  { nato: 'reciprocator', russia: 'reciprocator', noise: 1500 },
  { nato: 'random', russia: 'random' },
];
const nameOf = (p: Pairing): string => `${p.nato} vs ${p.russia}${p.noise === undefined ? '' : `, noise ${p.noise / 100} %`}`;
const cell = (ms: number, runs: number): string => `${((runs / ms) * 1000).toFixed(0).padStart(5)}/s ${ms.toFixed(0).padStart(5)} ms`;

console.log(
  `simulate bench: ${scenarioId}, ${sc.labels.length} turns, ${games} games per pairing, K = ${workers}; ` +
    `${availableParallelism()} cores, load ${loadavg()[0]!.toFixed(1)}, node ${process.version}`,
);

// The command as run: a fresh process each time. "batch" is the command's own time (runs / gamesPerSecond), "process" adds
// node and tsx start-up.
console.log(`  command line, fresh process (batch time / process time):`);
for (const p of PAIRINGS) {
  const cells = [1, workers].map((threads) => {
    const args = ['simulate', '--scenario', scenarioId, '--nato', p.nato, '--russia', p.russia, '--seeds', String(games)];
    args.push('--workers', String(threads), '--json', ...(p.noise === undefined ? [] : ['--noise', String(p.noise / 100)]));
    const start = performance.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
    const processMs = performance.now() - start;
    if (run.status !== 0) return `exit ${run.status}: ${run.stderr.trim()}`;
    const { gamesPerSecond } = JSON.parse(run.stdout) as { gamesPerSecond: number };
    return `--workers ${threads}: ${cell((games / gamesPerSecond) * 1000, games)} / ${processMs.toFixed(0).padStart(5)} ms`;
  });
  console.log(`    ${nameOf(p).padEnd(40)} ${cells.join('   ')}`);
}

type Mode = { label: string; workers: number; thisThreadPlays?: boolean };
const MODES: Mode[] = [
  { label: '1 core', workers: 1 },
  { label: `--workers ${workers}`, workers },
  { label: `${workers} workers alone`, workers, thisThreadPlays: false },
];

async function timed(p: Pairing, runs: number, mode: Mode) {
  const start = performance.now();
  const [totals] = await playPairings([{ nato: p.nato, russia: p.russia }], {
    sc,
    file,
    baseSeed: 'bench',
    noise: p.noise,
    runs,
    workers: mode.workers,
    thisThreadPlays: mode.thisThreadPlays,
  });
  return { totals, ms: performance.now() - start };
}

// Warm this thread's JIT, as a long run would be; workers always start cold, which is part of what they cost.
await timed({ nato: 'reciprocator', russia: 'generous' }, 300, MODES[0]!);
const startup = await timed({ nato: 'cooperator', russia: 'cooperator' }, workers, MODES[2]!);
console.log(`  one warm process; worker start-up (${workers} workers alone, one game each): ${startup.ms.toFixed(0)} ms`);
let identical = true;
for (const [p, runs] of [...PAIRINGS.map((p) => [p, games] as const), [PAIRINGS[1]!, games * 10] as const]) {
  const cells: string[] = [];
  let first: unknown;
  for (const mode of MODES) {
    const r = await timed(p, runs, mode);
    first ??= r.totals;
    identical &&= isDeepStrictEqual(r.totals, first);
    cells.push(`${mode.label}: ${cell(r.ms, runs)}`);
  }
  console.log(`    ${`${nameOf(p)}, ${runs}`.padEnd(46)} ${cells.join('   ')}`);
}
console.log(`  results identical on every number of threads: ${identical ? 'yes' : 'NO'}`);
