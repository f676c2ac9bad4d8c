// Untrusted input in the browser: a corrupted autosave, a hostile scenario text, hostile and garbage replay links.
// Each is handled with a sentence for the player, shown as text, and the game goes on; no console or page error.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { compileScenario, encodeReplay, recordReplay, runGame } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { openTitle, playTurn, startGame } from './flows.js';
import {
  expectNoErrors,
  HOSTILE_MARKUP,
  HOSTILE_SCRIPT,
  HOSTILE_SHORT,
  hostileScenarioText,
  launch,
  pressButton,
  projectFile,
  screenshot,
  visibleText,
  waitForTd,
  watchedPage,
  type Browser,
} from './harness.js';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Nothing the hostile texts hold was turned into elements or run. */
async function expectInert(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    scripts: Array.from(document.scripts).filter((s) => s.textContent?.includes('__pwned')).length,
  }));
  expect(found).toEqual({ pwned: null, images: 0, scripts: 0 });
}

/** The continue item's hint on the title, once the autosave has been checked. */
async function continueHint(page: Page): Promise<string> {
  const item = page.getByRole('button', { name: /^continue/i });
  // The title first (right after a navigation the page may not show it yet, and then no text says "looking for").
  await item.waitFor({ timeout: 10_000 });
  await page.waitForFunction(() => !/looking for/i.test(document.body.innerText), null, { timeout: 10_000 });
  return item.evaluate((b) =>
    b.getAttribute('aria-describedby') ? (document.getElementById(b.getAttribute('aria-describedby')!)?.textContent ?? '') : '',
  );
}

describe('a corrupted autosave', () => {
  test('is reported in words on the title, Continue stays disabled, and a new game starts', async () => {
    // Its own browser: an empty profile, so the only save is the one this test makes.
    const fresh = await launch();
    const w = await watchedPage(fresh);
    const { page } = w;
    // A real autosave first: one turn of the tutorial, then back to the title.
    await openTitle(page, inject('baseURL'));
    await startGame(page, { scenario: /tutorial/i, side: 'NATO', opponent: /^cooperator/i, seed: 'e2e-save' });
    await playTurn(page, ['1']);
    await page.goto(inject('baseURL'));
    expect(await continueHint(page)).toMatch(/resume/i);
    // Damage every save slot: cut each one short.
    const damaged = await page.evaluate(() => {
      const keys: string[] = [];
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i)!;
        const value = localStorage.getItem(key) ?? '';
        if (value.length > 200) {
          localStorage.setItem(key, value.slice(0, Math.floor(value.length / 2)));
          keys.push(key);
        }
      }
      return keys;
    });
    expect(damaged.length, 'the autosave wrote at least one slot to localStorage').toBeGreaterThan(0);
    await page.reload();
    const hint = await continueHint(page);
    expect(hint).toMatch(/damaged|cannot be restored|no autosaved/i);
    await expect.poll(() => page.getByRole('button', { name: /^continue/i }).getAttribute('aria-disabled')).toBe('true');
    await screenshot(page, 'title-corrupted-save');
    // The game is not stuck: a new game starts from the same title.
    await startGame(page, { scenario: /tutorial/i, side: 'Russia', opponent: /^cooperator/i, seed: 'e2e-after-damage' });
    await waitForTd(page, 'the first turn after a damaged save', (td) => td.phase === 'turn');
    expectNoErrors(w);
    await fresh.close();
  });

  test('a save naming a hostile scenario is refused in words and renders nothing', async () => {
    const fresh = await launch();
    const w = await watchedPage(fresh);
    const { page } = w;
    // A real autosave, then its scenario id replaced by markup (as a tampered or foreign save would have it).
    await openTitle(page, inject('baseURL'));
    await startGame(page, { scenario: /tutorial/i, side: 'NATO', opponent: /^cooperator/i, seed: 'e2e-hostile-save' });
    await playTurn(page, ['1']);
    const changed = await page.evaluate((markup) => {
      let n = 0;
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i)!;
        const value = localStorage.getItem(key) ?? '';
        if (!value.includes('"trust-deficit-save"')) continue;
        const save = JSON.parse(value) as { replay: { scenario: string } };
        save.replay.scenario = markup;
        localStorage.setItem(key, JSON.stringify(save));
        n += 1;
      }
      return n;
    }, HOSTILE_MARKUP);
    expect(changed, 'the autosave is in localStorage').toBeGreaterThan(0);
    await page.goto(inject('baseURL'));
    const hint = await continueHint(page);
    await screenshot(page, 'title-hostile-save');
    // Continue, with its number key as the menu says (when the save was refused outright it stays disabled).
    await page.keyboard.press('2');
    await page.waitForTimeout(500);
    const shown = await visibleText(page, 100_000);
    await screenshot(page, 'title-hostile-save-continue');
    await expectInert(page);
    // A save's scenario is an id: markup in its place makes the save damaged, said in words, and nothing is rendered.
    expect(`${hint} ${shown}`).toMatch(/no longer available|cannot be restored|damaged/i);
    await expect.poll(() => page.getByRole('button', { name: /new game/i }).isVisible()).toBe(true);
    expectNoErrors(w);
    await fresh.close();
  });
});

