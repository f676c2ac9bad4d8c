// Playing many pairings of many seeded games, in-process or spread over worker threads, with identical results either way.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { scenarioHash, type CompiledScenario, type DoctrineId, type PerSide } from '../engine/index.js';
import { emptyTotals, mergeTotals, type PairingTotals } from '../analysis/stats.js';
import { CliError } from './errors.js';
import {
  playJob,
  playSlice,
  type FromWorker,
  type PairingJob,
  type ToWorker,
  type WorkerData,
  type WorkerInit,
} from './workers/protocol.js';

/**
 * Without --workers, a batch uses more than one thread only when each gets at least this many games. Measured on a
 * 2-core machine: a worker takes half a second to a second to start (its own tsx, the engine, the scenario), slows
 * this thread while it starts, and plays its first games on a cold JIT; 3,200 games were still faster in-process,
 * 10,000 took 3.5 s on two threads against 5.6 s on one.
 */
export const MIN_GAMES_PER_THREAD = 2500;
/** Chunks per thread: small chunks let this thread and the warm workers take the work a late or slow worker leaves. */
const CHUNKS_PER_THREAD = 16;
const MIN_CHUNK = 25;
const MAX_CHUNK = 1000;

/** The thread count: the one asked for (at most one per game), else the cores when the batch is big enough. */
export function resolveWorkers(requested: number | undefined, totalGames: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, totalGames));
  return Math.max(1, Math.min(availableParallelism(), Math.floor(totalGames / MIN_GAMES_PER_THREAD)));
}

/** [from, runs) ranges splitting `runs` into `parts` contiguous pieces, in order, sizes differing by at most one. */
export function chunkRanges(runs: number, parts: number): { from: number; runs: number }[] {
  const n = Math.max(1, Math.min(parts, runs));
  const ranges: { from: number; runs: number }[] = [];
  for (let k = 0, from = 0; k < n; k++) {
    const size = Math.floor(runs / n) + (k < runs % n ? 1 : 0);
    ranges.push({ from, runs: size });
    from += size;
  }
  return ranges;
}

export interface BatchOptions {
  sc: CompiledScenario;
  /** The scenario's file: each worker loads and compiles it itself. */
  file: string;
  baseSeed: string;
  noise: number | undefined;
  /** Games per pairing. */
  runs: number;
  /** Threads that play, from resolveWorkers: this one and `workers - 1` worker threads; 1 plays in-process only. */
  workers: number;
  /** Called with the games played so far, across all pairings. */
  onProgress?: (games: number) => void;
  /** With more than one thread, whether this one plays too (default) or only hands out jobs to `workers` workers. */
  thisThreadPlays?: boolean;
}

/**
 * Plays `runs` games of each pairing; the totals are in the pairings' order and do not depend on `workers`: every
 * pairing's runs are split into contiguous chunks, and each pairing's chunks are merged in chunk order, whoever played them.
 */
export async function playPairings(pairings: readonly PerSide<DoctrineId>[], o: BatchOptions): Promise<PairingTotals[]> {
  const total = pairings.length * o.runs;
  const chunk = Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, Math.ceil(total / (o.workers * CHUNKS_PER_THREAD))));
  const parts = o.workers <= 1 ? 1 : Math.ceil(o.runs / chunk);
  // Jobs are pairing-major and, within a pairing, in run order: merging them in job order is merging in chunk order.
  const jobs: { pairing: number; job: PairingJob }[] = pairings.flatMap((p, pairing) =>
    chunkRanges(o.runs, parts).map((range) => ({ pairing, job: { nato: p.nato, russia: p.russia, ...range } })),
  );
  const init: WorkerInit = { file: o.file, scenarioId: o.sc.id, scenarioSha256: scenarioHash(o.sc), baseSeed: o.baseSeed, noise: o.noise };
  const results =
    o.workers <= 1
      ? playInProcess(o.sc, init, jobs, o.onProgress)
      : await playShared(o.sc, init, jobs, Math.min(o.workers, jobs.length), o.thisThreadPlays ?? true, o.onProgress);
  const merged = pairings.map(() => emptyTotals());
  jobs.forEach(({ pairing }, i) => {
    merged[pairing] = mergeTotals(merged[pairing]!, results[i]!);
  });
  return merged;
}

