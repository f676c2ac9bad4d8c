// "Choices or luck": the player's choices replayed on other seeds against the same doctrine, off the main thread.
import '../zod-jitless.js';
import { playLuck } from '../../analysis/debrief.js';
import { compileScenario } from '../../engine/index.js';
import { formatError, loadScenario } from '../../scenario/index.js';
import { PROGRESS_EVERY, type LuckJob, type LuckMessage } from './luck-protocol.js';

const post = (message: LuckMessage): void => (self as unknown as Worker).postMessage(message);

function run(job: LuckJob): void {
  const loaded = loadScenario(job.scenarioText, `${job.scenarioId}.json`);
  if (!loaded.ok) {
    post({ type: 'error', problem: loaded.errors.map(formatError).join('; ') });
    return;
  }
  const sc = compileScenario(loaded.value);
  const request = { side: job.side, script: job.script, opponent: job.opponent, seed: job.seed, noise: job.noise };
  const totals = playLuck(sc, request, 0, job.runs, (done) => {
    if (done % PROGRESS_EVERY === 0 || done === job.runs) post({ type: 'progress', done, runs: job.runs });
  });
  post({ type: 'done', totals });
}

self.addEventListener('message', (event: MessageEvent<LuckJob>) => {
  try {
    if (event.data?.type === 'luck') run(event.data);
  } catch (error) {
    post({ type: 'error', problem: error instanceof Error ? error.message : String(error) });
  }
});