describe('a hostile scenario text', () => {
  test('the hostile tutorial is still a valid scenario (so the screens really render its texts)', () => {
    const loaded = loadScenario(hostileScenarioText(), 'tutorial.json');
    expect(loaded.ok).toBe(true);
  });

  test('markup in the title, briefing and action texts shows as text through new game, briefing, turn and resolution', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await openTitle(page, `${inject('baseURL')}__hostile/`);
    await startGame(page, { scenario: /hostile/i, side: 'NATO', opponent: /^cooperator/i, seed: 'e2e-hostile', shots: 'hostile-' });
    await expectInert(page);
    const text = await visibleText(page, 100_000);
    expect(text, 'the action names show the markup as text').toContain(HOSTILE_SHORT);
    await playTurn(page, ['1', '2'], 'hostile-turn');
    await page.waitForTimeout(300);
    await screenshot(page, 'hostile-resolution');
    await expectInert(page);
    expect(await visibleText(page, 100_000)).toContain('<img src=x');
    expect(HOSTILE_SCRIPT).toContain('script');
    expectNoErrors(w);
  });
});

describe('replay links from outside', () => {
  test('a replay whose seed is markup opens in the viewer, verified, with the seed shown as text', async () => {
    const sc = compileScenario(
      (
        loadScenario(readFileSync(projectFile('scenarios/tutorial.json'), 'utf8'), 'tutorial.json') as {
          ok: true;
          value: Parameters<typeof compileScenario>[0];
        }
      ).value,
    );
    const run = runGame(sc, { seed: HOSTILE_MARKUP, doctrines: { nato: 'cooperator', russia: 'hardliner' } });
    if (!run.ok) throw new Error('the hostile-seed game did not run in Node');
    const code = encodeReplay(recordReplay(sc, run.game));
    const w = await watchedPage(browser);
    const { page } = w;
    await page.goto('about:blank');
    await page.goto(`${inject('baseURL')}#replay=${code}`);
    const td = await waitForTd(
      page,
      'the viewer on the hostile-seed replay',
      (s) => s.phase === 'replay' && typeof s.finalHash === 'string',
    );
    expect(td.finalHash).toBe(run.game.history.at(-1)!.hash);
    await page
      .getByRole('heading', { name: /replay/i })
      .first()
      .waitFor();
    expect(await visibleText(page, 100_000)).toContain(HOSTILE_MARKUP);
    await screenshot(page, 'replay-viewer-hostile-seed');
    await expectInert(page);
    expectNoErrors(w);
  });

  test('a garbage replay link says why it cannot be opened and leaves the title usable', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await page.goto('about:blank');
    await page.goto(`${inject('baseURL')}#replay=1${'A'.repeat(40)}%3Cimg%20src%3Dx%3E`);
    await page
      .getByText(/from the link in the address/i)
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(async () => {
        throw new Error(`no message about the bad link; the page shows: ${await visibleText(page)}`);
      });
    await screenshot(page, 'title-bad-replay-link');
    await expectInert(page);
    await pressButton(page, /new game/i);
    await page
      .getByRole('heading', { name: /new game/i })
      .first()
      .waitFor({ timeout: 10_000 });
    expectNoErrors(w);
  });
});
