// Screenshots of the classroom screens of issue 12 at the two sizes a classroom projects (1280×720, 1920×1080): the
// hand-overs' ready fields (to Russia's team, and under fog to NATO's at a half-year's start), "Leave the game?", the title's Continue with its summary, the debrief's saved answers.
// Each shot is also checked for what a player would notice: nothing wider than the screen, the ready field and the
// dialog's buttons on screen. Screenshots: classroom-*-1280.png, classroom-*-1920.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { playHotseatTurn, startHotseat, takeHandover } from './classroom-flows.js';
import { confirmTurn, nextFromResolution, openTitle } from './flows.js';
import { expectNoErrors, launch, pressButton, screenshot, tabTo, waitForTd, watchedPage, type Browser } from './harness.js';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

async function onScreen(page: Page, selector: string, size: { width: number; height: number }): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, selector).not.toBeNull();
  expect(box!.x + box!.width, `${selector} within the width`).toBeLessThanOrEqual(size.width);
  expect(box!.y + box!.height, `${selector} within the height`).toBeLessThanOrEqual(size.height);
}

let browsers: Browser[] = [];
beforeAll(() => {
  browsers = [];
});
afterAll(async () => {
  for (const b of browsers) await b.close();
});

describe('the classroom screens at projector sizes', () => {
  for (const size of SIZES) {
    test(`${size.width}×${size.height}: hand-over, leave, Continue, saved answers`, async () => {
      const browser = await launch({ viewport: size });
      browsers.push(browser);
      const w = await watchedPage(browser);
      const { page } = w;
      const shot = (name: string): Promise<string> => screenshot(page, `classroom-${name}-${size.width}`);
      await openTitle(page, inject('baseURL'));
      await startHotseat(page, { seed: `e2e-shots-${size.width}`, timer: /^2 minutes/i, natoTeam: 'Blue table' });
      await page.keyboard.press('1');
      await confirmTurn(page);
      await waitForTd(page, 'the hand-over', (td) => td.phase === 'handover' && td.side === 'russia');
      await onScreen(page, '.td-ready input', size);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      await shot('handover');
      await page.keyboard.press('Escape');
      await page.getByRole('alertdialog', { name: /leave the game/i }).waitFor({ timeout: 5_000 });
      await onScreen(page, '.td-leave__box', size);
      await shot('leave');
      await pressButton(page, /leave the game/i);
      const hint = page.locator('#hint-continue');
      await expect.poll(() => hint.innerText(), { timeout: 10_000 }).toMatch(/Blue table and Team Russia/);
      await shot('continue');
      await pressButton(page, /continue/i);
      await takeHandover(page);
      await confirmTurn(page);
      await waitForTd(page, 'the resolution', (td) => td.phase === 'resolution');
      await nextFromResolution(page);
      // The next half-year opens on the hand-over to NATO's team: nothing private, the ready field on screen.
      await waitForTd(page, 'the hand-over to NATO', (td) => td.phase === 'handover' && td.side === 'nato' && td.turnsPlayed === 1);
      await onScreen(page, '.td-ready input', size);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      await shot('handover-nato');
      for (let i = 1; i < 5; i++) {
        await playHotseatTurn(page, i);
        await nextFromResolution(page);
      }
      await waitForTd(page, 'the debrief', (s) => s.phase === 'debrief');
      const box = page.getByRole('textbox', { name: /class answers: how did it feel/i });
      await tabTo(page, box, 'the first answer box');
      await page.keyboard.type('Tense at first; then the projects carried us.');
      await box.scrollIntoViewIfNeeded();
      await shot('answers');
      const sheet = page.getByRole('button', { name: /download a spreadsheet/i });
      await sheet.scrollIntoViewIfNeeded();
      await onScreen(page, '.td-debrief section:has(.td-share-field) .actions', size);
      await shot('share');
      expectNoErrors(w);
    });
  }
});
