// Safe keys (issue 11): no single key passes a half-year. Enter (on the turn, on a card or on the confirm button), a held
// Enter, Space and the number keys at most open the confirm step, which names the half-year and the chosen actions with
// the focus on "Confirm"; Escape goes back with the selection kept, and only a second, deliberate Enter confirms.
// Escape on the resolution asks before leaving the game, as on the turn. The game menu (M or its button) on the turn and
// the resolution: a dialog with help, settings and save and quit; Escape closes it and gives the focus back.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { confirmStep, confirmTurn, nextFromResolution, openTitle, startGame } from './flows.js';
import {
  expectAccessible,
  expectNoErrors,
  launch,
  pollFor,
  pressButton,
  screenshot,
  tabTo,
  waitForTd,
  watchedPage,
  type Browser,
  type TdState,
} from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const td = async (page: Page): Promise<TdState> => waitForTd(page, 'a screen', () => true);
const pressed = (page: Page): Promise<string[]> =>
  page.locator('button[aria-pressed="true"][data-action]').evaluateAll((b) => b.map((x) => (x as HTMLElement).dataset.action ?? ''));

describe('safe keys', () => {
  test('no single key passes a turn; the confirm step names the half-year and the actions; Escape goes back', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await openTitle(page, inject('baseURL'));
    await startGame(page, { scenario: /tutorial/i, side: 'NATO', opponent: /reciprocator/i, seed: 'e2e-safe-keys' });
    const label = String((await td(page)).turnLabel);
    const step = confirmStep(page);

    // Each of these keys alone, on arriving at the turn: still the turn, nothing played.
    for (const key of ['Enter', 'NumpadEnter', 'Space', 'y', 'c', 'p', '1', '9', 'ArrowDown', 'Tab']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(150);
      const now = await td(page);
      expect(`${key}: ${now.phase} ${String(now.turnsPlayed)}`).toBe(`${key}: turn 0`);
      if (await step.isVisible()) await page.keyboard.press('Escape');
      await expect.poll(() => step.count()).toBe(0);
    }

    // A held Enter (key repeat) opens the step once and never confirms.
    await page.keyboard.down('Enter');
    await page.keyboard.down('Enter');
    await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    await page.waitForTimeout(200);
    expect((await td(page)).phase).toBe('turn');
    await expect.poll(() => step.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => step.count()).toBe(0);

    // The step names the half-year and the chosen actions; Escape keeps the selection and leaves the game untouched.
    const toggled = await page
      .locator('button[aria-pressed="true"][data-index]')
      .evaluateAll((b) => b.map((x) => Number((x as HTMLElement).dataset.index)));
    for (const index of toggled) await page.keyboard.press(String(index + 1));
    await page.keyboard.press('1');
    const chosen = await pressed(page);
    expect(chosen).toHaveLength(1);
    const name = await page.locator(`button[data-action="${chosen[0]}"] .td-card__name`).innerText();
    await page.keyboard.press('Enter');
    await step.waitFor({ timeout: 5_000 });
    expect(await step.innerText()).toContain(label);
    expect(await step.innerText()).toContain(name);
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(`Confirm ${label}`);
    await screenshot(page, 'safe-keys-confirm-step');
    // The cards behind the step take no key.
    await page.keyboard.press('2');
    expect(await pressed(page)).toEqual(chosen);
    await page.keyboard.press('Escape');
    await expect.poll(() => step.count()).toBe(0);
    expect((await td(page)).phase, 'Escape on the step goes back to the turn, not to the title').toBe('turn');
    expect(await pressed(page)).toEqual(chosen);

    // The confirm button, reached with Tab and pressed with Enter, opens the step too.
    await tabTo(page, page.locator('.td-cards__bar button'), 'the confirm button');
    await page.keyboard.press('Enter');
    await step.waitFor({ timeout: 5_000 });
    expect((await td(page)).phase).toBe('turn');
    await page.keyboard.press('Escape');
    await expect.poll(() => step.count()).toBe(0);

    // The deliberate second Enter confirms, with the chosen action.
    await confirmTurn(page);
    const resolved = await waitForTd(page, 'the resolution', (s) => s.phase === 'resolution' && s.turnsPlayed === 1, 15_000);
    expect(resolved.turnsPlayed).toBe(1);

    // Escape on the resolution asks before leaving; Escape again keeps the game.
    await page.keyboard.press('Escape');
    const leave = page.getByRole('alertdialog', { name: /leave the game/i });
    await leave.waitFor({ timeout: 5_000 });
    await page.keyboard.press('Escape');
    await expect.poll(() => leave.count()).toBe(0);
    expect((await td(page)).phase).toBe('resolution');
    expectNoErrors(w);
  });

  test('the game menu by keyboard: M opens it over the turn and the resolution, Escape gives the focus back, text size and quit from it', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await openTitle(page, inject('baseURL'));
    await startGame(page, { scenario: /tutorial/i, side: 'NATO', opponent: /reciprocator/i, seed: 'e2e-menu' });
    const menu = page.getByRole('dialog', { name: /game menu/i });
    const focused = (): Promise<string> =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action ?? document.activeElement?.textContent ?? '');
    const shown = (want: number, what: string): Promise<number> =>
      pollFor(
        () => menu.count(),
        (n) => n === want,
        5_000,
        (n) => `${what}: ${String(n)} game menu(s) open`,
      );
    const card = await focused();
    expect(card, 'the turn opens with a card focused').toMatch(/\./);

    await page.keyboard.press('m');
    await shown(1, 'M on the turn');
    await page.getByRole('heading', { name: /^keys$/i }).waitFor({ timeout: 5_000 });
    await expectAccessible(page, 'the game menu on the turn');
    await screenshot(page, 'game-menu-turn');
    // The game behind takes no key: a number key toggles no card.
    await page.keyboard.press('1');
    expect(await pressed(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await shown(0, 'Escape in the menu');
    expect(await focused(), 'the focus is back on the card it left').toBe(card);
    expect((await td(page)).phase, 'Escape closed the menu and did not ask to leave').toBe('turn');

    // The visible button, reached with Tab, opens it too.
    await tabTo(page, page.getByRole('button', { name: /^menu \(m\)$/i }), 'the "Menu (M)" button');
    await page.keyboard.press('Enter');
    await shown(1, 'Enter on the menu button');
    await page.keyboard.press('Escape');
    await shown(0, 'Escape in the menu');
    expect(await focused(), 'the focus is back on the menu button').toMatch(/^menu \(m\)$/i);
    // Enter there would open the menu again: the confirm button ends the half-year.
    await tabTo(page, page.locator('.td-cards__bar button'), 'the confirm button');
    await confirmTurn(page);
    await waitForTd(page, 'the resolution', (s) => s.phase === 'resolution' && s.turnsPlayed === 1, 15_000);

    // On the resolution: text size from the menu (the layout follows at once), then save and quit, which asks first.
    await page.keyboard.press('M');
    await shown(1, 'M on the resolution');
    await expectAccessible(page, 'the game menu on the resolution');
    await tabTo(page, menu.getByRole('radio', { name: '100 %' }), 'the text size radio');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await menu.getByRole('radio', { name: '150 %' }).isChecked()).toBe(true);
    const scale = (): Promise<string> => page.evaluate(() => document.documentElement.style.getPropertyValue('--text-scale'));
    expect(await scale()).toBe('1.5');
    // At 150 % text the menu's box stays clear of the teacher's console button in the corner (issue 11).
    const clash = await page.evaluate(() => {
      const box = document.querySelector('.td-menu__box')?.getBoundingClientRect();
      const corner = document.querySelector('.console-open')?.getBoundingClientRect();
      if (!box || !corner) return 'missing';
      return box.right > corner.left && box.bottom > corner.top
        ? `menu ${box.right}×${box.bottom}, button ${corner.left}×${corner.top}`
        : '';
    });
    expect(clash, 'the game menu overlaps the console button').toBe('');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await scale()).toBe('1');
    await tabTo(page, menu.getByRole('button', { name: /save and quit/i }), 'the "Save and quit" button');
    await page.keyboard.press('Enter');
    const leave = page.getByRole('alertdialog', { name: /leave the game/i });
    await leave.waitFor({ timeout: 5_000 });
    // One player: the dialog speaks of half-years, not of a team's sealed choice and a hand-over.
    expect(await leave.innerText()).toMatch(/saved after every half-year/);
    expect(await leave.innerText()).not.toMatch(/sealed choice|hand-over/);
    await shown(0, 'Save and quit');
    await tabTo(page, leave.getByRole('button', { name: /^leave the game$/i }), 'the "Leave the game" button');
    await page.keyboard.press('Enter');
    await page
      .getByRole('button', { name: /continue/i })
      .first()
      .waitFor({ timeout: 10_000 });

    // Continue: the report left unread opens again; once it is passed, a reload continues at the next choice (issue 11).
    await pressButton(page, /continue/i, 'the title\'s "Continue" button');
    await waitForTd(page, 'the report left unread', (s) => s.phase === 'resolution' && s.turnsPlayed === 1, 15_000);
    await nextFromResolution(page);
    await page.reload();
    await pressButton(page, /continue/i, 'the title\'s "Continue" button after a reload');
    const resumed = await waitForTd(
      page,
      'the next choice after the reload',
      (s) => s.phase === 'turn' || s.phase === 'resolution',
      15_000,
    );
    expect(`${String(resumed.phase)} ${String(resumed.turnsPlayed)}`, 'Continue after the report was passed').toBe('turn 1');
    expectNoErrors(w);
  });
});
