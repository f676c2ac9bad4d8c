// Wrong PINs lock the console out for longer and longer (pure): two slips are free, then 5 s, 10 s, 20 s, … up to
// 15 minutes per try. One count for the overlay and every console window, kept by the game's window for its tab.

export interface Lockout {
  /** Wrong PINs since the last right one. */
  failures: number;
  /** Until when (ms since the epoch) no PIN is checked at all. */
  lockedUntil: number;
}

export const noLockout: Lockout = { failures: 0, lockedUntil: 0 };

const FREE_TRIES = 2;
const FIRST_DELAY_MS = 5_000;
export const MAX_DELAY_MS = 15 * 60_000;

/** The wait after the n-th wrong PIN in a row. */
export function delayAfter(failures: number): number {
  if (failures <= FREE_TRIES) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(failures - FREE_TRIES - 1, 20));
}

/** After a wrong PIN at `now`. */
export const afterWrongPin = (state: Lockout, now: number): Lockout => {
  const failures = state.failures + 1;
  return { failures, lockedUntil: now + delayAfter(failures) };
};

/** Milliseconds left before a PIN may be tried again (0: now). */
export const lockedFor = (state: Lockout, now: number): number => Math.max(0, state.lockedUntil - now);

/** A stored lockout, checked (anything odd is none: whoever can write session storage has the devtools anyway). */
export function parseLockout(value: unknown, now: number): Lockout {
  if (typeof value !== 'object' || value === null) return noLockout;
  const { failures, lockedUntil } = value as Record<string, unknown>;
  if (!Number.isSafeInteger(failures) || (failures as number) < 0 || typeof lockedUntil !== 'number' || !Number.isFinite(lockedUntil))
    return noLockout;
  // A clock set back must not lock the teacher out for longer than the longest wait.
  return { failures: Math.min(failures as number, 1000), lockedUntil: Math.min(lockedUntil, now + MAX_DELAY_MS) };
}

/** "12 s", "3 min 20 s": how long to wait, for the teacher. */
export function waitText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}
