// The lesson kit (issue 12), with the keyboard: title key 8 opens it; the 45- and 90-minute plans with their minutes,
// what to do and what to say; the play-time table names the 45-minute scenario as fitting 45 minutes; the page prints
// to A4 in at most four pages with nothing overflowing. Then the 45-minute scenario itself starts as a hot-seat game
// with 2-minute timers and plays a half-year. Screenshots: lesson-kit-*.png, lesson-kit.pdf.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { fullText, playHotseatTurn, startHotseat } from './classroom-flows.js';
import { openTitle, timerRunning } from './flows.js';
import { expectNoErrors, launch, screenshot, SCREENSHOT_DIR, waitForTd, watchedPage, type Browser, type Watched } from './harness.js';

let browser: Browser;
let w: Watched;
beforeAll(async () => {
  browser = await launch();
  w = await watchedPage(browser);
});
afterAll(async () => {
  await browser?.close();
});

const pdfPageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

describe('the lesson kit', () => {
  test('key 8 opens it: two plans that add up, the play times, and a print of at most four A4 pages', async () => {
    const { page } = w;
    await openTitle(page, inject('baseURL'));
    await page.keyboard.press('8');
    await page.getByRole('heading', { name: /^lesson kit$/i }).waitFor({ timeout: 10_000 });
    const times = page.locator('table.kit-times');
    await times.waitFor({ timeout: 10_000 });
    for (const name of [/the 45-minute plan/i, /the 90-minute plan/i]) {
      const plan = page.getByRole('table', { name });
      const rows = await plan.locator('tbody tr').allInnerTexts();
      expect(rows.length).toBeGreaterThanOrEqual(4);
      for (const row of rows) expect(row, 'minutes, phase, what to do, what to say').toMatch(/^\d+–\d+\s+\S[\s\S]*"/);
    }
    const text = await fullText(page);
    expect(text).toMatch(/Total: 45 minutes\./);
    expect(text).toMatch(/Total: 90 minutes\./);
    expect(text).toMatch(/How did it feel\?.*What happened\?.*What did you learn\?/);
    const lesson = times.locator('tr[data-scenario="vilnius-to-minsk"]');
    expect(await lesson.innerText()).toMatch(/From Vilnius to Minsk.*\s6\s+about 30 min\s+a 45-minute lesson/s);
    expect(await times.locator('tr[data-scenario="reset-2010"]').innerText()).toMatch(
      /21\s+about 105 min\s+a project over several lessons/,
    );
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await screenshot(page, `lesson-kit-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.kit-page, .kit-page *'))
        .filter((e) => e instanceof HTMLElement && e.scrollWidth > e.clientWidth + 1)
        .map((e) => `${e.tagName} ${(e.textContent ?? '').slice(0, 40)}`),
    );
    expect(overflow).toEqual([]);
    const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, 'lesson-kit.pdf'), pdf);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(4);
    expectNoErrors(w);
  });

  test('the 45-minute scenario: a hot-seat game with 2-minute timers starts in 2013-H1 and plays a half-year', async () => {
    const { page } = w;
    await openTitle(page, inject('baseURL'));
    await startHotseat(page, { scenario: /from vilnius to minsk/i, seed: 'e2e-kit', timer: /^2 minutes/i });
    const td = await waitForTd(page, "NATO's first turn", (s) => s.phase === 'turn' && s.turnLabel === '2013-H1');
    expect(td.turnsPlayed).toBe(0);
    await timerRunning(page, /2:00 left/);
    expect(await fullText(page)).toMatch(/half-year 1 of 6/i);
    await playHotseatTurn(page, 0);
    expect((await waitForTd(page, 'the resolution', (s) => s.phase === 'resolution')).turnLabel).toBe('2013-H1');
    expectNoErrors(w);
  });
});
