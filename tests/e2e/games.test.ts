// Complete games played with the keyboard only, from the title to the debrief, with a screenshot of every screen;
// then the game's replay link, opened in a fresh browser, reproduces the same final state.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { decodeReplay, replayCodeFromLink } from '../../src/engine/index.js';
import {
  cardKeys,
  copyReplayLink,
  nextFromResolution,
  openLinkInFreshBrowser,
  openTitle,
  playTurn,
  startGame,
  type NewGame,
} from './flows.js';
import {
  expectAccessible,
  expectNoErrors,
  launch,
  pollFor,
  pressButton,
  screenshot,
  visibleText,
  waitForTd,
  watchedPage,
  type Browser,
  type TdState,
} from './harness.js';

const TURNS: Record<string, number> = { tutorial: 5, 'reset-2010': 21 };

/** Waits until Phaser's loop is running (`true`) or resting (`false`): it rests under screens with nothing on the canvas. */
async function expectCanvasLoop(page: Page, running: boolean, where: string): Promise<void> {
  const state = (): Promise<boolean> =>
    page.evaluate(() => (window as unknown as { __tdGame: { loop: { running: boolean } } }).__tdGame.loop.running);
  await pollFor(
    state,
    (now) => now === running,
    5_000,
    () => `on ${where}, Phaser's loop should be ${running ? 'running' : 'resting'}`,
  );
}

/** Plays a whole game from the title; returns __td on the debrief and the game's replay link. */
async function playWholeGame(browser: Browser, game: NewGame & { id: string }): Promise<{ td: TdState; link: string }> {
  const chosen: string[][] = [];
  const w = await watchedPage(browser);
  const { page } = w;
  await openTitle(page, inject('baseURL'));
  if (game.shots) await screenshot(page, `${game.shots}title`);
  await expectCanvasLoop(page, false, 'the title (nothing on the canvas)');
  await startGame(page, game);
  await expectCanvasLoop(page, true, 'the first turn (the map)');
  const turns = TURNS[game.id]!;
  let firstKeys = '';
  for (let i = 0; i < turns; i++) {
    // Each number key stays on its card all game (issue 11: stable keys), available or not.
    const keyed = await cardKeys(page);
    const keyMap = keyed.map((c) => `${c.key}=${c.action}`).join(' ');
    firstKeys ||= keyMap;
    expect(keyMap, `the number keys of half-year ${String(i + 1)}`).toBe(firstKeys);
    // Two cards a turn, by number key: the first two that can be chosen now.
    const keys = keyed
      .filter((c) => c.available)
      .map((c) => c.key)
      .slice(0, i % 3 === 2 ? 1 : 2);
    const shoot = game.shots && (i === 0 || i === turns - 1) ? `${game.shots}turn-${i + 1}` : undefined;
    const td = await playTurn(page, keys, shoot);
    expect(td.turnsPlayed).toBe(i + 1);
    chosen.push(td.chosen);
    if (game.shots && (i === 0 || i === turns - 1)) {
      // The changes are revealed one by one; show them all, as a reader would, before the picture.
      await pressButton(page, /show all at once/i, 'the resolution\'s "Show all at once" button');
      await page.waitForTimeout(300);
      await screenshot(page, `${game.shots}resolution-${i + 1}`);
    }
    await nextFromResolution(page);
  }
  const td = await waitForTd(page, 'the debrief', (s) => s.phase === 'debrief' && typeof s.outcome === 'string', 20_000);
  expect(td.turnsPlayed).toBe(turns);
  expect(td.finalHash).toMatch(/^[0-9a-f]{16}$/);
  await expectCanvasLoop(page, false, 'the debrief');
  await page
    .getByText(/the outcome:/i)
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(async () => {
      throw new Error(`the debrief does not say "The outcome: …"; the screen shows: ${await visibleText(page)}`);
    });
  // "Choices or luck?": the debrief replays the player's choices on other seeds in a worker.
  const luck = await waitForTd(
    page,
    "the debrief's luck replays (a Web Worker) to finish",
    (s) => s.luck === 'done' || s.luck === 'error',
    60_000,
  );
  expect(luck.luck, 'the luck worker finished without error').toBe('done');
  if (game.shots) await screenshot(page, `${game.shots}debrief`);
  if (game.id === 'tutorial') await expectAccessible(page, 'the debrief');
  const link = await copyReplayLink(page);
  expect(link).toMatch(/#replay=[A-Za-z0-9_-]+$/);
  // The link holds the game as played: every half-year, and the actions the number keys chose.
  const decoded = decodeReplay(replayCodeFromLink(link));
  if (!decoded.ok) throw new Error(`the debrief's replay link does not decode: ${decoded.error.message}`);
  const mine = game.side === 'NATO' ? 'nato' : 'russia';
  expect(decoded.replay.turns).toHaveLength(turns);
  expect(decoded.replay.turns.map((t) => [...t[mine]].sort())).toEqual(chosen.map((c) => [...c].sort()));
  expect(chosen.flat().length, 'the number keys chose some actions').toBeGreaterThan(turns);
  expect(decoded.replay.turns.at(-1)!.hash).toBe(td.finalHash);
  expectNoErrors(w);
  return { td, link };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  await browser?.close();
});

describe('complete games with the keyboard only', () => {
  let tutorial: { td: TdState; link: string } | null = null;

  test('the tutorial, as NATO against the hardliner, from the title to the debrief', async () => {
    tutorial = await playWholeGame(browser, {
      id: 'tutorial',
      scenario: /tutorial/i,
      side: 'NATO',
      opponent: /^hardliner/i,
      seed: 'e2e-tutorial',
      shots: 'tutorial-',
    });
  });

  test("the tutorial's replay link, opened in a fresh browser, reproduces the same final state", async () => {
    if (!tutorial) throw new Error('the tutorial game did not finish, so there is no replay link to open');
    const viewed = await openLinkInFreshBrowser(tutorial.link, tutorial.td.turnLabel!, 'replay-viewer');
    expect(viewed.finalHash).toBe(tutorial.td.finalHash);
    expect(viewed.outcome).toBe(tutorial.td.outcome);
  });

  test('reset-2010, as Russia against the reciprocator, all 21 half-years to the debrief', async () => {
    const game = await playWholeGame(browser, {
      id: 'reset-2010',
      scenario: /the reset/i,
      side: 'Russia',
      opponent: /^reciprocator/i,
      seed: 'e2e-reset',
      shots: 'reset-2010-',
    });
    const viewed = await openLinkInFreshBrowser(game.link, game.td.turnLabel!);
    expect(viewed.finalHash).toBe(game.td.finalHash);
    expect(viewed.outcome).toBe(game.td.outcome);
  });
});
