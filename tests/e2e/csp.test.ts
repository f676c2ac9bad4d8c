// The Content-Security-Policy listener of the harness (every page of every launched browser, see tests/e2e/setup.ts)
// sees a violation when one happens, so the suite's silence means none happened; and the game's pages, zod included
// (jitless, src/ui/zod-jitless.ts), cause none.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openTitle } from './flows.js';
import { expectNoErrors, launch, newWatchedPage, pressButton, takeCspViolations, waitForText, type Browser } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('Content-Security-Policy violations', () => {
  test('an inline script injected into a page of the game is seen by the listener (and then cleared)', async () => {
    const watched = await newWatchedPage(browser);
    const { page } = watched;
    await openTitle(page, inject('baseURL'));
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = 1';
      document.head.append(script);
    });
    await expect.poll(() => takeCspViolations().join('\n'), { timeout: 5_000 }).toMatch(/CSP violation: script-src-elem blocked inline/);
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: number }).__inlineRan)).toBeUndefined();
    await page.close();
  });

  test('the new-game screen, which builds the scenario schemas with zod, causes none', async () => {
    const watched = await newWatchedPage(browser);
    const { page } = watched;
    await openTitle(page, inject('baseURL'));
    await pressButton(page, /new game/i);
    await waitForText(page, /tutorial/i, 'the scenarios of the new-game screen');
    expect(takeCspViolations()).toEqual([]);
    expectNoErrors(watched);
    await page.close();
  });
});
