// Starts "choices or luck" in a Web Worker and relays its messages; where no worker can be had (the one-file edition,
// a page opened from a file, a worker file that does not load), the same runs go on the page itself, in slices short
// enough to keep it responsive, with the same progress messages. One job per handle, stopped when done or dropped.
import { noWorkerReason, type NoWorkerReason } from '../deploy/capabilities.js';
import type { LuckJob, LuckMessage } from './luck-protocol.js';
import { emptyLuck, luckSlice, prepareLuck } from './luck-run.js';
import { spawnLuckWorker } from './luck-spawn.js';

export type LuckWhere = 'worker' | 'page';

export interface LuckHandle {
  cancel(): void;
}

/** Milliseconds of replays per slice on the page, between which the page draws and takes keys. */
const SLICE_MS = 12;

/** Runs the job on the page; progress after every slice. */
export function runLuckOnPage(job: LuckJob, onMessage: (message: LuckMessage) => void): LuckHandle {
  let stopped = false;
  let timer: number | undefined;
  const prepared = prepareLuck(job);
  if (!prepared.ok) {
    queueMicrotask(() => onMessage({ type: 'error', problem: prepared.problem }));
    return { cancel: () => undefined };
  }
  let totals = emptyLuck();
  let done = 0;
  const slice = (): void => {
    if (stopped) return;
    try {
      const start = performance.now();
      do {
        totals = luckSlice(prepared, totals, done, done + 1);
        done += 1;
      } while (done < job.runs && performance.now() - start < SLICE_MS);
    } catch (error) {
      onMessage({ type: 'error', problem: error instanceof Error ? error.message : String(error) });
      return;
    }
    onMessage({ type: 'progress', done, runs: job.runs });
    if (done >= job.runs) onMessage({ type: 'done', totals });
    else timer = window.setTimeout(slice, 0);
  };
  timer = window.setTimeout(slice, 0);
  return {
    cancel: () => {
      stopped = true;
      window.clearTimeout(timer);
    },
  };
}

/**
 * Starts the job; `onWhere` says where it runs ('worker', or 'page' with the reason) and is called again if a
 * worker fails before its first message and the job moves to the page.
 */
export function startLuck(
  job: LuckJob,
  onMessage: (message: LuckMessage) => void,
  onWhere: (where: LuckWhere, reason: NoWorkerReason | null) => void = () => undefined,
): LuckHandle {
  let current: LuckHandle | null = null;
  const onPage = (reason: NoWorkerReason): LuckHandle => {
    onWhere('page', reason);
    current = runLuckOnPage(job, onMessage);
    return current;
  };
  const reason = noWorkerReason();
  if (reason) {
    onPage(reason);
    return { cancel: () => current?.cancel() };
  }
  let worker: Worker | null = null;
  const stop = (): void => {
    worker?.terminate();
    worker = null;
  };
  try {
    worker = spawnLuckWorker();
  } catch {
    onPage('blocked');
    return { cancel: () => current?.cancel() };
  }
  let heard = false;
  onWhere('worker', null);
  current = { cancel: stop };
  worker.addEventListener('message', (event: MessageEvent<LuckMessage>) => {
    heard = true;
    onMessage(event.data);
    if (event.data.type !== 'progress') stop();
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    stop();
    // The worker file did not load or start (no network, a file:// page): the same runs, on the page.
    if (!heard) onPage('failed');
    else onMessage({ type: 'error', problem: event.message || 'the worker stopped' });
  });
  worker.postMessage(job);
  return { cancel: () => current?.cancel() };
}
