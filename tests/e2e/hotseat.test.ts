// Hot-seat play with the keyboard only (issue 5): two teams on one device, a hand-over every turn that hides the
// first team's choice, fog of trust (a team's screen never shows the other side's trust in it), a one-minute decision
// timer that runs out once (page.clock: no test hook in the app), the debrief lifting the fog, and the replay link
// verified in a fresh browser. Then projector mode at 1280×720. Screenshots: hotseat-*.png.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { decodeReplay, replayCodeFromLink, type CompiledScenario, loadAndCompile } from '../../src/engine/index.js';
import { aimWords } from '../../src/ui/hotseat/aim.js';
import { GameSession } from '../../src/ui/session.js';
import {
  cardKeys,
  cardsInView,
  chooseRadio,
  confirmTurn,
  copyReplayLink,
  openLinkInFreshBrowser,
  openTitle,
  timerRunning,
  typeInto,
} from './flows.js';
import {
  expectNoErrors,
  launch,
  pressButton,
  projectFile,
  screenshot,
  tabTo,
  waitForTd,
  watchedPage,
  type Browser,
  type TdState,
} from './harness.js';

const TURNS = 5;
const SEED = 'e2e-hotseat';
/** The half-year (0-based) in which NATO's team lets its one-minute timer run out with one card selected. */
const TIMEOUT_TURN = 2;

function tutorial(): CompiledScenario {
  const loaded = loadAndCompile(readFileSync(projectFile('scenarios/tutorial.json'), 'utf8'), 'tutorial.json');
  if (!loaded.ok) throw new Error('the tutorial scenario does not load');
  return loaded.value;
}

/** The whole visible text of the page (not shortened). */
const fullText = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));

/**
 * The text of the project board's "needs N% trust" lines and of the cards' previews ("runs once trust is N % on both
 * sides"): thresholds, not trust, so they may hold any number.
 */
const thresholdText = (page: Page): Promise<string> =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('.td-project__needs, .td-card__preview'))
      .map((e) => (e as HTMLElement).innerText)
      .join(' '),
  );

/** How many times "N%" stands as a number of its own in a text. */
function percentCount(text: string, n: number): number {
  return (text.match(new RegExp(`(?<![\\d.])${n}\\s*%`, 'g')) ?? []).length;
}

