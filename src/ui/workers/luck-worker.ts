// "Choices or luck": the player's choices replayed on other seeds against the same doctrine, off the main thread.
import '../zod-jitless.js';
import { PROGRESS_EVERY, type LuckJob, type LuckMessage } from './luck-protocol.js';
import { emptyLuck, luckSlice, prepareLuck } from './luck-run.js';

const post = (message: LuckMessage): void => (self as unknown as Worker).postMessage(message);

function run(job: LuckJob): void {
  const prepared = prepareLuck(job);
  if (!prepared.ok) {
    post({ type: 'error', problem: prepared.problem });
    return;
  }
  let totals = emptyLuck();
  for (let done = 0; done < job.runs;) {
    const next = Math.min(job.runs, done + PROGRESS_EVERY);
    totals = luckSlice(prepared, totals, done, next);
    done = next;
    post({ type: 'progress', done, runs: job.runs });
  }
  post({ type: 'done', totals });
}

self.addEventListener('message', (event: MessageEvent<LuckJob>) => {
  try {
    if (event.data?.type === 'luck') run(event.data);
  } catch (error) {
    post({ type: 'error', problem: error instanceof Error ? error.message : String(error) });
  }
});
