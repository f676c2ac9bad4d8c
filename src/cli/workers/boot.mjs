// Worker bootstrap: Node 20 does not apply `--import tsx` from a Worker's execArgv to its entry module,
// so the worker registers tsx itself and then imports the TypeScript entry named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
