// The teacher's console (issue 5), with the keyboard only: a hot-seat tutorial with a one-minute timer; the console
// opened in the game's window (Ctrl+Shift+X, a PIN set there) and in a second window opened from it (paired over a
// private port, the PIN asked again and proved to the game's window); pause from the second window (the game's
// window shows "Paused by the teacher", takes no key and its timer stands still), resume; show both trusts and hide
// them again; inject the tutorial's event and add a note from the second window (the game's console shows both); play
// on through the hand-over: the event fires at the next half-year; injected again and withdrawn (by the keyboard), it
// does not fire in the one after; the debrief lists the note under "Teacher's notes";
// the replay link carries the injection and the note, and verifies in a fresh browser with the same final hash.
// Screenshots: console-*.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { decodeReplay, replayCodeFromLink } from '../../src/engine/index.js';
import { natoTakes } from './classroom-flows.js';
import { coveredByConsoleButton, enterPin, openConsoleWindow, PIN } from './console-flows.js';
import { chooseRadio, confirmTurn, copyReplayLink, openLinkInFreshBrowser, openTitle, timerRunning, typeInto } from './flows.js';
import {
  expectNoErrors,
  launch,
  pressButton,
  screenshot,
  tabTo,
  waitForTd,
  waitForText,
  watchedPage,
  type Browser,
  type TdState,
} from './harness.js';

const TURNS = 5;
const SEED = 'e2e-console';
const EVENT = 'lisbon-summit';
const EVENT_NAME = /The Lisbon summit/;
const NOTE = 'Ask the class why NATO chose to pass here.';

const fullText = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));

async function startHotseat(page: Page): Promise<void> {
  await pressButton(page, /new game/i, 'the title\'s "New game" button');
  await page
    .getByRole('group', { name: /scenario/i })
    .getByRole('radio')
    .first()
    .waitFor({ timeout: 10_000 });
  await chooseRadio(page, /scenario/i, /tutorial/i);
  await chooseRadio(page, /^players/i, /two teams/i);
  await chooseRadio(page, /decision timer/i, /^1 minute/i);
  await typeInto(page, /^seed/i, SEED);
  await pressButton(page, /read the briefing/i);
  await page
    .getByRole('heading', { name: /briefing/i })
    .first()
    .waitFor({ timeout: 10_000 });
  await pressButton(page, /begin the first turn/i);
}

/** Presses a button of the console, found by its name within the console. */
async function consoleButton(page: Page, name: RegExp): Promise<void> {
  await pressButton(page, name, `the console's button ${String(name)}`);
}

/** One hot-seat half-year with the number keys: NATO (after its hand-over, under fog), the hand-over, Russia; returns on the resolution. */
async function playHotseatTurn(page: Page, i: number): Promise<void> {
  await natoTakes(page, i);
  await page.keyboard.press('1');
  await confirmTurn(page);
  await waitForTd(page, `the hand-over of turn ${i + 1}`, (td) => td.phase === 'handover' && td.side === 'russia', 10_000);
  await tabTo(page, page.getByRole('textbox', { name: /team russia is ready/i }), "the hand-over's ready field");
  await page.keyboard.type('R');
  await waitForTd(page, `Russia's turn ${i + 1}`, (td) => td.phase === 'turn' && td.side === 'russia', 10_000);
  await page.keyboard.press('1');
  await confirmTurn(page);
  await waitForTd(page, `the resolution of turn ${i + 1}`, (td) => td.phase === 'resolution' && td.turnsPlayed === i + 1, 15_000);
  const showAll = page.getByRole('button', { name: /show all at once/i });
  if (await showAll.isVisible().catch(() => false)) await pressButton(page, /show all at once/i);
}

/**
 * Issue 12: an injection taken back. From the second window, inject the event, then withdraw it with the keyboard
 * before the half-year starts: the pending list empties and the focus goes back to the event's Inject button.
 */
async function injectAndWithdraw(page: Page, cw: Page): Promise<void> {
  await waitForTd(page, "NATO's second turn", (td) => td.phase === 'turn' && td.turnsPlayed === 1, 15_000);
  await consoleButton(cw, /inject: the lisbon summit/i);
  await consoleButton(cw, /yes, inject it/i);
  await waitForText(cw, /will happen at the start of the next half-year/i, 'the second injection confirmed');
  await consoleButton(cw, /withdraw: the lisbon summit/i);
  await waitForText(cw, /the lisbon summit was withdrawn: it will not happen/i, 'the injection withdrawn');
  expect(await fullText(cw)).toMatch(/Injected for the next half-year\s*Nothing injected yet/);
  expect(await cw.evaluate(() => document.activeElement?.textContent)).toMatch(/Inject: The Lisbon summit/);
  await screenshot(cw, 'console-window-withdrawn');
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  await browser?.close();
});

