// "Choices or luck" as steps that either runner takes: the worker in one go, the page in slices between frames.
import { emptyLuck, mergeLuck, playLuckRun, type LuckRequest, type LuckTotals } from '../../analysis/debrief.js';
import { loadAndCompile, type CompiledScenario } from '../../engine/index.js';
import { formatError } from '../../scenario/index.js';
import type { LuckJob } from './luck-protocol.js';

export type PreparedLuck = { ok: true; sc: CompiledScenario; request: LuckRequest } | { ok: false; problem: string };

/** Validates the job's scenario again (it is data, not code) and compiles it. */
export function prepareLuck(job: LuckJob): PreparedLuck {
  const loaded = loadAndCompile(job.scenarioText, `${job.scenarioId}.json`);
  if (!loaded.ok) return { ok: false, problem: loaded.errors.map(formatError).join('; ') };
  const request = { side: job.side, script: job.script, opponent: job.opponent, seed: job.seed, noise: job.noise };
  return { ok: true, sc: loaded.value, request };
}

/** Runs `from .. to-1` onto `totals` (the same runs, in the same order, as playLuck over the whole range). */
export function luckSlice(prepared: Extract<PreparedLuck, { ok: true }>, totals: LuckTotals, from: number, to: number): LuckTotals {
  let sum = totals;
  for (let i = from; i < to; i++) sum = mergeLuck(sum, playLuckRun(prepared.sc, prepared.request, i));
  return sum;
}

export { emptyLuck };
