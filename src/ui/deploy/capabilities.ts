// What this page can do where it runs (the site over http(s), the one file over file://): read once, no side effects.
import { SINGLE_FILE } from '../edition.js';

export type NoWorkerReason = 'singleFile' | 'file' | 'unsupported' | 'blocked' | 'failed';

/** Why "choices or luck" cannot have a worker here, or null when one may be tried. */
export function noWorkerReason(): NoWorkerReason | null {
  if (SINGLE_FILE) return 'singleFile';
  if (typeof Worker === 'undefined') return 'unsupported';
  if (location.protocol === 'file:') return 'file';
  return null;
}

/**
 * Whether the teacher's console can open in a second window: 'no' without BroadcastChannel; 'file' from a file,
 * where Chromium connects the two windows but other browsers may keep pages opened from files apart.
 */
export function consoleWindow(): 'yes' | 'no' | 'file' {
  if (typeof BroadcastChannel === 'undefined') return 'no';
  return location.protocol === 'file:' ? 'file' : 'yes';
}

/** Whether localStorage takes a write here (private modes and blocked storage refuse it). */
export function storageWorks(): boolean {
  try {
    const key = 'td.probe';
    window.localStorage.setItem(key, '1');
    window.localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
