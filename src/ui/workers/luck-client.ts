// Starts the "choices or luck" worker and relays its messages; one job per worker, terminated when done or dropped.
import type { LuckJob, LuckMessage } from './luck-protocol.js';

export interface LuckHandle {
  cancel(): void;
}

export function startLuck(job: LuckJob, onMessage: (message: LuckMessage) => void): LuckHandle {
  let worker: Worker | null = null;
  const stop = (): void => {
    worker?.terminate();
    worker = null;
  };
  try {
    worker = new Worker(new URL('./luck-worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    queueMicrotask(() => onMessage({ type: 'error', problem: error instanceof Error ? error.message : String(error) }));
    return { cancel: stop };
  }
  worker.addEventListener('message', (event: MessageEvent<LuckMessage>) => {
    onMessage(event.data);
    if (event.data.type !== 'progress') stop();
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onMessage({ type: 'error', problem: event.message || 'the worker stopped' });
    stop();
  });
  worker.postMessage(job);
  return { cancel: stop };
}
