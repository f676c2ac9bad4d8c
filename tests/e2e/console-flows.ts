// What a teacher does with the console, for the console's browser tests: the PIN typed, the second window opened.
import type { Page } from 'playwright-core';
import { pressButton, tabTo, watch, type Watched } from './harness.js';

export const PIN = '2468';

/** Types the PIN into the console's PIN field (a password field, reached with Tab) and presses Enter. */
export async function enterPin(page: Page, pin: string): Promise<void> {
  await tabTo(page, page.getByLabel(/^(new )?pin/i), 'the PIN field');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
}

/**
 * Opens the console in the game's window (the PIN asked there), presses "Open the console in a new window" and returns
 * that window, watched; the game's console is closed again.
 */
export async function openConsoleWindow(page: Page, pin = PIN): Promise<Watched> {
  await page.keyboard.press('Control+Shift+KeyX');
  await page.getByRole('dialog', { name: /teacher's console/i }).waitFor({ timeout: 10_000 });
  await enterPin(page, pin);
  const popup = page.waitForEvent('popup', { timeout: 15_000 });
  await pressButton(page, /open the console in a new window/i);
  const watched = watch(await popup);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: /teacher's console/i }).waitFor({ state: 'detached', timeout: 10_000 });
  return watched;
}
