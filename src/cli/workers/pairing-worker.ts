// A worker thread that plays pairing jobs: loads and compiles the scenario itself, then answers each job with its totals.
import { parentPort, workerData } from 'node:worker_threads';
import { scenarioHash, type CompiledScenario } from '../../engine/index.js';
import { CliError } from '../errors.js';
import { nodeIo } from '../io.js';
import { compileScenarioFile } from '../scenarios.js';
import { playJob, type FromWorker, type ToWorker, type WorkerData } from './protocol.js';

/** Progress messages at most this often: the main thread prints at most once a second anyway. */
const PROGRESS_EVERY_MS = 100;

const port = parentPort;
if (!port) throw new Error('pairing-worker.ts runs as a worker thread');
const { init } = workerData as WorkerData;
const post = (message: FromWorker): void => port.postMessage(message);
const describe = (e: unknown): string => (e instanceof CliError ? e.lines.join('\n') : e instanceof Error ? e.message : String(e));

let sc: CompiledScenario | undefined;
try {
  sc = compileScenarioFile(nodeIo(), init.file);
  if (sc.id !== init.scenarioId || scenarioHash(sc) !== init.scenarioSha256) {
    throw new Error(`${init.file} changed after the simulation started (the worker read a different scenario)`);
  }
} catch (e) {
  sc = undefined;
  post({ type: 'failed', message: describe(e) });
}

if (sc) {
  const compiled = sc;
  port.on('message', (message: ToWorker) => {
    try {
      let last = performance.now();
      const totals = playJob(compiled, init, message.job, (games) => {
        const now = performance.now();
        if (now - last < PROGRESS_EVERY_MS) return;
        last = now;
        post({ type: 'progress', index: message.index, games });
      });
      post({ type: 'done', index: message.index, totals });
    } catch (e) {
      post({ type: 'failed', message: describe(e) });
    }
  });
  post({ type: 'ready' });
}
