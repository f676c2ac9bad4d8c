// The teacher ends a game early and runs the console from a tablet (issue 12). A hot-seat tutorial with named teams:
// after the first half-year, NATO's team seals its choice; the teacher, in the console's own window, sees what the
// shared screen never shows (both trusts, both true types, the sealed choice), then ends the game ("End now and
// debrief", confirmed). The debrief says it ended early, with the outcome if it ended now; its replay link carries the
// teams and the early end and verifies in a fresh browser as a partial game. On a touch-only tablet the console's
// visible button opens it, and resumes a paused game from above the pause. Screenshots: classroom-end-*.png.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { decodeReplay, replayCodeFromLink } from '../../src/engine/index.js';
import { confirmTurn, fullText, natoTakes, playHotseatTurn, startHotseat } from './classroom-flows.js';
import { enterPin, openConsoleWindow, PIN } from './console-flows.js';
import { copyReplayLink, nextFromResolution, openTitle } from './flows.js';
import { expectNoErrors, launch, pressButton, screenshot, tabTo, waitForTd, waitForText, watchedPage, type Browser } from './harness.js';

const NATO_TEAM = 'Les Faucons';
const RUSSIA_TEAM = 'Team Ж';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a replay link in a brand-new browser; returns the viewer's text once it verified the replay. */
async function verifiedInFreshBrowser(link: string): Promise<string> {
  const fresh = await launch();
  try {
    const w = await watchedPage(fresh);
    await w.page.goto(link);
    await waitForTd(w.page, 'the replay viewer to verify the link', (s) => s.phase === 'replay' && typeof s.finalHash === 'string', 20_000);
    await waitForText(w.page, /verified/i, 'the viewer saying the replay is verified');
    await screenshot(w.page, 'classroom-end-viewer');
    expectNoErrors(w);
    return await fullText(w.page);
  } finally {
    await fresh.close();
  }
}

