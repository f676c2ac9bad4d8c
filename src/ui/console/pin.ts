// What the game's window keeps for its tab in session storage: the PIN's salted hash (never the PIN), the count of
// wrong PINs with the lockout, and whether the teacher paused the game (so that reloading the tab does not unpause
// it). Storage may refuse: then the values last as long as the page. This keeps curious students out of the console;
// it is not a lock against someone with the device's developer tools (see the README).
import { noLockout, parseLockout, type Lockout } from './lockout.js';
import { parsePinRecord, type PinRecord } from './pin-hash.js';

const KEYS = { record: 'td-console-pin-hash', lockout: 'td-console-lockout', paused: 'td-console-paused' } as const;
/** Where earlier versions kept the PIN itself, in clear: removed on sight. */
const CLEAR_PIN_KEY = 'td-console-pin';

const memory = new Map<string, string>();

function read(key: string): unknown {
  let text: string | null = null;
  try {
    window.sessionStorage.removeItem(CLEAR_PIN_KEY);
    text = window.sessionStorage.getItem(key);
  } catch {
    // Storage refused: the page's memory only.
  }
  text ??= memory.get(key) ?? null;
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  const text = JSON.stringify(value);
  memory.set(key, text);
  try {
    window.sessionStorage.setItem(key, text);
  } catch {
    // Kept in memory for as long as the page lives.
  }
}

export const storedPinRecord = (): PinRecord | null => parsePinRecord(read(KEYS.record));
export const storePinRecord = (record: PinRecord): void => write(KEYS.record, record);

export const storedLockout = (now: number): Lockout => parseLockout(read(KEYS.lockout), now) ?? noLockout;
export const storeLockout = (state: Lockout): void => write(KEYS.lockout, state);

export const storedPaused = (): boolean => read(KEYS.paused) === true;
export const storePaused = (paused: boolean): void => write(KEYS.paused, paused);
