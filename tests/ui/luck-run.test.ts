// "Choices or luck" without a worker: the page runs the same replays in slices; any slicing gives the totals of one
// uninterrupted run (what the worker computes), and a broken scenario is an error value, not a throw.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { playLuck } from '../../src/analysis/debrief.js';
import type { LuckJob } from '../../src/ui/workers/luck-protocol.js';
import { emptyLuck, luckSlice, prepareLuck } from '../../src/ui/workers/luck-run.js';

const text = readFileSync(fileURLToPath(new URL('../../scenarios/tutorial.json', import.meta.url)), 'utf8');
const tutorial = JSON.parse(text) as { actions: { id: string; side: string }[] };
const first = tutorial.actions.find((a) => a.side === 'nato')!.id;
const job: LuckJob = {
  type: 'luck',
  scenarioId: 'tutorial',
  scenarioText: text,
  side: 'nato',
  script: [[first], [], [first], [], []],
  opponent: 'reciprocator',
  seed: 'slices',
  runs: 40,
};

describe('luckSlice', () => {
  it.each([[1], [7], [40]])('slices of %i runs add up to one uninterrupted run', (size) => {
    const prepared = prepareLuck(job);
    if (!prepared.ok) throw new Error(prepared.problem);
    let totals = emptyLuck();
    for (let from = 0; from < job.runs; from += size) totals = luckSlice(prepared, totals, from, Math.min(job.runs, from + size));
    expect(totals).toEqual(playLuck(prepared.sc, prepared.request, 0, job.runs));
    expect(totals.runs).toBe(job.runs);
  });

  it('a scenario that does not load is a problem in words', () => {
    const prepared = prepareLuck({ ...job, scenarioText: '{"id": 3}' });
    expect(prepared.ok).toBe(false);
    if (!prepared.ok) expect(prepared.problem).toMatch(/tutorial\.json/);
  });
});
