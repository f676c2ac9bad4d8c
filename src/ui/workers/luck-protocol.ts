// Messages between the debrief and the "choices or luck" worker: plain JSON, structured-cloned.
import type { LuckTotals } from '../../analysis/debrief.js';
import type { DoctrineId, Side } from '../../engine/index.js';

export interface LuckJob {
  type: 'luck';
  /** The scenario's id and its JSON text (validated again in the worker: it is data, not code). */
  scenarioId: string;
  scenarioText: string;
  side: Side;
  /** The player's actions, turn by turn. */
  script: string[][];
  opponent: DoctrineId;
  seed: string;
  noise?: number | undefined;
  runs: number;
}

export type LuckMessage =
  { type: 'progress'; done: number; runs: number } | { type: 'done'; totals: LuckTotals } | { type: 'error'; problem: string };

/** Progress is posted every this many runs (and at the end). */
export const PROGRESS_EVERY = 10;
