// The decision timer of hot-seat play (issue 5): a countdown per team per turn, in the interface only (a replay records
// choices, never time). Pure: the state is a value, time comes in as elapsed milliseconds, and what the screen must
// say comes back as events — the two announcements (one minute and ten seconds left) and the expiry, each once.

/** The teacher's choices on the New game screen, in seconds (0: no timer). */
export const TIMER_CHOICES = [0, 60, 120, 180, 300] as const;
export type TimerSeconds = (typeof TIMER_CHOICES)[number];

export const isTimerSeconds = (value: unknown): value is TimerSeconds =>
  typeof value === 'number' && (TIMER_CHOICES as readonly number[]).includes(value);

/** The moments announced to screen readers (polite, never every second), in milliseconds left. */
export const ANNOUNCE_AT = [60_000, 10_000] as const;

export interface TimerState {
  /** The whole allowance, ms. */
  readonly totalMs: number;
  /** What is left, ms (never below 0). */
  readonly remainingMs: number;
  /** False while paused (the hand-over screen) or after expiry. */
  readonly running: boolean;
  /** The ANNOUNCE_AT moments already passed (announced or skipped), and whether it has expired. */
  readonly announced: readonly number[];
  readonly expired: boolean;
}

export type TimerEvent = { kind: 'announce'; at: number } | { kind: 'expired' };

export function createTimer(totalMs: number): TimerState {
  const total = Math.max(0, Math.round(totalMs));
  // A moment at or above the whole allowance is not announced (a one-minute timer does not say "one minute left" at once).
  return { totalMs: total, remainingMs: total, running: false, announced: ANNOUNCE_AT.filter((at) => at >= total), expired: false };
}

export const startTimer = (state: TimerState): TimerState => (state.expired || state.running ? state : { ...state, running: true });

export const pauseTimer = (state: TimerState): TimerState => (state.running ? { ...state, running: false } : state);

/**
 * Advances a running timer by `elapsedMs`. Returns the new state and the events crossed: an announcement for each
 * ANNOUNCE_AT moment passed (only the latest one if several were crossed at once, e.g. after the tab slept), and
 * `expired` once when the time runs out.
 */
export function tickTimer(state: TimerState, elapsedMs: number): { state: TimerState; events: TimerEvent[] } {
  if (!state.running || state.expired || !(elapsedMs > 0)) return { state, events: [] };
  const remainingMs = Math.max(0, state.remainingMs - elapsedMs);
  const events: TimerEvent[] = [];
  const crossed = ANNOUNCE_AT.filter((at) => !state.announced.includes(at) && remainingMs <= at);
  const announced = [...state.announced, ...crossed];
  if (remainingMs === 0) {
    events.push({ kind: 'expired' });
    return { state: { ...state, remainingMs, announced, running: false, expired: true }, events };
  }
  const latest = crossed.length ? Math.min(...crossed) : null;
  if (latest !== null) events.push({ kind: 'announce', at: latest });
  return { state: { ...state, remainingMs, announced }, events };
}

/** "2:00", "0:09": minutes and seconds left, rounded up so that "0:00" is shown only when the time is up. */
export function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