function playInProcess(
  sc: CompiledScenario,
  init: WorkerInit,
  jobs: readonly { job: PairingJob }[],
  onProgress?: (games: number) => void,
): PairingTotals[] {
  let before = 0;
  return jobs.map(({ job }) => {
    const totals = playJob(sc, init, job, (games) => onProgress?.(before + games));
    before += job.runs;
    return totals;
  });
}

const WORKER_BOOT = new URL('./workers/boot.mjs', import.meta.url);
const WORKER_ENTRY = new URL('./workers/pairing-worker.ts', import.meta.url).href;

/**
 * This thread and `threads - 1` workers (or `threads` workers alone) take jobs from one queue as they become free; results land by job index.
 * This thread plays one slice at a time and yields between slices, so that it hands out jobs and relays progress
 * while it plays; it starts at once, while the workers are still starting.
 */
function playShared(
  sc: CompiledScenario,
  init: WorkerInit,
  jobs: readonly { job: PairingJob }[],
  threads: number,
  thisThreadPlays: boolean,
  onProgress?: (games: number) => void,
): Promise<PairingTotals[]> {
  return new Promise((resolve, reject) => {
    const results: (PairingTotals | undefined)[] = jobs.map(() => undefined);
    const played: number[] = jobs.map(() => 0);
    let total = 0;
    let next = 0;
    let finished = 0;
    let settled = false;
    const workers: Worker[] = [];
    /** Workers stopped on purpose (no job left): their exit is not a failure. */
    const retired = new Set<Worker>();
    const stopAll = (): Promise<unknown> => Promise.allSettled(workers.map((w) => w.terminate()));
    const fail = (message: string): void => {
      if (settled) return;
      settled = true;
      void stopAll().then(() => reject(new CliError([`worker failed: ${message}`])));
    };
    const record = (index: number, games: number): void => {
      total += games - played[index]!;
      played[index] = games;
      onProgress?.(total);
    };
    const complete = (index: number, totals: PairingTotals): void => {
      results[index] = totals;
      record(index, jobs[index]!.job.runs);
      if (++finished === jobs.length) {
        settled = true;
        void stopAll().then(() => resolve(results.map((r) => r!)));
      }
    };
    const feed = (worker: Worker): void => {
      if (next < jobs.length) {
        const index = next++;
        worker.postMessage({ type: 'job', index, job: jobs[index]!.job } satisfies ToWorker);
      } else {
        retired.add(worker);
        void worker.terminate();
      }
    };

    for (let k = thisThreadPlays ? 1 : 0; k < threads; k++) {
      const data: WorkerData = { entry: WORKER_ENTRY, init };
      const worker = new Worker(WORKER_BOOT, { workerData: data });
      workers.push(worker);
      worker.on('message', (message: FromWorker) => {
        if (settled) return;
        switch (message.type) {
          case 'ready':
            feed(worker);
            break;
          case 'progress':
            record(message.index, message.games);
            break;
          case 'done':
            complete(message.index, message.totals);
            if (!settled) feed(worker);
            break;
          case 'failed':
            fail(message.message);
            break;
        }
      });
      worker.on('error', (e) => fail(e.message));
      worker.on('exit', (code) => {
        if (!settled && !retired.has(worker)) fail(`a worker stopped (exit code ${code}) before its jobs were done`);
      });
    }

    // This thread's share: one slice per turn of the event loop, so that worker messages are handled in between.
    let mine: { index: number; done: number; totals: PairingTotals } | undefined;
    const step = (): void => {
      if (settled) return;
      try {
        if (!mine) {
          if (next >= jobs.length) return; // the rest is with the workers; their messages settle the batch
          mine = { index: next++, done: 0, totals: emptyTotals() };
        }
        const job = jobs[mine.index]!.job;
        const slice = playSlice(sc, init, job, mine.done);
        mine.totals = mergeTotals(mine.totals, slice);
        mine.done += slice.runs;
        if (mine.done < job.runs) record(mine.index, mine.done);
        else {
          complete(mine.index, mine.totals);
          mine = undefined;
        }
      } catch (e) {
        settled = true;
        void stopAll().then(() => reject(e instanceof Error ? e : new Error(String(e))));
        return;
      }
      setImmediate(step);
    };
    if (thisThreadPlays) setImmediate(step);
  });
}
