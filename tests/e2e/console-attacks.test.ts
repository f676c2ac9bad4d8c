// The teacher's console against another tab of the same browser (a student's), as issue 14 attacked it: the second
// tab listens for the PIN, brute-forces it over BroadcastChannel, tries to pair a console of its own with the game and
// to address the teacher's console window, and forges the game's answers — all refused; the game stays unpaused and
// the teacher's console shows the real game. Wrong PINs in the game's own console lock it out for longer and longer;
// the PIN is kept only as a salted hash; the teacher's pause survives a reload of the game's tab, and the console
// window reconnects by itself. Screenshots: console-attack-*.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { enterPin, openConsoleWindow, PIN } from './console-flows.js';
import { openTitle, startGame } from './flows.js';
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
  type Watched,
} from './harness.js';

const text = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
const pausedDialog = (page: Page) => page.getByRole('alertdialog', { name: /paused by the teacher/i });

let browser: Browser;
let game: Watched;
let teacher: Watched;
let student: Watched;

beforeAll(async () => {
  browser = await launch();
  game = await watchedPage(browser);
  await game.page.clock.install();
  await openTitle(game.page, inject('baseURL'));
  await startGame(game.page, { scenario: /tutorial/i, side: 'NATO', opponent: /reciprocator/i, seed: 'e2e-attacks' });
  // The teacher sets the PIN in the game's console, as a student at another tab starts listening.
  student = await newWatchedPage(browser);
  await openTitle(student.page, inject('baseURL'));
  await student.page.evaluate(() => {
    const w = window as unknown as { __heard: unknown[] };
    w.__heard = [];
    for (const name of ['trust-deficit-console', 'td-console', 'td-console-pair'])
      new BroadcastChannel(name).addEventListener('message', (e) => w.__heard.push(e.data));
    window.addEventListener('message', (e) => w.__heard.push(e.data));
  });
  await game.page.keyboard.press('Control+Shift+KeyX');
  await waitForText(game.page, /set a pin for the console/i, 'the PIN prompt');
  await enterPin(game.page, PIN);
  await game.page.getByRole('button', { name: /pause the game/i }).waitFor({ timeout: 10_000 });
  await game.page.keyboard.press('Escape');
  teacher = await openConsoleWindow(game.page);
  await waitForText(teacher.page, /enter the teacher's pin/i, "the console window's PIN prompt");
  await recordTexts(teacher.page);
  await enterPin(teacher.page, PIN);
  await waitForText(teacher.page, /pause the game/i, 'the console window unlocked', 15_000);
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

describe("the teacher's console against a student's tab", () => {
  test('the PIN is never in session storage in clear, and no other tab hears anything of the pairing or the PIN', async () => {
    await pressButton(teacher.page, /pause the game/i);
    await pausedDialog(game.page).waitFor({ timeout: 10_000 });
    await pressButton(teacher.page, /resume the game/i);
    await expect.poll(() => pausedDialog(game.page).count(), { timeout: 10_000 }).toBe(0);
    const stored = await game.page.evaluate(() => Object.entries(sessionStorage));
    const record = stored.find(([key]) => key === 'td-console-pin-hash');
    expect(record, 'the PIN hash is kept for the tab').toBeDefined();
    expect(Object.keys(JSON.parse(record![1] as string) as object).sort()).toEqual(['hash', 'iterations', 'salt', 'v']);
    for (const [key, value] of stored) {
      expect(value, key).not.toBe(PIN);
      expect(value, key).not.toContain(`"${PIN}"`);
    }
    expect(await student.page.evaluate(() => (window as unknown as { __heard: unknown[] }).__heard)).toEqual([]);
  });

  test('10,000 PINs over BroadcastChannel, in the old and the new message shapes, change nothing', async () => {
    const sent = await student.page.evaluate(() => {
      let n = 0;
      const old = new BroadcastChannel('trust-deficit-console');
      const now = new BroadcastChannel('td-console');
      for (let i = 0; i < 10_000; i++) {
        const pin = String(i).padStart(4, '0');
        old.postMessage({ type: 'td-console', v: 1, kind: 'command', from: 'evil', seq: i, pin, command: { kind: 'pause' } });
        now.postMessage({ type: 'td-console', v: 2, kind: 'command', seq: i, command: { kind: 'pause' } });
        n += 2;
      }
      now.postMessage({ type: 'td-console', v: 2, kind: 'proof', challenge: 'ab'.repeat(32), proof: 'cd'.repeat(32) });
      now.postMessage({ type: 'td-console-pair', v: 2, kind: 'ready' });
      return n + 2;
    });
    expect(sent).toBe(20_002);
    await game.page.waitForTimeout(1500);
    expect(await pausedDialog(game.page).count(), 'the game is not paused').toBe(0);
    expect(await text(teacher.page)).toMatch(/Play\s*running/);
    expect(await waitForTd(game.page, 'still the turn', (td) => td.phase === 'turn')).toMatchObject({ phase: 'turn' });
  });

  test('a console opened by the student cannot pair: alone it says how to open one; opened from their tab it talks to that tab only', async () => {
    const alone = await newWatchedPage(browser);
    await alone.page.goto(`${inject('baseURL')}#console`);
    await waitForText(alone.page, /open the console from the game/i, 'the unpaired console');
    expect(await alone.page.getByLabel(/pin/i).count(), 'no PIN field to try').toBe(0);
    await screenshot(alone.page, 'console-attack-unpaired');
    expectNoErrors(alone);
    await alone.page.close();

    // A console window the student's own tab opens pairs with the student's tab, which holds no game and no PIN.
    const popup = student.page.waitForEvent('popup');
    await student.page.evaluate(() => void window.open(`${location.pathname}#console`, 'evil-console'));
    const own = await popup;
    await waitForText(own, /no pin has been set in the game's window yet/i, "the student's console, paired with the student's tab");
    await own.close();
    expect(await pausedDialog(game.page).count()).toBe(0);
  });

  test("the student's tab cannot reach the game's window or the teacher's console window by name, nor forge answers", async () => {
    const reached = await student.page.evaluate(() => {
      const found: string[] = [];
      for (const name of ['td-console', 'td-game', 'trust-deficit', '']) {
        const w = name ? window.open('', name) : null;
        if (!w) continue;
        // A new, empty window of the student's own: not the game, not the console.
        let what = 'unknown';
        try {
          what = `${w.location.href} ${w.document.body?.innerText.slice(0, 40) ?? ''}`.trim();
        } catch {
          what = 'cross-origin';
        }
        found.push(`${name}: ${what}`);
        w.close();
      }
      // Forged answers of the game, on every channel a console ever listened to.
      const fake = {
        scenario: 'fake',
        title: 'FORGED GAME',
        turnLabel: '2099-H1',
        phase: 'debrief',
        teams: null,
        fog: false,
        revealed: true,
        paused: true,
        pending: [],
        events: [],
        notes: [{ label: '2099-H1', notes: ['forged note'] }],
        canInject: false,
        canAnnotate: false,
      };
      for (const name of ['trust-deficit-console', 'td-console', 'td-console-pair']) {
        const channel = new BroadcastChannel(name);
        channel.postMessage({ type: 'td-console', v: 1, kind: 'state', state: fake, ack: { to: 'x', ok: true, message: null } });
        channel.postMessage({ type: 'td-console', v: 2, kind: 'state', state: fake, ack: null });
        channel.postMessage({ type: 'td-console-pair', v: 2, kind: 'port' });
      }
      return found;
    });
    for (const line of reached) expect(line).toMatch(/^[\w-]+: about:blank$/);
    await teacher.page.waitForTimeout(1500);
    const shown = await text(teacher.page);
    expect(shown).not.toMatch(/FORGED GAME|forged note|2099/);
    expect(shown).toMatch(/Scenario\s*Tutorial/);
    await screenshot(teacher.page, 'console-attack-teacher-window');
  });

  test("wrong PINs in the game's console and in the console window lock out for longer and longer", async () => {
    const { page } = game;
    await page.keyboard.press('Control+Shift+KeyX');
    await enterPin(page, '1111');
    await waitForText(page, /^That is not the PIN\. Try again\.$/, 'the first wrong PIN');
    await enterPin(page, '2222');
    await waitForText(page, /^That is not the PIN\. Try again\.$/, 'the second wrong PIN');
    await enterPin(page, '3333');
    await waitForText(page, /too many wrong pins: the next try is possible in 5 s/i, 'the third wrong PIN locks');
    // Anchored: the third wrong PIN's message ("That is not the PIN. Too many…") must be gone, or the right PIN could
    // still be on its way to the game when the clock moves past the lockout (and then it would rightly unlock).
    await enterPin(page, PIN);
    await waitForText(page, /^Too many wrong PINs: the next try is possible in \d s\.$/, 'the right PIN during the lockout');
    expect(await page.getByRole('button', { name: /pause the game/i }).count(), 'still locked').toBe(0);
    await screenshot(page, 'console-attack-lockout');
    await page.clock.fastForward(6_000);
    // The wait is over; a fourth wrong PIN doubles it to 10 s.
    await enterPin(page, '4444');
    await waitForText(page, /next try is possible in 10 s/i, 'the fourth wrong PIN');
    await page.clock.fastForward(11_000);
    await enterPin(page, PIN);
    await page.getByRole('button', { name: /pause the game/i }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
  });

  test("the pause survives a reload of the game's tab, and the console window reconnects by itself", async () => {
    await pressButton(teacher.page, /pause the game/i);
    await pausedDialog(game.page).waitFor({ timeout: 10_000 });
    await game.page.reload();
    await pausedDialog(game.page).waitFor({ timeout: 20_000 });
    await screenshot(game.page, 'console-attack-paused-after-reload');
    // The window keeps the PIN's key (not the PIN) in memory and proves it again to the reloaded game.
    await expect.poll(() => text(teacher.page), { timeout: 20_000 }).toMatch(/No game is running yet/);
    await expect.poll(() => text(teacher.page), { timeout: 20_000 }).not.toMatch(/does not answer/);
    // No game after the reload (the title), still paused: the console offers to resume.
    expect(await text(teacher.page)).toMatch(/The game No game is running yet.*Resume the game/);
    await pressButton(teacher.page, /resume the game/i);
    await expect.poll(() => pausedDialog(game.page).count(), { timeout: 10_000 }).toBe(0);
    await game.page.getByRole('button', { name: /new game/i }).waitFor({ timeout: 10_000 });
    // Never, not even for a moment, did the teacher's window show "No PIN" (two game tabs were open all along).
    expect((await seenTexts(teacher.page)).filter((t) => /no pin has been set/i.test(t))).toEqual([]);
  });

  test('the console window asks the PIN again after its own reload, under the same lockout as the game', async () => {
    const { page } = teacher;
    await page.reload();
    await waitForText(page, /enter the teacher's pin/i, 'the PIN prompt after a reload');
    for (const wrong of ['5555', '6666']) {
      await enterPin(page, wrong);
      await waitForText(page, /^That is not the PIN\. Try again\.$/, 'a wrong PIN in the window');
    }
    await enterPin(page, '7777');
    await waitForText(page, /too many wrong pins: the next try is possible in 5 s/i, 'the third wrong PIN in the window');
    // Anchored: the third wrong PIN's message ("That is not the PIN. Too many…") must be gone, or the right PIN could
    // still be on its way to the game when the clock moves past the lockout (and then it would rightly unlock).
    await enterPin(page, PIN);
    await waitForText(page, /^Too many wrong PINs: the next try is possible in \d s\.$/, 'the right PIN during the lockout');
    expect(await page.getByRole('button', { name: /pause the game/i }).count()).toBe(0);
    await game.page.clock.fastForward(6_000);
    await enterPin(page, PIN);
    await waitForText(page, /pause the game/i, 'the window unlocked once the wait is over', 15_000);
    expectNoErrors(game);
    expectNoErrors(teacher);
    expectNoErrors(student);
  });
});
