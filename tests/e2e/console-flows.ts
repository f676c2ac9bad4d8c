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

/**
 * What the console's visible button (`.console-open`) covers on the screen: the text (as clipped by its scrolling
 * containers) and the controls under it. Empty when it covers nothing (issue 12: it covered the project board).
 */
export function coveredByConsoleButton(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const opener = document.querySelector<HTMLElement>('.console-open');
    if (!opener || opener.hidden) return ['(the button is not shown)'];
    const b = opener.getBoundingClientRect();
    const clipOf = (node: Node): DOMRect => {
      let [left, top, right, bottom] = [0, 0, innerWidth, innerHeight];
      for (let a = node.parentElement; a; a = a.parentElement) {
        if (getComputedStyle(a).overflowY === 'visible') continue;
        const r = a.getBoundingClientRect();
        left = Math.max(left, r.left + a.clientLeft);
        top = Math.max(top, r.top + a.clientTop);
        right = Math.min(right, r.left + a.clientLeft + a.clientWidth);
        bottom = Math.min(bottom, r.top + a.clientTop + a.clientHeight);
      }
      return new DOMRect(left, top, right - left, bottom - top);
    };
    const under = (r: DOMRect, clip: DOMRect): boolean => {
      const [left, right] = [Math.max(r.left, clip.left, b.left), Math.min(r.right, clip.right, b.right)];
      const [top, bottom] = [Math.max(r.top, clip.top, b.top), Math.min(r.bottom, clip.bottom, b.bottom)];
      return right > left && bottom > top;
    };
    const out: string[] = [];
    const ui = document.getElementById('ui')!;
    const walker = document.createTreeWalker(ui, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      if (!text) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const clip = clipOf(n);
      if ([...range.getClientRects()].some((r) => under(r, clip))) out.push(text.slice(0, 60));
    }
    for (const c of ui.querySelectorAll('button, input, select, textarea, a, summary'))
      if (under(c.getBoundingClientRect(), clipOf(c))) out.push(`<${c.tagName.toLowerCase()}> ${c.textContent?.trim().slice(0, 40) ?? ''}`);
    return out;
  });
}
