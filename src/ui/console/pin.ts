// The console's PIN, kept for the tab in sessionStorage: it keeps curious students out of the console; it is not a
// security boundary (anyone with the device and the developer tools can read it).
import { validPin } from './state.js';

const KEY = 'td-console-pin';

export function storedPin(): string | null {
  try {
    const pin = window.sessionStorage.getItem(KEY);
    return pin !== null && validPin(pin) ? pin : null;
  } catch {
    return null;
  }
}

/** Stores the PIN; returns false when storage refused (the PIN then lasts as long as the page). */
let memory: string | null = null;
export function storePin(pin: string): boolean {
  memory = pin;
  try {
    window.sessionStorage.setItem(KEY, pin);
    return true;
  } catch {
    return false;
  }
}

export const currentPin = (): string | null => storedPin() ?? memory;
