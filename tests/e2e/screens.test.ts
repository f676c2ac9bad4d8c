// The title and its sub-screens with the keyboard: the menu's number keys and arrows, Settings, About, Open a
// replay (a pasted code), Escape back; and the new-game form's Back. A screenshot of each.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { encodeReplay } from '../../src/engine/index.js';
import { goldenPath, type GoldenFile } from '../golden/golden-files.js';
import { cardsInView, confirmStep, openTitle, overflowingPanels, startGame } from './flows.js';
import {
  expectAccessible,
  expectNoErrors,
  launch,
  pollFor,
  pressButton,
  projectFile,
  screenshot,
  tabTo,
  visibleText,
  waitForTd,
  watchedPage,
  type Browser,
  type Watched,
} from './harness.js';

let browser: Browser;
let w: Watched;
beforeAll(async () => {
  browser = await launch();
  w = await watchedPage(browser);
});
afterAll(async () => {
  await browser?.close();
});

const focusedName = (): Promise<string> => w.page.evaluate(() => (document.activeElement?.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('the title screen with the keyboard', () => {
  test('opens on the menu with "New game" focused, and the arrows move through the menu', async () => {
    const { page } = w;
    await openTitle(page, inject('baseURL'));
    await expect.poll(focusedName).toMatch(/new game/i);
    await screenshot(page, 'title');
    await expectAccessible(page, 'the title');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedName).toMatch(/continue/i);
    await page.keyboard.press('End');
    await expect.poll(focusedName).toMatch(/lesson kit/i);
    await page.keyboard.press('Home');
    await expect.poll(focusedName).toMatch(/new game/i);
    expectNoErrors(w);
  });

  test('Settings (key 5): reduced motion toggles with Space and is kept after a reload; Escape goes back', async () => {
    const { page } = w;
    await page.keyboard.press('5');
    await page
      .getByRole('heading', { name: /settings/i })
      .first()
      .waitFor({ timeout: 10_000 });
    const motion = page.getByRole('checkbox', { name: /reduced motion/i });
    await tabTo(page, motion, 'the reduced-motion checkbox');
    const was = await motion.isChecked();
    await page.keyboard.press('Space');
    await expect.poll(() => motion.isChecked()).toBe(!was);
    await screenshot(page, 'settings');
    await page.reload();
    await page.getByRole('button', { name: /settings/i }).waitFor();
    await page.keyboard.press('5');
    await expect.poll(() => page.getByRole('checkbox', { name: /reduced motion/i }).isChecked()).toBe(!was);
    // Put it back, so the other screens animate as by default.
    await tabTo(page, page.getByRole('checkbox', { name: /reduced motion/i }), 'the reduced-motion checkbox');
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');
    await expect.poll(focusedName).toMatch(/settings/i);
    expectNoErrors(w);
  });

  test("About the sources (key 4) lists each scenario's sources", async () => {
    const { page } = w;
    await page.keyboard.press('4');
    await page
      .getByRole('heading', { name: /sources of/i })
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(async () => {
        throw new Error(`About lists no scenario sources; it shows: ${await visibleText(page)}`);
      });
    await screenshot(page, 'about');
    await page.keyboard.press('Escape');
    await expect.poll(focusedName).toMatch(/about/i);
    expectNoErrors(w);
  });

  test('Open a replay (key 3): a pasted code opens the viewer, verified', async () => {
    const { page } = w;
    const golden = JSON.parse(readFileSync(goldenPath('tutorial'), 'utf8')) as GoldenFile;
    await page.keyboard.press('3');
    const field = page.getByRole('textbox', { name: /replay code or link/i });
    await field.waitFor({ timeout: 10_000 });
    await tabTo(page, field, 'the replay code field');
    await page.keyboard.type(`https://example.org/td/#replay=${encodeReplay(golden.replay)}`);
    await screenshot(page, 'open-replay');
    await page.keyboard.press('Enter');
    const td = await waitForTd(page, 'the viewer on a pasted code', (s) => s.phase === 'replay' && typeof s.finalHash === 'string');
    expect(td.finalHash).toBe(golden.replay.turns.at(-1)!.hash);
    expect(td.outcome).toBe(golden.expected.outcome);
    await expectAccessible(page, 'the replay viewer');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /new game/i }).waitFor({ timeout: 10_000 });
    expectNoErrors(w);
  });

  test('a pasted garbage code is refused with a reason, and the field keeps focus', async () => {
    const { page } = w;
    await page.keyboard.press('3');
    const field = page.getByRole('textbox', { name: /replay code or link/i });
    await tabTo(page, field, 'the replay code field');
    await page.keyboard.type('1not-a-real-code');
    await page.keyboard.press('Enter');
    await page
      .getByText(/cannot be opened|damaged|not a replay code/i)
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(async () => {
        throw new Error(`no reason shown for a garbage code; the screen shows: ${await visibleText(page)}`);
      });
    await screenshot(page, 'open-replay-error');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /new game/i }).waitFor({ timeout: 10_000 });
    expectNoErrors(w);
  });

  test("New game: a teacher's own scenario file is checked, offered and chosen; a broken one shows its errors as text", async () => {
    const { page } = w;
    await page.keyboard.press('1');
    await page
      .getByRole('heading', { name: /new game/i })
      .first()
      .waitFor({ timeout: 10_000 });
    const fileField = page.getByLabel(/open a scenario file/i);
    await fileField.waitFor({ timeout: 10_000 });
    const tutorial = JSON.parse(readFileSync(projectFile('scenarios/tutorial.json'), 'utf8')) as Record<string, unknown>;
    const mine = { ...tutorial, id: 'my-lesson', title: 'My lesson: <b>trust</b> in three turns' };
    await fileField.setInputFiles({ name: 'my-lesson.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
    const chosen = page.getByRole('radio', { name: /My lesson: <b>trust<\/b> in three turns/ });
    await chosen.waitFor({ timeout: 10_000 });
    expect(await chosen.isChecked()).toBe(true);
    const broken = { ...tutorial, id: 'Broken Lesson' };
    await page
      .getByLabel(/open a scenario file/i)
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page
      .getByText(/broken\.json: \$\.id: /)
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(async () => {
        throw new Error(`no error line for the broken scenario file; the screen shows: ${await visibleText(page)}`);
      });
    await screenshot(page, 'new-game-scenario-file');
    await expectAccessible(page, 'the new-game form');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /new game/i }).waitFor({ timeout: 10_000 });
    expectNoErrors(w);
  });

  test('axe-core finds no serious or critical violation on the briefing, a turn, its confirm step and its resolution', async () => {
    const { page } = w;
    await page.keyboard.press('1');
    await pressButton(page, /read the briefing/i);
    await page
      .getByRole('heading', { name: /briefing/i })
      .first()
      .waitFor({ timeout: 10_000 });
    await expectAccessible(page, 'the briefing');
    await pressButton(page, /begin the first turn/i);
    await waitForTd(page, 'the first turn', (td) => td.phase === 'turn' && td.turnsPlayed === 0);
    await expectAccessible(page, 'the turn screen');
    // Each headline trust says what it is: the average of the two areas (issue 11).
    const mean = /^average of \d+% on the common threats and \d+% on the order in Europe$/;
    for (const text of await page.locator('.td-gauge__detail').allInnerTexts()) expect(text).toMatch(mean);
    expect(await page.locator('.td-gauge__detail').count()).toBe(2);
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await confirmStep(page).waitFor({ timeout: 10_000 });
    await expectAccessible(page, 'the confirm step');
    await page.keyboard.press('Enter');
    await waitForTd(page, 'the resolution', (td) => td.phase === 'resolution' && td.turnsPlayed === 1);
    await pressButton(page, /show all at once/i, 'the resolution\'s "Show all at once" button');
    await expectAccessible(page, 'the resolution');
    for (const text of await page.locator('.td-reveal .td-gauge__detail, .td-gauge__detail').allInnerTexts()) expect(text).toMatch(mean);
    // The opponent doctrine's reason names its hidden type: the resolution must not give it away (the debrief reveals it).
    const told = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
    expect(told).not.toMatch(/\b(a partner|an adversary) trusting\b/);
    expect(told).toMatch(/Why Russia chose this is not shown during the game/);
    expectNoErrors(w);
  });

  test('at 150 % text the turn shows at least two whole cards at 1280×720, 1366×768 and 1920×1080, and nothing sticks out of its panel', async () => {
    const { page } = w;
    await page.setViewportSize({ width: 1280, height: 720 });
    // On the app's origin first (this test may run alone), then the setting, then the app afresh with it.
    if (!page.url().startsWith(inject('baseURL'))) await openTitle(page, inject('baseURL'));
    await page.evaluate(() =>
      localStorage.setItem('td.settings', JSON.stringify({ reducedMotion: true, textScale: 1.5, linkAddress: '' })),
    );
    try {
      await openTitle(page, inject('baseURL'));
      await startGame(page, { scenario: /the reset/i, side: 'NATO', opponent: /^reciprocator/i, seed: 'large-text' });
      for (const [width, height] of [
        [1280, 720],
        [1366, 768],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        const seen = await pollFor(
          async () => ({ cards: await cardsInView(page), overflow: await overflowingPanels(page) }),
          (m) => m.cards >= 2 && m.overflow.length === 0,
          5_000,
          (m) =>
            `at ${width}×${height} and 150 % text: ${m?.cards ?? '?'} whole card(s) in view (want 2 or more); sticking out: ${m?.overflow.join('; ') || 'nothing'}`,
        );
        expect(seen.cards).toBeGreaterThanOrEqual(2);
        // The map redraws for the new size after its debounce (150 ms) and the geography: for the picture only.
        await page.waitForTimeout(700);
        await screenshot(page, `turn-large-text-${width}`);
      }
      expectNoErrors(w);
    } finally {
      await page.evaluate(() => localStorage.removeItem('td.settings'));
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});
