// The classroom's other rough edges (issue 12, bug 7): the decision timer must not run before the turn screen is
// there to be seen (a slow first frame, e.g. the map drawn on a school laptop, used to eat seconds: "0:57 at first
// sight"); with two game tabs open, the teacher's console window shows its own game only — never the other tab's,
// never a false "No PIN set" — and the teacher's pause outlives a reload of the game's tab, the game coming back paused.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { startHotseat } from './classroom-flows.js';
import { enterPin, openConsoleWindow, PIN } from './console-flows.js';
import { confirmTurn, openTitle, startGame } from './flows.js';
import {
  expectNoErrors,
  launch,
  newWatchedPage,
  pressButton,
  recordTexts,
  screenshot,
  seenTexts,
  waitForTd,
  waitForText,
  watchedPage,
  type Browser,
} from './harness.js';

const text = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the classroom around the game', () => {
  test('the decision timer starts once the turn screen is drawn: a slow first frame costs the team no time', async () => {
    const w = await newWatchedPage(browser);
    const { page } = w;
    // Every timer text shown, and a 3-second task right after the turn screen appears (a slow map, a slow machine).
    await page.addInitScript(() => {
      const w = window as unknown as { __timer: string[] };
      w.__timer = [];
      let blocked = false;
      new MutationObserver(() => {
        const left = document.querySelector('.td-timer__left');
        if (!left) return;
        const now = left.textContent ?? '';
        if (w.__timer.at(-1) !== now) w.__timer.push(now);
        if (!blocked) {
          blocked = true;
          setTimeout(() => {
            const end = performance.now() + 3000;
            while (performance.now() < end) {
              // busy: the main thread is taken, as by a long first frame
            }
          }, 0);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await openTitle(page, inject('baseURL'));
    await startHotseat(page, { seed: 'e2e-timer-start', timer: /^1 minute/i });
    await page
      .getByText(/0:56 left/)
      .first()
      .waitFor({ timeout: 20_000 });
    const shown = await page.evaluate(() => (window as unknown as { __timer: string[] }).__timer);
    const seconds = shown.map((s) => {
      const [m, sec] = s.replace(' left', '').split(':').map(Number);
      return m! * 60 + sec!;
    });
    expect(shown[0], 'first sight').toBe('1:00 left');
    const jumps = seconds.slice(1).filter((s, i) => seconds[i]! - s > 1);
    expect(jumps, `the timer counted down second by second (${shown.join(', ')})`).toEqual([]);
    expectNoErrors(w);
    await page.close();
  });

  test("two game tabs: the console window shows its tab's game only, never a false 'No PIN', and the pause survives a reload", async () => {
    const a = await watchedPage(browser);
    await openTitle(a.page, inject('baseURL'));
    await startHotseat(a.page, { seed: 'e2e-two-tabs', timer: /^1 minute/i, natoTeam: 'Blue table' });
    await a.page.keyboard.press('Control+Shift+KeyX');
    await a.page.getByRole('dialog', { name: /teacher's console/i }).waitFor({ timeout: 10_000 });
    await enterPin(a.page, PIN);
    await a.page.getByRole('button', { name: /pause the game/i }).waitFor({ timeout: 10_000 });
    await a.page.keyboard.press('Escape');
    // A second game tab, with a game of its own and its own console (no PIN set there).
    const b = await newWatchedPage(browser);
    await openTitle(b.page, inject('baseURL'));
    await startGame(b.page, { scenario: /the reset, 2010/i, side: 'Russia', opponent: /hardliner/i, seed: 'e2e-other-tab' });
    await b.page.keyboard.press('Control+Shift+KeyX');
    await waitForText(b.page, /set a pin for the console/i, "the other tab's own console");
    await b.page.keyboard.press('Escape');

    const teacher = await openConsoleWindow(a.page);
    await waitForText(teacher.page, /enter the teacher's pin/i, "the console window's PIN prompt");
    await recordTexts(teacher.page);
    await enterPin(teacher.page, PIN);
    await waitForText(teacher.page, /Blue table is choosing for NATO/, 'the console window on its game', 15_000);
    // Both tabs go on: the other one plays a half-year, this one's NATO team selects a card.
    await b.page.bringToFront();
    await b.page.keyboard.press('1');
    await confirmTurn(b.page);
    await waitForTd(b.page, "the other tab's resolution", (td) => td.phase === 'resolution');
    await a.page.bringToFront();
    await a.page.keyboard.press('1');
    // Several heartbeats of the game's window (every 2 s).
    await expect.poll(async () => (await seenTexts(teacher.page)).length, { timeout: 15_000 }).toBeGreaterThan(3);
    await teacher.page.waitForTimeout(5_000);

    await pressButton(teacher.page, /pause the game/i);
    await a.page.getByRole('alertdialog', { name: /paused by the teacher/i }).waitFor({ timeout: 10_000 });
    a.page.once('dialog', (d) => void d.accept());
    await a.page.reload();
    await a.page.getByRole('alertdialog', { name: /paused by the teacher/i }).waitFor({ timeout: 20_000 });
    // The console window reconnects by itself to the reloaded tab (at the title now, the game saved), still paused.
    await expect.poll(() => text(teacher.page), { timeout: 20_000 }).toMatch(/No game is running yet/);
    await expect.poll(() => text(teacher.page), { timeout: 20_000 }).toMatch(/Resume the game/);
    await screenshot(teacher.page, 'classroom-tabs-console');
    const seen = await seenTexts(teacher.page);
    expect(
      seen.filter((s) => /no pin has been set/i.test(s)),
      'never "No PIN"',
    ).toEqual([]);
    expect(
      seen.filter((s) => /The reset, 2010|hardliner|e2e-other-tab/i.test(s)),
      "never the other tab's game",
    ).toEqual([]);
    await pressButton(teacher.page, /resume the game/i);
    await expect.poll(() => a.page.getByRole('alertdialog', { name: /paused by the teacher/i }).count(), { timeout: 10_000 }).toBe(0);
    expectNoErrors(a);
    expectNoErrors(b);
    expectNoErrors(teacher);
  });
});
