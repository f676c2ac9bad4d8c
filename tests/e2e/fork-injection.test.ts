// Forking a lesson's replay past a teacher's injected event (issue 12, bug 4): a single-player tutorial with the
// Lisbon summit injected from the console in the game's window (it fires at 2011-H1) and a note; in the replay
// viewer, "Play on from here" after 2011-H2 (past the injected turn) opens the next turn of the forked game, whose
// turns so far are the record's, hash for hash. Screenshots: fork-injection-*.png.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { enterPin, PIN } from './console-flows.js';
import { nextFromResolution, openTitle, playTurn, startGame } from './flows.js';
import {
  expectNoErrors,
  launch,
  pressButton,
  screenshot,
  tabTo,
  visibleText,
  waitForTd,
  waitForText,
  watchedPage,
  type Browser,
} from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the replay viewer forks a lesson replay', () => {
  test("'Play on from here' past a teacher's injected event replays the record and plays on", async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await openTitle(page, inject('baseURL'));
    await startGame(page, { scenario: /tutorial/i, side: 'NATO', opponent: /reciprocator/i, seed: 'e2e-fork-inject' });
    await page.keyboard.press('Control+Shift+KeyX');
    await page.getByRole('dialog', { name: /teacher's console/i }).waitFor({ timeout: 10_000 });
    await enterPin(page, PIN);
    await pressButton(page, /inject: the lisbon summit/i);
    await pressButton(page, /yes, inject it/i);
    await waitForText(page, /will happen at the start of the next half-year/i, 'the injection confirmed');
    await tabTo(page, page.getByRole('textbox', { name: /your note for the debrief/i }), 'the note field');
    await page.keyboard.type('Why did the summit change nothing?');
    await pressButton(page, /add the note/i);
    await waitForText(page, /note added/i, 'the note confirmed');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: /teacher's console/i }).waitFor({ state: 'detached', timeout: 10_000 });
    const hashes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const td = await playTurn(page, i % 2 ? ['1'] : ['1', '2']);
      hashes.push(String(td.finalHash));
      await nextFromResolution(page);
    }
    await waitForTd(page, 'the debrief', (s) => s.phase === 'debrief' && typeof s.outcome === 'string', 20_000);
    await pressButton(page, /open the replay viewer/i);
    await waitForTd(page, 'the replay viewer', (s) => s.phase === 'replay' && typeof s.finalHash === 'string');
    await waitForText(page, /verified/i, 'the replay verified');
    // After 2011-H2: the third turn, past the injected one.
    await page.locator('body').press('Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await waitForTd(page, 'the viewer after 2011-H2', (s) => s.phase === 'replay' && s.turnLabel === '2011-H2');
    await screenshot(page, 'fork-injection-viewer');
    await pressButton(page, /play on from here/i);
    const forked = await waitForTd(
      page,
      'the forked game on its fourth turn',
      (s) => s.phase === 'turn' && s.turnsPlayed === 3,
      15_000,
    ).catch(async (error: unknown) => {
      throw new Error(`${String(error)}; the screen shows: ${await visibleText(page)}`);
    });
    expect(forked.finalHash, "the forked game's third turn is the record's").toBe(hashes[2]);
    await screenshot(page, 'fork-injection-turn');
    const td = await playTurn(page, ['1']);
    expect(td.turnsPlayed).toBe(4);
    expectNoErrors(w);
  });
});
