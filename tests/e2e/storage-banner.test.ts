// Visible storage trouble: when the autosave fails (storage full, storage disabled, a write that does not read back),
// a banner at the top says the game is no longer being saved and offers the game as a replay file; the file verifies
// in Node; the banner goes away when a save succeeds again; the screens move down and nothing is covered.
// Screenshots: storage-banner-*.png at 1280×720 and 1920×1080.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parseReplay, verifyReplay, loadAndCompile } from '../../src/engine/index.js';
import { nextFromResolution, openTitle, playTurn, startGame } from './flows.js';
import {
  expectNoErrors,
  launch,
  newWatchedPage,
  pressButton,
  projectFile,
  screenshot,
  waitForText,
  waitForTd,
  type Browser,
  type Watched,
} from './harness.js';

const tutorial = (() => {
  const loaded = loadAndCompile(readFileSync(projectFile('scenarios/tutorial.json'), 'utf8'), 'tutorial.json');
  if (!loaded.ok) throw new Error('the tutorial does not load');
  return loaded.value;
})();

/** How the page's storage misbehaves, set before any of the app's scripts run; `window.__storageFault = null` heals it. */
type Fault = 'full' | 'disabled' | 'truncates';

async function faultyPage(browser: Browser, fault: Fault): Promise<Watched> {
  const watched = await newWatchedPage(browser);
  await watched.page.addInitScript((kind: Fault) => {
    const w = window as unknown as { __storageFault: Fault | null };
    w.__storageFault = kind;
    const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!.value as (
      this: Storage,
      key: string,
      value: string,
    ) => void;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string): void {
      const fault = w.__storageFault;
      if (fault === 'full' && key.startsWith('td.save')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      if (fault === 'truncates' && key.startsWith('td.save')) return setItem.call(this, key, value.slice(0, value.length >> 1));
      return setItem.call(this, key, value);
    };
    if (kind === 'disabled') {
      const real = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          if (w.__storageFault === 'disabled') throw new DOMException('Access is denied for this document.', 'SecurityError');
          return real.get!.call(window) as Storage;
        },
      });
    }
  }, fault);
  return watched;
}

const banner = (page: Page) => page.getByRole('alert').filter({ hasText: /no longer being saved/i });

/** The banner's bottom edge and the top of the screens (#ui): the screens start below the banner. */
async function layout(page: Page): Promise<{ bannerBottom: number; uiTop: number }> {
  return page.evaluate(() => ({
    bannerBottom: document.querySelector('.td-save-banner')?.getBoundingClientRect().bottom ?? 0,
    uiTop: document.getElementById('ui')!.getBoundingClientRect().top,
  }));
}

/** Presses the banner's download button; returns the file's text and where Playwright keeps it. */
async function downloadGame(page: Page): Promise<{ text: string; path: string }> {
  const download = page.waitForEvent('download', { timeout: 15_000 });
  await pressButton(page, /download the game as a file/i);
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^trust-deficit-tutorial-.+\.replay\.json$/);
  const path = await file.path();
  return { text: readFileSync(path, 'utf8'), path };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch({ viewport: { width: 1280, height: 720 } });
});
afterAll(async () => {
  await browser?.close();
});

describe('visible storage trouble', () => {
  test('storage full: the banner says so from the first turn, the download verifies, and it goes when saving works again', async () => {
    const watched = await faultyPage(browser, 'full');
    const { page } = watched;
    await openTitle(page, inject('baseURL'));
    await startGame(page, { scenario: /tutorial/i, side: 'NATO', opponent: /reciprocator/i, seed: 'e2e-full' });
    await banner(page).waitFor({ timeout: 10_000 });
    await waitForText(page, /storage is full/i, "the banner's reason");
    const placed = await layout(page);
    expect(placed.uiTop, 'the screens start below the banner').toBeGreaterThanOrEqual(placed.bannerBottom - 1);
    await screenshot(page, 'storage-banner-turn-1280');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'storage-banner-turn-1920');
    await page.setViewportSize({ width: 1280, height: 720 });

    await playTurn(page, ['1']);
    await screenshot(page, 'storage-banner-resolution-1280');
    const { text, path } = await downloadGame(page);
    await waitForText(page, /downloaded trust-deficit-tutorial-/i, 'the download confirmed');
    const parsed = parseReplay(JSON.parse(text));
    if (!parsed.ok) throw new Error(`the downloaded game is not a replay: ${JSON.stringify(parsed.issues)}`);
    expect(parsed.replay.seed).toBe('e2e-full');
    expect(parsed.replay.turns).toHaveLength(1);
    const verified = verifyReplay(tutorial, parsed.replay);
    expect(verified.ok, JSON.stringify(verified)).toBe(true);
    // The file opens in "Open a replay" (key 3) of another tab, verified by the viewer.
    const other = await newWatchedPage(browser);
    await openTitle(other.page, inject('baseURL'));
    await other.page.keyboard.press('3');
    await other.page.locator('#replay-file').setInputFiles(path);
    const viewed = await waitForTd(
      other.page,
      'the viewer on the downloaded file',
      (td) => td.phase === 'replay' && typeof td.finalHash === 'string',
    );
    expect(viewed.finalHash).toBe(parsed.replay.turns[0]!.hash);
    expectNoErrors(other);
    await other.page.close();

    // Space again: the next autosave succeeds and the banner goes; the screens take the whole window back.
    await page.evaluate(() => ((window as unknown as { __storageFault: null }).__storageFault = null));
    await nextFromResolution(page);
    await playTurn(page, []);
    await expect.poll(() => banner(page).count(), { timeout: 10_000 }).toBe(0);
    expect((await layout(page)).uiTop).toBe(0);
    expectNoErrors(watched);
    await page.close();
  });

  test('storage disabled: the banner names it; hidden by the player, it stays hidden for the same trouble', async () => {
    const watched = await faultyPage(browser, 'disabled');
    const { page } = watched;
    await openTitle(page, inject('baseURL'));
    await startGame(page, { scenario: /tutorial/i, side: 'Russia', opponent: /grim/i, seed: 'e2e-disabled' });
    await banner(page).waitFor({ timeout: 10_000 });
    await waitForText(page, /saving is not possible in this browser/i, "the banner's reason");
    await pressButton(page, /hide this notice/i);
    await expect.poll(() => banner(page).count()).toBe(0);
    await playTurn(page, []);
    expect(await banner(page).count(), 'the same trouble does not bring it back').toBe(0);
    expectNoErrors(watched);
    await page.close();
  });

  test('a storage that silently keeps half of what it is given: the write is caught and the banner shown', async () => {
    const watched = await faultyPage(browser, 'truncates');
    const { page } = watched;
    await openTitle(page, inject('baseURL'));
    await startGame(page, { scenario: /tutorial/i, side: 'NATO', opponent: /cooperator/i, seed: 'e2e-truncates' });
    await banner(page).waitFor({ timeout: 10_000 });
    await waitForText(page, /the autosave could not be written \(read-back mismatch\)/i, "the banner's reason");
    const { text } = await downloadGame(page);
    const parsed = parseReplay(JSON.parse(text));
    expect(parsed.ok && parsed.replay.turns.length).toBe(0);
    expectNoErrors(watched);
    await page.close();
  });
});