describe('the teacher ends the game early', () => {
  test('at the second half-year, from the console window: the debrief, labelled, and a partial replay that verifies', async () => {
    const main = await watchedPage(browser);
    const { page } = main;
    await openTitle(page, inject('baseURL'));
    await startHotseat(page, { seed: 'e2e-end-now', natoTeam: NATO_TEAM, russiaTeam: RUSSIA_TEAM });
    await playHotseatTurn(page, 0);
    await nextFromResolution(page);
    await natoTakes(page, 1);
    await page.keyboard.press('1');
    await confirmTurn(page);
    await waitForTd(page, 'the hand-over of the second turn', (td) => td.phase === 'handover' && td.side === 'russia');

    const second = await openConsoleWindow(page);
    const cw = second.page;
    await enterPin(cw, PIN);
    await waitForText(cw, /end now and debrief/i, 'the console in the second window', 10_000);
    // The private view: only in the teacher's own window.
    const hidden = cw.locator('.console-private');
    await hidden.waitFor({ timeout: 10_000 });
    const privateText = await hidden.innerText();
    expect(privateText).toMatch(/Trust in Russia: \d+ % \(common threats \d+ %, order in Europe \d+ %\)/);
    expect(privateText).toMatch(/True type: (partner|adversary) on the common threats, (partner|adversary) on the order in Europe/);
    expect(privateText).toMatch(/Last half-year \(2010-H2\): /);
    expect(privateText).toMatch(/Sealed choice this half-year: /);
    await screenshot(cw, 'classroom-end-console-private');
    const shared = await fullText(page);
    expect(shared, 'the shared screen shows no true type').not.toMatch(/True type|Sealed choice/);

    // End now: asked first; "Keep playing" changes nothing, "Yes" ends it.
    await pressButton(cw, /end now and debrief/i);
    await waitForText(cw, /end the game now and show the debrief\?/i, 'the confirmation');
    await screenshot(cw, 'classroom-end-confirm');
    await pressButton(cw, /keep playing/i);
    await page.waitForTimeout(300);
    expect((await waitForTd(page, 'still the hand-over', () => true)).phase).toBe('handover');
    await pressButton(cw, /end now and debrief/i);
    await pressButton(cw, /yes, end now and debrief/i);

    const td = await waitForTd(page, 'the debrief', (s) => s.phase === 'debrief', 20_000);
    expect(td.turnsPlayed).toBe(1);
    expect(typeof td.outcome).toBe('string');
    const debrief = await fullText(page);
    expect(debrief).toMatch(/Ended early\. If it ended now: /);
    expect(debrief).toMatch(/Ended early by the teacher after 2010-H2: 1 of 5 half-years played/);
    expect(debrief).toContain(NATO_TEAM);
    expect(debrief).toContain(RUSSIA_TEAM);
    await screenshot(page, 'classroom-end-debrief');
    await waitForText(cw, /debrief: the game is over/i, 'the debrief in the console window');
    await waitForText(cw, /ended early by the teacher/i, 'the console saying the game ended early');

    const link = await copyReplayLink(page);
    const decoded = decodeReplay(replayCodeFromLink(link));
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.replay).toMatchObject({ endedEarly: true, teams: { nato: NATO_TEAM, russia: RUSSIA_TEAM } });
    expect(decoded.replay.turns).toHaveLength(1);
    const viewer = await verifiedInFreshBrowser(link);
    expect(viewer).toMatch(/Verified: a partial game, 1 of 5 half-years \(ended early by the teacher after 2010-H2\)/);

    // The exports name the teams: the JSON, and the spreadsheet on every row.
    const download = async (name: RegExp): Promise<string> => {
      const waiting = page.waitForEvent('download', { timeout: 15_000 });
      await pressButton(page, name);
      return readFile(await (await waiting).path(), 'utf8');
    };
    const exported = JSON.parse(await download(/download the game as json/i)) as { teams: unknown; turns: unknown[] };
    expect(exported.teams).toEqual({ nato: NATO_TEAM, russia: RUSSIA_TEAM });
    expect(exported.turns).toHaveLength(1);
    const rows: string[][] = parse(await download(/download a spreadsheet/i), { bom: true, record_delimiter: '\r\n' });
    expect(rows[0]!.slice(-2)).toEqual(['nato_team', 'russia_team']);
    expect(rows.slice(1).map((row) => row.slice(-2))).toEqual([[NATO_TEAM, RUSSIA_TEAM]]);

    // The class board: the game under its teams' names, partial, with the outcome if it ended there.
    await page.keyboard.press('Escape');
    await openTitle(page, inject('baseURL'));
    await page.keyboard.press('6');
    const field = page.getByRole('textbox', { name: /replay codes or links, one per line/i });
    await tabTo(page, field, 'the replay codes field');
    await page.keyboard.type(link);
    await pressButton(page, /^compare$/i);
    const row = page
      .getByRole('table', { name: /teams and outcomes/i })
      .locator('tbody tr')
      .first();
    await expect
      .poll(() => row.getByRole('rowheader').innerText(), { timeout: 20_000 })
      .toMatch(`${NATO_TEAM} (NATO) – ${RUSSIA_TEAM} (Russia)`);
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0]).toMatch(/\(ended early: the outcome if it ended there\)/);
    expect(cells.at(-1)).toBe('1 of 5');
    await screenshot(page, 'classroom-end-class-board');

    // Continue after a reload reopens the debrief of the game ended early.
    await page.reload();
    await waitForText(page, /ended early by the teacher after half-year 1 of 5/i, "Continue's summary");
    expectNoErrors(main);
    expectNoErrors(second);
    await cw.close();
  });
});

/** Taps a button (a finger, no keyboard). */
const tap = (page: Page, name: RegExp): Promise<void> => page.getByRole('button', { name }).first().tap();

describe('the console on a touch-only tablet', () => {
  test('its visible button opens it, and resumes a paused game from above the pause', async () => {
    const tablet = await launch({ hasTouch: true, viewport: { width: 1024, height: 768 } });
    try {
      const w = await watchedPage(tablet);
      const { page } = w;
      await openTitle(page, inject('baseURL'));
      await startHotseat(page, { seed: 'e2e-tablet' });
      await screenshot(page, 'classroom-tablet-turn');
      await tap(page, /^teacher's console$/i);
      await page.getByRole('dialog', { name: /teacher's console/i }).waitFor({ timeout: 10_000 });
      await page.getByLabel(/new pin/i).tap();
      await page.keyboard.type(PIN);
      await tap(page, /^open the console$/i);
      await tap(page, /pause the game/i);
      await tap(page, /close the console/i);
      const paused = page.getByRole('alertdialog', { name: /paused by the teacher/i });
      await paused.waitFor({ timeout: 10_000 });
      await screenshot(page, 'classroom-tablet-paused');
      // The button stays above the pause: a tap reaches it (Playwright checks that nothing covers it).
      await tap(page, /^teacher's console$/i);
      await page.getByLabel(/^pin/i).tap();
      await page.keyboard.type(PIN);
      await tap(page, /^open the console$/i);
      await tap(page, /resume the game/i);
      await tap(page, /close the console/i);
      await expect.poll(() => paused.count(), { timeout: 10_000 }).toBe(0);
      expect((await waitForTd(page, 'the turn again', () => true)).phase).toBe('turn');
      expectNoErrors(w);
    } finally {
      await tablet.close();
    }
  });
});
