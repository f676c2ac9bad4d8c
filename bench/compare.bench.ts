// Two engines in one process, interleaved: this checkout's and another's (TD_BENCH_OLD=/path/to/checkout), so that
// a busy machine slows both alike. Per doctrine pairing it alternates old and new runs and prints the median ratio.
// Time is the process's CPU time (user + system), not the clock: on a loaded machine waiting for a core is not work.
// Usage: TD_BENCH_OLD=../old TD_BENCH_GAMES=100 npx tsx bench/compare.bench.ts [scenario]
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The part of an engine's public surface the bench drives: the same names in every version since the first. */
interface EngineApi {
  DOCTRINES: readonly string[];
  simulateGame: (sc: unknown, options: { seed: string; doctrines: { nato: string; russia: string } }) => unknown;
  runGame: (sc: unknown, options: { seed: string; doctrines: { nato: string; russia: string } }) => { ok: boolean; game?: unknown };
  recordReplay: (sc: unknown, game: unknown) => unknown;
  verifyReplay: (sc: unknown, replay: unknown) => unknown;
  compileScenario?: (data: unknown) => unknown;
  loadAndCompile?: (text: string, file: string) => { ok: boolean; value?: unknown };
}
interface ScenarioApi {
  loadScenario: (text: string, file: string) => { ok: boolean; value?: unknown };
}

interface Engine {
  name: string;
  api: EngineApi;
  sc: unknown;
}

async function engineAt(name: string, root: string, scenarioId: string): Promise<Engine> {
  const api = (await import(pathToFileURL(`${root}/src/engine/index.ts`).href)) as EngineApi;
  const file = `${root}/scenarios/${scenarioId}.json`;
  const text = readFileSync(file, 'utf8');
  if (api.loadAndCompile) {
    const loaded = api.loadAndCompile(text, file);
    if (!loaded.ok) throw new Error(`${name}: ${file} does not load`);
    return { name, api, sc: loaded.value };
  }
  // Engines before loadAndCompile: load with the scenario layer, then compile.
  const scenario = (await import(pathToFileURL(`${root}/src/scenario/index.ts`).href)) as ScenarioApi;
  const loaded = scenario.loadScenario(text, file);
  if (!loaded.ok || !api.compileScenario) throw new Error(`${name}: ${file} does not load`);
  return { name, api, sc: api.compileScenario(loaded.value) };
}

const newRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const oldRoot = process.env.TD_BENCH_OLD;
if (!oldRoot) {
  console.error('Set TD_BENCH_OLD to the checkout of the engine to compare with (its node_modules installed).');
  process.exit(2);
}
const scenarioId = process.argv[2] ?? 'reset-2010';
const games = Number(process.env.TD_BENCH_GAMES ?? 100);
const rounds = Number(process.env.TD_BENCH_ROUNDS ?? 3);
const engines = [await engineAt('old', oldRoot, scenarioId), await engineAt('new', newRoot, scenarioId)];

type Play = (e: Engine, seed: string, nato: string, russia: string) => void;
const bulk: Play = (e, seed, nato, russia) => void e.api.simulateGame(e.sc, { seed, doctrines: { nato, russia } });
const interactive: Play = (e, seed, nato, russia) => void e.api.runGame(e.sc, { seed, doctrines: { nato, russia } });

/** CPU milliseconds used by this process so far. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Games per CPU second of one engine on one pairing. */
function rate(e: Engine, play: Play, nato: string, russia: string, round: number): number {
  const start = cpuMs();
  for (let i = 0; i < games; i++) play(e, `cmp-${round}-${i}`, nato, russia);
  return (games / (cpuMs() - start)) * 1000;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Old and new alternately, `rounds` times after a warm-up: the median rate of each. */
function compare(play: Play, nato: string, russia: string): [number, number] {
  for (const e of engines) for (let i = 0; i < 50; i++) play(e, `warm-${i}`, nato, russia);
  const rates: [number[], number[]] = [[], []];
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) rates[k as 0 | 1].push(rate(engines[k]!, play, nato, russia, r));
  }
  return [median(rates[0]), median(rates[1])];
}

console.log(`compare: ${scenarioId}, ${games} games × ${rounds} alternating rounds per pairing, CPU time; old = ${oldRoot}`);
// TD_BENCH_ONLY=verify skips the pairings (a quick check of the replay path alone).
const pairings = process.env.TD_BENCH_ONLY !== 'verify';
const doctrines = pairings ? engines[1]!.api.DOCTRINES.filter((d) => engines[0]!.api.DOCTRINES.includes(d)) : [];
const sums = { bulk: [[], []] as number[][], interactive: [[], []] as number[][] };
for (const nato of doctrines) {
  for (const russia of doctrines) {
    const [ob, nb] = compare(bulk, nato, russia);
    sums.bulk[0]!.push(ob);
    sums.bulk[1]!.push(nb);
    let line = `  ${nato.padEnd(12)} vs ${russia.padEnd(12)} bulk ${ob.toFixed(0).padStart(6)} → ${nb.toFixed(0).padStart(6)} (${(nb / ob).toFixed(2)}×)`;
    // The logged path on the diagonal and against the cooperator, as in engine.bench.ts.
    if (nato === russia || russia === 'cooperator') {
      const [oi, ni] = compare(interactive, nato, russia);
      sums.interactive[0]!.push(oi);
      sums.interactive[1]!.push(ni);
      line += `   interactive ${oi.toFixed(0).padStart(6)} → ${ni.toFixed(0).padStart(6)} (${(ni / oi).toFixed(2)}×)`;
    }
    console.log(line);
  }
}
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
for (const kind of pairings ? (['bulk', 'interactive'] as const) : []) {
  const [o, n] = sums[kind] as [number[], number[]];
  console.log(
    `  ${kind}: mean ${mean(o).toFixed(0)} → ${mean(n).toFixed(0)} games/s (${(mean(n) / mean(o)).toFixed(2)}×), slowest ${Math.min(...o).toFixed(0)} → ${Math.min(...n).toFixed(0)}`,
  );
}

/** Milliseconds to verify one full game's replay (random doctrines), old and new alternately. */
const verifyTimes: [number[], number[]] = [[], []];
const replays = engines.map((e) => {
  const played = e.api.runGame(e.sc, { seed: 'bench-replay', doctrines: { nato: 'random', russia: 'random' } });
  return e.api.recordReplay(e.sc, played.game);
});
for (let r = 0; r < rounds * (pairings ? 2 : 10); r++) {
  const order = r % 2 === 0 ? [0, 1] : [1, 0];
  for (const k of order) {
    const e = engines[k]!;
    const runs = 300;
    const start = cpuMs();
    for (let i = 0; i < runs; i++) e.api.verifyReplay(e.sc, replays[k]);
    verifyTimes[k as 0 | 1].push((cpuMs() - start) / runs);
  }
}
const [vo, vn] = [median(verifyTimes[0]), median(verifyTimes[1])];
console.log(`  replay verification of one full game: ${vo.toFixed(3)} → ${vn.toFixed(3)} ms (${(vo / vn).toFixed(2)}× as fast)`);
