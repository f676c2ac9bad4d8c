// The one file (issue 10): dist-single/trust-deficit.html opened by double-click, over file://, with no server and no
// network: the tutorial to the debrief, "choices or luck" on the page itself (no worker file travels with it), About
// saying what works there, and a replay link that opens in another tab. No request may leave the file.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSingleFile, foreignRequests, LOOPBACK_ONLY, recordRequests, shots } from './deploy-kit.js';
import { copyReplayLink, nextFromResolution, openTitle, playTurn, startGame } from './flows.js';
import { expectNoErrors, launch, newWatchedPage, pressButton, waitForTd, waitForText, watchedPage } from './harness.js';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'td-e2e-single-'));
  file = await buildSingleFile(dir);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the one file over file://', () => {
  test('plays the tutorial to the debrief; "choices or luck" completes on the page; About says what works', async () => {
    console.log(`single file: ${(statSync(file).size / 1024).toFixed(0)} KB`);
    const browser = await launch({ args: LOOPBACK_ONLY });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const urls = recordRequests(browser.context);
    try {
      const w = await watchedPage(browser);
      const { page } = w;
      const url = pathToFileURL(file).href;
      await openTitle(page, url);

      await pressButton(page, /^about the sources/i);
      await waitForText(page, /edition: one file/i, 'About on the one file');
      const here = page.locator('[data-here]');
      await here.first().waitFor();
      expect(await page.locator('[data-here="offline"]').textContent()).toMatch(/always \(it is one file\)/i);
      expect(await page.locator('[data-here="luck"]').textContent()).toMatch(/run on the page itself/i);
      await page.getByRole('heading', { name: /this copy of the game/i }).scrollIntoViewIfNeeded();
      await shots(page, 'single-file-about');
      await page.keyboard.press('Escape');

      await startGame(page, { scenario: /tutorial/i, side: 'Russia', opponent: /^generous/i, seed: 'e2e-single' });
      for (let i = 0; i < 5; i++) {
        await playTurn(page, i % 2 ? ['2'] : ['1', '2']);
        await nextFromResolution(page);
      }
      const debrief = await waitForTd(page, 'the debrief', (td) => td.phase === 'debrief' && typeof td.outcome === 'string', 20_000);
      const running = await waitForTd(page, 'the luck replays to start', (td) => typeof td.luckWhere === 'string');
      expect(running.luckWhere, 'no worker file: the replays run on the page').toBe('page');
      await waitForText(page, /running on this page/i, 'the debrief saying where the replays run');
      const luck = await waitForTd(page, '"choices or luck" to finish', (td) => td.luck === 'done' || td.luck === 'error', 120_000);
      expect(luck.luck).toBe('done');
      await waitForText(page, /reached the same outcome/i, 'the luck verdict');
      await page.getByRole('heading', { name: /choices or luck/i }).scrollIntoViewIfNeeded();
      await shots(page, 'single-file-debrief-luck');

      // A link to a file opens only on this computer: the debrief says so; here, in another tab, it opens.
      await page.locator('[data-warning="file"]').waitFor({ state: 'visible', timeout: 5_000 });
      const link = await copyReplayLink(page);
      expect(link.startsWith(`${url}#replay=`), link).toBe(true);
      const tab = await newWatchedPage(browser);
      await tab.page.goto(link);
      const viewed = await waitForTd(
        tab.page,
        'the replay viewer',
        (td) => td.phase === 'replay' && typeof td.finalHash === 'string',
        30_000,
      );
      await waitForText(tab.page, /verified/i, 'the replay viewer on the one file');
      expect(viewed.finalHash).toBe(debrief.finalHash);
      expectNoErrors(tab);

      expect(foreignRequests(urls, 'file://'), 'requests that left the file').toEqual([]);
      expect(
        urls.filter((u) => u.startsWith('file://') && !u.startsWith(url)),
        'files other than the page',
      ).toEqual([]);
      expectNoErrors(w);
    } finally {
      await browser.close();
    }
  });
});