describe("the teacher's console", () => {
  let game: { link: string; td: TdState } | null = null;

  test('a hot-seat game with a timer, a hand-over, the console in a second window, an injected event and a note', async () => {
    const main = await watchedPage(browser);
    const { page } = main;
    await page.clock.install();
    await openTitle(page, inject('baseURL'));
    await waitForText(page, /Ctrl\+Shift\+X opens the teacher's console/, "the title's hint of the console's key");
    await startHotseat(page);
    // Under fog the half-year opens on the hand-over to NATO's team (the console says so), which types N.
    await waitForTd(page, "the hand-over to NATO's team", (td) => td.phase === 'handover' && td.side === 'nato', 15_000);
    await natoTakes(page, 0);
    await timerRunning(page);
    // The console's visible button covers nothing (it covered the project board), scrolled to the side column's end too.
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await coveredByConsoleButton(page), 'under the console button at 1280×720').toEqual([]);
    await page.locator('.td-side').evaluate((side) => side.scrollTo(0, side.scrollHeight));
    expect(await coveredByConsoleButton(page), 'under the console button, the side column scrolled').toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });

    // The console in the game's window: the key, a PIN set the first time.
    await page.keyboard.press('Control+Shift+KeyX');
    await page.getByRole('dialog', { name: /teacher's console/i }).waitFor({ timeout: 10_000 });
    await waitForText(page, /set a pin for the console/i, 'the PIN prompt');
    await enterPin(page, '12'); // too short: refused
    await waitForText(page, /a pin is 4 to 8 digits/i, 'the PIN rule');
    await enterPin(page, PIN);
    await page.getByRole('button', { name: /pause the game/i }).waitFor({ timeout: 5_000 });
    const overlayText = await fullText(page);
    expect(overlayText).toMatch(/Scenario\s*Tutorial/i);
    expect(overlayText).toMatch(/Team NATO is choosing for NATO/);
    expect(overlayText).toMatch(/Inject: The Lisbon summit/);
    await screenshot(page, 'console-overlay');
    // Keys in the console do not reach the game: "1" toggles no card.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: /teacher's console/i }).count()).toBe(0);

    // The second window, opened from the console in the game's window (it pairs with its opener only); the PIN asked
    // again there (a wrong one is refused by the game's window, which only ever sees a proof, never the PIN).
    const second = await openConsoleWindow(page);
    const cw = second.page;
    await waitForText(cw, /enter the teacher's pin/i, 'the PIN prompt of the second window');
    await enterPin(cw, '9999');
    await waitForText(cw, /that is not the pin/i, 'the wrong PIN refused');
    await enterPin(cw, PIN);
    await waitForText(cw, /pause the game/i, 'the console in the second window', 10_000);
    await waitForText(cw, /Team NATO is choosing for NATO/, 'the game status in the second window');

    // Pause from the second window: the game's window is covered, takes no key, and the timer stands still.
    await consoleButton(cw, /pause the game/i);
    const paused = page.getByRole('alertdialog', { name: /paused by the teacher/i });
    await paused.waitFor({ timeout: 10_000 });
    await waitForText(cw, /resume the game/i, 'the Resume button in the second window');
    const timerBefore = await page.locator('.td-timer__left').innerText();
    await page.clock.fastForward(30_000);
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await page.locator('.td-timer__left').innerText(), 'the timer stands still while paused').toBe(timerBefore);
    expect(await page.locator('button[aria-pressed="true"][data-action]').count(), 'no card toggled while paused').toBe(0);
    expect((await waitForTd(page, 'still the turn', () => true)).phase).toBe('turn');
    await screenshot(page, 'console-paused');
    await screenshot(cw, 'console-window');
    await consoleButton(cw, /resume the game/i);
    await expect.poll(() => paused.count(), { timeout: 10_000 }).toBe(0);

    // Show both trusts on the main screen, then hide them again.
    // The team's selection is kept while the screen is drawn again.
    const pressedCount = (): Promise<number> => page.locator('button[aria-pressed="true"][data-action]').count();
    expect(await fullText(page)).toMatch(/hidden \(fog of trust\)/);
    await page.keyboard.press('1');
    expect(await pressedCount()).toBe(1);
    await consoleButton(cw, /show both trusts/i);
    await expect.poll(() => fullText(page), { timeout: 10_000 }).not.toMatch(/hidden \(fog of trust\)/);
    expect(await pressedCount(), 'the selection survives the reveal').toBe(1);
    await screenshot(page, 'console-revealed-turn');
    await consoleButton(cw, /hide them again/i);
    await expect.poll(() => fullText(page), { timeout: 10_000 }).toMatch(/hidden \(fog of trust\)/);
    expect(await pressedCount(), 'the selection survives the fog coming back').toBe(1);
    await page.keyboard.press('1');
    expect(await pressedCount()).toBe(0);

    // Inject the tutorial's event and add a note, from the second window.
    // An injection asks first (issue 12): "Cancel" injects nothing, "Yes" does.
    await consoleButton(cw, /inject: the lisbon summit/i);
    await waitForText(cw, /inject "the lisbon summit" at the start of the next half-year\?/i, 'the injection asks first');
    await consoleButton(cw, /^cancel$/i);
    await waitForText(cw, /nothing was injected/i, 'the injection cancelled');
    expect(await fullText(cw)).toMatch(/Injected for the next half-year\s*Nothing injected yet/);
    await consoleButton(cw, /inject: the lisbon summit/i);
    await consoleButton(cw, /yes, inject it/i);
    await waitForText(cw, /will happen at the start of the next half-year/i, 'the injection confirmed');
    await typeInto(cw, /note for the debrief/i, NOTE);
    await consoleButton(cw, /add the note/i);
    await waitForText(cw, /note added to 2010-H2/i, 'the note confirmed');
    await screenshot(cw, 'console-window-injected');
    // The game's window's console shows both.
    await page.keyboard.press('Control+Shift+KeyX');
    await enterPin(page, PIN);
    await page.getByRole('button', { name: /pause the game/i }).waitFor({ timeout: 5_000 });
    const status = await page.getByRole('dialog', { name: /teacher's console/i }).innerText();
    expect(status).toMatch(/Injected for the next half-year\s*Withdraw: The Lisbon summit/);
    expect(status).toContain(NOTE);
    await page.keyboard.press('Escape');

    // Play on: through the hand-over to the next half-year, where the event fires.
    for (let i = 0; i < TURNS; i++) {
      if (i === 1) await injectAndWithdraw(page, cw);
      await playHotseatTurn(page, i);
      if (i === 0) {
        // On the shared resolution the fog tells directions only; the teacher shows both trusts, then hides them again.
        expect(await page.locator('.td-fog-note').count()).toBe(1);
        await consoleButton(cw, /show both trusts/i);
        await expect.poll(() => page.locator('.td-fog-note').count(), { timeout: 10_000 }).toBe(0);
        await waitForTd(page, 'the resolution shown again', (td) => td.phase === 'resolution');
        await screenshot(page, 'console-revealed-resolution');
        await consoleButton(cw, /hide them again/i);
        await expect.poll(() => page.locator('.td-fog-note').count(), { timeout: 10_000 }).toBe(1);
      }
      await pressButton(page, /next half-year|to the debrief/i);
      if (i === 0) {
        await natoTakes(page, 1);
        // The feed of the new half-year lists the events that fired at its start: the injected one among them.
        await expect
          .poll(() => page.locator('.td-feed__event').allInnerTexts(), { timeout: 10_000 })
          .toEqual(expect.arrayContaining([expect.stringMatching(EVENT_NAME)]));
        await screenshot(page, 'console-injected-event');
        await expect.poll(() => cw.getByText(/nothing injected yet/i).count(), { timeout: 10_000 }).toBeGreaterThan(0);
      }
      if (i === 1) {
        // The withdrawn injection did not happen: the third half-year opens without it.
        await natoTakes(page, 2);
        await page.locator('.td-feed__list').first().waitFor({ timeout: 10_000 });
        expect(await page.locator('.td-feed__event').allInnerTexts()).not.toEqual(
          expect.arrayContaining([expect.stringMatching(EVENT_NAME)]),
        );
      }
    }

    const td = await waitForTd(page, 'the debrief', (s) => s.phase === 'debrief' && typeof s.outcome === 'string', 20_000);
    const notes = page.locator('[data-hook="teacher-notes"]');
    expect(await notes.innerText()).toContain(`2010-H2: ${NOTE}`);
    await notes.scrollIntoViewIfNeeded();
    await screenshot(page, 'console-debrief-notes');
    const link = await copyReplayLink(page);
    const decoded = decodeReplay(replayCodeFromLink(link));
    if (!decoded.ok) throw new Error(`the debrief's replay link does not decode: ${decoded.error.message}`);
    expect(decoded.replay.turns).toHaveLength(TURNS);
    const turns = decoded.replay.turns as { inject?: string[]; notes?: string[] }[];
    expect(turns[0]!.notes).toEqual([NOTE]);
    expect(turns[1]!.inject).toEqual([EVENT]);
    expect(turns[2]!.inject, 'a withdrawn injection never enters the replay').toBeUndefined();
    expect(decoded.replay.turns.at(-1)!.hash).toBe(td.finalHash);
    // The second window followed the game to its end, and never lost the game's window.
    await waitForText(cw, /debrief: the game is over/i, 'the debrief in the second window');
    expect(await fullText(cw)).not.toMatch(/does not answer/i);
    expectNoErrors(main);
    expectNoErrors(second);
    await cw.close();
    game = { link, td };
  });

  test("the lesson's replay link, opened in a fresh browser, verifies and reaches the same final state", async () => {
    if (!game) throw new Error('the game did not finish, so there is no replay link to open');
    const td = await openLinkInFreshBrowser(game.link);
    expect(td.finalHash).toBe(game.td.finalHash);
    expect(td.outcome).toBe(game.td.outcome);
  });
});
