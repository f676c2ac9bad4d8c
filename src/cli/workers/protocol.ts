// Messages between the batch runner (src/cli/parallel.ts) and its pairing workers, and the slice loop both sides run.
import type { CompiledScenario, DoctrineId } from '../../engine/index.js';
import { emptyTotals, mergeTotals, playPairing, type PairingTotals } from '../../analysis/stats.js';

/** Runs [from, from + runs) of one pairing: seeds `${baseSeed}/${i}`, so any split gives the same games. */
export interface PairingJob {
  nato: DoctrineId;
  russia: DoctrineId;
  from: number;
  runs: number;
}

/** What a worker needs to load the scenario itself (a path and a hash, never compiled objects) and play jobs. */
export interface WorkerInit {
  file: string;
  scenarioId: string;
  scenarioSha256: string;
  baseSeed: string;
  noise: number | undefined;
}

export interface WorkerData {
  /** URL of the TypeScript entry that boot.mjs imports once tsx is registered. */
  entry: string;
  init: WorkerInit;
}

export type ToWorker = { type: 'job'; index: number; job: PairingJob };

export type FromWorker =
  | { type: 'ready' }
  /** Games of job `index` played so far (cumulative within the job). */
  | { type: 'progress'; index: number; games: number }
  | { type: 'done'; index: number; totals: PairingTotals }
  | { type: 'failed'; message: string };

/** Games played between two progress checks: small enough for a fresh line each second, big enough to cost nothing. */
export const SLICE = 50;

/** Plays games [job.from + done, job.from + done + SLICE) of a job, at most to its end. */
export function playSlice(
  sc: CompiledScenario,
  init: Pick<WorkerInit, 'baseSeed' | 'noise'>,
  job: PairingJob,
  done: number,
): PairingTotals {
  const runs = Math.min(SLICE, job.runs - done);
  return playPairing(sc, { nato: job.nato, russia: job.russia, runs, from: job.from + done, baseSeed: init.baseSeed, noise: init.noise });
}

/** Plays a job in slices, calling `onGames` with the games played so far after each slice; slices merge in order. */
export function playJob(
  sc: CompiledScenario,
  init: Pick<WorkerInit, 'baseSeed' | 'noise'>,
  job: PairingJob,
  onGames?: (games: number) => void,
): PairingTotals {
  let totals = emptyTotals();
  for (let done = 0; done < job.runs;) {
    const slice = playSlice(sc, init, job, done);
    totals = mergeTotals(totals, slice);
    done += slice.runs;
    onGames?.(done);
  }
  return totals;
}
