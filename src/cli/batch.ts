// What simulate and tournament share: their options (--seeds, --seed, --workers), the progress lines and number formats.
import { UsageError } from './errors.js';

/** The base seed when --seed is not given: the same as the analysis module's, so that its numbers and these agree. */
export const DEFAULT_BASE_SEED = 'trust-deficit';
export const MAX_SEEDS = 1_000_000;

/** A positive integer in plain digits (no sign, exponent or decimals), or undefined. */
const positiveInteger = (value: string): number | undefined => {
  if (!/^\d{1,16}$/.test(value.trim())) return undefined;
  const n = Number(value.trim());
  return Number.isSafeInteger(n) && n >= 1 ? n : undefined;
};

/** `--seeds N`: games per pairing, 1 to MAX_SEEDS. */
export function seedsOption(command: string, value: string): number {
  const n = positiveInteger(value);
  if (n === undefined || n > MAX_SEEDS) {
    throw new UsageError(`--seeds must be a whole number of games from 1 to ${group(MAX_SEEDS)}, not "${value}"`, command);
  }
  return n;
}

/** `--workers K`: a positive integer; undefined when not given (the batch then picks). */
export function workersOption(command: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = positiveInteger(value);
  if (n === undefined || n > 256) throw new UsageError(`--workers must be a whole number from 1 to 256, not "${value}"`, command);
  return n;
}

/** Thousands separated by commas, whatever the locale: 12345 → "12,345". */
export const group = (n: number): string => {
  const [int, frac] = String(n).split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac === undefined ? '' : `.${frac}`}`;
};

/** Basis points as the percent the user typed (1550 → 15.5), or null for the scenario's own rate. */
export const noisePercent = (bp: number | undefined): number | null => (bp === undefined ? null : bp / 100);

export interface ProgressOptions {
  now?: () => number;
  /** No line before this much time has passed, so short runs print none. */
  firstAfterMs?: number;
  /** At most one line per this much time. */
  everyMs?: number;
  /** Whether to print at all; by default only when stderr is a terminal and TD_NO_PROGRESS is not set (tests, pipes, CI). */
  enabled?: boolean;
}

/** Progress is for a person watching a terminal: never into a pipe, a log or a test's captured stderr. */
export const progressWanted = (): boolean => process.stderr.isTTY === true && !process.env.TD_NO_PROGRESS;

/**
 * Plain progress lines on stderr ("simulate: 4,000/10,000 games (3.1 s)"): after the first second, at most once a second,
 * and only when stderr is a terminal.
 */
export class Progress {
  private readonly now: () => number;
  private readonly start: number;
  private readonly firstAfterMs: number;
  private readonly everyMs: number;
  private last = -Infinity;
  private readonly enabled: boolean;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly write: (line: string) => void,
    options: ProgressOptions = {},
  ) {
    this.now = options.now ?? (() => performance.now());
    this.firstAfterMs = options.firstAfterMs ?? 1000;
    this.everyMs = options.everyMs ?? 1000;
    this.enabled = options.enabled ?? progressWanted();
    this.start = this.now();
  }

  update(games: number): void {
    if (!this.enabled || games >= this.total) return;
    const t = this.now();
    const elapsed = t - this.start;
    if (elapsed < this.firstAfterMs || t - this.last < this.everyMs) return;
    this.last = t;
    this.write(`${this.label}: ${group(games)}/${group(this.total)} games (${(elapsed / 1000).toFixed(1)} s)`);
  }

  /** Seconds since the start. */
  elapsed(): number {
    return (this.now() - this.start) / 1000;
  }
}

/** Games per second, whole, over the wall time including worker start-up. */
export const rate = (games: number, seconds: number): number => Math.round(games / Math.max(seconds, 1e-9));

/** Who played: "1 core (in-process)" or "2 threads (this one and 1 worker)". */
export const threadsText = (workers: number): string =>
  workers <= 1 ? '1 core (in-process)' : `${workers} threads (this one and ${workers - 1} worker${workers > 2 ? 's' : ''})`;