/** The label of the focused form field. */
const focusedLabel = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const e = document.activeElement;
    const label = e instanceof HTMLInputElement ? e.labels?.[0] : null;
    return (label?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

/** What one turn looked like, checked against the engine afterwards. */
interface Seen {
  nato: string;
  natoThresholds: string;
  russia: string;
  russiaThresholds: string;
  resolution: string;
  chosen: { nato: string[]; russia: string[] };
}

async function pressedActions(page: Page): Promise<string[]> {
  return page.locator('button[aria-pressed="true"][data-action]').evaluateAll((b) => b.map((x) => (x as HTMLElement).dataset.action ?? ''));
}

async function startHotseat(page: Page, options: { timer: RegExp; projector?: boolean; shots: boolean }): Promise<void> {
  await pressButton(page, /new game/i, 'the title\'s "New game" button');
  await page
    .getByRole('group', { name: /scenario/i })
    .getByRole('radio')
    .first()
    .waitFor({ timeout: 10_000 });
  await chooseRadio(page, /scenario/i, /tutorial/i);
  await chooseRadio(page, /^players/i, /two teams/i);
  // The side and the opponent doctrine give way to the teams' names.
  expect(await page.getByRole('group', { name: /your side/i }).count()).toBe(0);
  await typeInto(page, /nato's team/i, 'Blue table');
  const fog = page.getByRole('checkbox', { name: /fog of trust/i });
  expect(await fog.isChecked(), 'fog of trust is on by default in hot-seat play').toBe(true);
  await chooseRadio(page, /decision timer/i, options.timer);
  if (options.projector) {
    await tabTo(page, page.getByRole('checkbox', { name: /projector mode/i }), 'the projector mode checkbox');
    await page.keyboard.press('Space');
  }
  await typeInto(page, /^seed/i, SEED);
  if (options.shots) await screenshot(page, 'hotseat-new-game');
  await pressButton(page, /read the briefing/i);
  await page
    .getByRole('heading', { name: /briefing/i })
    .first()
    .waitFor({ timeout: 10_000 });
  // The shared briefing gives both types' payoffs, never a team's own type (that is on its private screen).
  expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/your government is/i);
  await pressButton(page, /begin the first turn/i);
}

/**
 * Under fog a half-year opens on the hand-over to NATO's team: nothing private on screen (no trust, no card, no aim),
 * the timer standing still, the focus on the field where NATO's team types N.
 */
async function natoHandover(page: Page, i: number): Promise<void> {
  await waitForTd(
    page,
    `the hand-over to NATO of turn ${i + 1}`,
    (td) => td.phase === 'handover' && td.side === 'nato' && td.turnsPlayed === i,
    15_000,
  );
  const shown = await fullText(page);
  expect(shown).toMatch(/Pass the device to Blue table\. NATO's screen is hidden\./);
  expect(shown).not.toMatch(/trust in|your government/i);
  expect(await page.locator('[data-action]').count(), 'no card on the hand-over to NATO').toBe(0);
  await expect.poll(() => focusedLabel(page)).toBe('Blue table is ready: type N');
  if (i === 0) await screenshot(page, 'hotseat-handover-nato');
  // Enter (a held one from the shared screen) and Russia's letter do nothing here.
  await page.keyboard.press('Enter');
  await page.keyboard.type('R');
  expect((await waitForTd(page, 'still the hand-over', () => true)).phase).toBe('handover');
  await page.clock.fastForward(90_000);
  await page.keyboard.type('N');
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  await browser?.close();
});

/** The seconds the decision timer shows ("0:58 left": 58). */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.locator('.td-timer__left').first().textContent()) ?? '';
  const match = /(\d+):(\d\d) left/.exec(text);
  if (!match) throw new Error(`no time on the timer: ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * The game menu stops the decision timer (issue 11): a team reading the help keeps its time. Half a minute passes with
 * the menu open; closed, the timer runs again from what was left (one second of slack for the real time that flows).
 */
async function menuKeepsTheTime(page: Page): Promise<void> {
  await page.keyboard.press('m');
  await page.getByRole('dialog', { name: /game menu/i }).waitFor({ timeout: 5_000 });
  const before = await secondsLeft(page);
  await page.clock.fastForward(30_000);
  await page.waitForTimeout(300);
  expect(await secondsLeft(page), 'the timer stands still while the menu is open').toBe(before);
  await page.keyboard.press('Escape');
  await page.locator('[role="timer"][data-running="true"]').first().waitFor({ timeout: 5_000 });
  const after = await secondsLeft(page);
  expect(before - after, `the time left after the menu (${String(before)} s before, ${String(after)} s after)`).toBeLessThanOrEqual(1);
  expect(after).toBeLessThanOrEqual(before);
}

describe('hot-seat: two teams on one device', () => {
  let game: { link: string; td: TdState } | null = null;

  test('a whole tutorial with hand-overs, fog of trust and a one-minute timer that runs out once', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await page.clock.install();
    await openTitle(page, inject('baseURL'));
    await startHotseat(page, { timer: /^1 minute/i, shots: true });
    const seen: Seen[] = [];

    for (let i = 0; i < TURNS; i++) {
      // NATO's team, once it holds the device.
      await natoHandover(page, i);
      await waitForTd(page, `NATO's turn ${i + 1}`, (td) => td.phase === 'turn' && td.side === 'nato' && td.turnsPlayed === i, 15_000);
      await timerRunning(page);
      // Its own minute, untouched by the hand-over.
      if (i === 0)
        await page
          .getByText(/1:00 left|0:59 left/)
          .first()
          .waitFor({ timeout: 5_000 });
      // The first one or two cards that can be chosen now (each key stays on its card all game).
      const open = async (n: number): Promise<string[]> =>
        (await cardKeys(page))
          .filter((c) => c.available)
          .map((c) => c.key)
          .slice(0, n);
      const natoKeys = await open(i % 2 === 0 ? 1 : 2);
      for (const key of natoKeys) await page.keyboard.press(key);
      const natoChosen = await pressedActions(page);
      const natoNames = await page.locator('button[aria-pressed="true"] .td-card__name').allInnerTexts();
      const nato = await fullText(page);
      const natoThresholds = await thresholdText(page);
      expect(nato).toMatch(/Blue table chooses for NATO/);
      expect(nato).toMatch(/For Blue table only: your government is/);
      expect(nato).not.toMatch(/For Team Russia only/);
      expect(nato).toMatch(/Russia's trust in NATO\s*hidden \(fog of trust\)/);
      if (i === 0) await screenshot(page, 'hotseat-turn-nato-fog');
      if (i === TIMEOUT_TURN) {
        // The selection stands when the time runs out: no key pressed, the clock jumps past the minute.
        await page.clock.fastForward(50_500);
        await page
          .getByText(/0:(0\d|10) left/)
          .first()
          .waitFor({ timeout: 5_000 });
        await page.clock.fastForward(11_000);
      } else await confirmTurn(page);

      // The hand-over: nothing of NATO's choice, the focus on the field where Russia's team types R.
      await waitForTd(page, `the hand-over of turn ${i + 1}`, (td) => td.phase === 'handover' && td.side === 'russia', 10_000);
      // The live region has said the hand-over (the last card toggled was announced before it).
      await expect.poll(() => page.locator('#announcer').textContent(), { timeout: 5_000 }).toMatch(/Pass the device/);
      const handover = await fullText(page);
      expect(handover).toMatch(/Pass the device to Team Russia\. NATO's choice is hidden\./);
      if (i === TIMEOUT_TURN) expect(handover).toMatch(/Time is up: Blue table's selection was confirmed as it stood/);
      for (const name of natoNames) expect(handover, "NATO's chosen card on the hand-over").not.toContain(name);
      expect(await page.locator('[data-action]').count(), 'no card on the hand-over screen').toBe(0);
      await expect.poll(() => focusedLabel(page)).toBe('Team Russia is ready: type R');
      if (i === 0) await screenshot(page, 'hotseat-handover');
      // The timer stands still while the device changes hands.
      await page.clock.fastForward(90_000);
      await page.keyboard.type('R');

      // Russia's team: its own minute, untouched by the hand-over.
      await waitForTd(page, `Russia's turn ${i + 1}`, (td) => td.phase === 'turn' && td.side === 'russia', 10_000);
      await timerRunning(page);
      if (i === 0) await menuKeepsTheTime(page);
      for (const key of await open(i % 2 === 0 ? 2 : 1)) await page.keyboard.press(key);
      const russiaChosen = await pressedActions(page);
      const russia = await fullText(page);
      const russiaThresholds = await thresholdText(page);
      expect(russia).toMatch(/Team Russia chooses for Russia/);
      expect(russia).toMatch(/For Team Russia only: your government is/);
      expect(russia).not.toMatch(/For Blue table only/);
      expect(russia).toMatch(/NATO's trust in Russia\s*hidden \(fog of trust\)/);
      if (i === 0) await screenshot(page, 'hotseat-turn-russia-fog');
      await confirmTurn(page);

      // Both revealed together.
      await waitForTd(page, `the resolution of turn ${i + 1}`, (td) => td.phase === 'resolution' && td.turnsPlayed === i + 1, 15_000);
      const showAll = page.getByRole('button', { name: /show all at once/i });
      if (await showAll.isVisible().catch(() => false)) await pressButton(page, /show all at once/i);
      await page.waitForTimeout(200);
      const resolution = await fullText(page);
      expect(resolution).toMatch(/trust moved (up|down)|trust did not move/);
      if (i === 0) await screenshot(page, 'hotseat-resolution-fog');
      seen.push({
        nato,
        natoThresholds,
        russia,
        russiaThresholds,
        resolution,
        chosen: { nato: natoChosen, russia: russiaChosen },
      });
      await pressButton(page, /next half-year|to the debrief/i);
    }

    const td = await waitForTd(page, 'the debrief', (s) => s.phase === 'debrief' && typeof s.outcome === 'string', 20_000);
    expect(td.turnsPlayed).toBe(TURNS);
    const debrief = await fullText(page);
    expect(debrief).toMatch(/The fog of trust is lifted/);
    expect(debrief).toMatch(/Blue table played NATO and Team Russia played Russia/);
    await screenshot(page, 'hotseat-debrief');
    const link = await copyReplayLink(page);
    const decoded = decodeReplay(replayCodeFromLink(link));
    if (!decoded.ok) throw new Error(`the debrief's replay link does not decode: ${decoded.error.message}`);
    expect(decoded.replay.turns).toHaveLength(TURNS);
    expect(decoded.replay.turns.map((turn) => [[...turn.nato].sort(), [...turn.russia].sort()])).toEqual(
      seen.map((s) => [[...s.chosen.nato].sort(), [...s.chosen.russia].sort()]),
    );
    expect(seen[TIMEOUT_TURN]!.chosen.nato.length, 'the timed-out selection was confirmed as it stood').toBeGreaterThan(0);
    expect(decoded.replay.turns.at(-1)!.hash).toBe(td.finalHash);

    // Fog: replay the same choices in Node and check every screen against the trust the engine held.
    const sc = tutorial();
    const session = new GameSession({ scenario: sc, side: 'nato', opponent: 'reciprocator', seed: SEED, mode: 'hotseat', fog: true });
    session.begin();
    seen.forEach((s, i) => {
      const trust = session.context.world.trust;
      const natoPct = Math.round(trust.nato / 100);
      const russiaPct = Math.round(trust.russia / 100);
      const at = `turn ${i + 1} (NATO's trust ${natoPct}%, Russia's ${russiaPct}%)`;
      expect(percentCount(s.nato, natoPct), `${at}: NATO's team sees its own trust`).toBeGreaterThan(0);
      expect(percentCount(s.russia, russiaPct), `${at}: Russia's team sees its own trust`).toBeGreaterThan(0);
      // Each team is told its own government's type, as the engine holds it, on its own screen only.
      expect(s.nato, `${at}: NATO's aim`).toContain(`your government is ${aimWords(session, 'nato')}.`);
      expect(s.russia, `${at}: Russia's aim`).toContain(`your government is ${aimWords(session, 'russia')}.`);
      if (natoPct !== russiaPct) {
        expect(percentCount(s.nato, russiaPct), `${at}: Russia's trust on NATO's screen`).toBe(percentCount(s.natoThresholds, russiaPct));
        expect(percentCount(s.russia, natoPct), `${at}: NATO's trust on Russia's screen`).toBe(percentCount(s.russiaThresholds, natoPct));
      }
      expect(session.choose('nato', s.chosen.nato)).toEqual([]);
      expect(session.choose('russia', s.chosen.russia)).toEqual([]);
      const end = session.context.world.trust;
      for (const value of [end.nato, end.russia])
        expect(percentCount(s.resolution, Math.round(value / 100)), `${at}: a trust number on the shared resolution`).toBe(0);
      session.next();
    });
    expect(session.context.history.at(-1)!.hash).toBe(td.finalHash);
    // Fog that still teaches: the shared screen sizes the signals that moved trust, never the trust itself.
    expect(seen.some((s) => /trust moved (up|down): a (strong|moderate|weak) signal/.test(s.resolution))).toBe(true);
    expectNoErrors(w);
    game = { link, td };
  });

  test("the hot-seat game's replay link, opened in a fresh browser, verifies and reaches the same final state", async () => {
    if (!game) throw new Error('the hot-seat game did not finish, so there is no replay link to open');
    const td = await openLinkInFreshBrowser(game.link);
    expect(td.finalHash).toBe(game.td.finalHash);
    expect(td.outcome).toBe(game.td.outcome);
  });

  test('projector mode at 1280×720: large type, and the turn screen still fits (the cards scroll)', async () => {
    const small = await launch({ viewport: { width: 1280, height: 720 } });
    try {
      const w = await watchedPage(small);
      const { page } = w;
      await openTitle(page, inject('baseURL'));
      await startHotseat(page, { timer: /^2 minutes/i, projector: true, shots: false });
      await waitForTd(page, 'the hand-over to NATO', (td) => td.phase === 'handover' && td.side === 'nato', 15_000);
      await screenshot(page, 'hotseat-projector-handover-nato');
      await expect.poll(() => focusedLabel(page)).toBe('Blue table is ready: type N');
      await page.keyboard.type('N');
      await waitForTd(page, "NATO's first turn", (td) => td.phase === 'turn' && td.side === 'nato', 15_000);
      await page
        .getByText(/2:00 left/)
        .first()
        .waitFor({ timeout: 5_000 });
      expect(await page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(true);
      const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(24);
      await screenshot(page, 'hotseat-projector-turn');
      // Nothing wider than the screen; the confirm button and the timer are on screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
      for (const [what, locator] of [
        ['the confirm button', page.locator('.td-cards__bar button')],
        ['the timer', page.locator('.td-timer__left')],
        ['the first card', page.locator('[data-action]').first()],
      ] as const) {
        const box = await locator.first().boundingBox();
        expect(box, `${what} is shown`).not.toBeNull();
        expect(box!.y + box!.height, `${what} is within the 720 px screen`).toBeLessThanOrEqual(720);
        expect(box!.x + box!.width, `${what} is within the 1280 px screen`).toBeLessThanOrEqual(1280);
      }
      // The compact layout: the map legible (it was 150 px tall under a four-line header), two whole cards in view.
      const map = await page.locator('.td-map').boundingBox();
      expect(map?.height ?? 0, 'the map is at least 200 px tall').toBeGreaterThanOrEqual(200);
      expect(await cardsInView(page), 'whole cards in view').toBeGreaterThanOrEqual(2);
      await page.keyboard.press('1');
      await confirmTurn(page);
      await waitForTd(page, 'the hand-over', (td) => td.phase === 'handover' && td.side === 'russia', 10_000);
      await screenshot(page, 'hotseat-projector-handover');
      // Projector mode is a setting: off again from the title's Settings (leaving the game asks first).
      await page.keyboard.press('Escape');
      await pressButton(page, /leave the game/i);
      await pressButton(page, /settings/i);
      const box = page.getByRole('checkbox', { name: /projector mode/i });
      expect(await box.isChecked()).toBe(true);
      await tabTo(page, box, 'the projector mode checkbox in Settings');
      await page.keyboard.press('Space');
      expect(await page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(false);
      expectNoErrors(w);
    } finally {
      await small.close();
    }
  });
});
