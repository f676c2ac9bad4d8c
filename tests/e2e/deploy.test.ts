// The site as it is published (issue 10): the built dist/ served under a sub-path, as a GitHub Pages project site is.
// Online: a tutorial turn, then a new version that is announced and waits for the player, and the game that survives
// it. Offline after one visit (no network at all): the tutorial to the debrief, the autosave reopened, the share link
// and QR code at the address set for links, a replay link opened there. No request may leave the origin.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { decodeQr, foreignRequests, LOOPBACK_ONLY, recordRequests, serveAtSubPath, shots, type SubPathServer } from './deploy-kit.js';
import { copyReplayLink, nextFromResolution, openTitle, playTurn, startGame, typeInto } from './flows.js';
import { expectNoErrors, launch, newWatchedPage, pressButton, visibleText, waitForTd, waitForText, watchedPage } from './harness.js';

const TUTORIAL = { scenario: /tutorial/i, side: 'NATO' as const, opponent: /^reciprocator/i };
const SCHOOL = 'https://school.example/trust-deficit/';

/** Waits until the service worker has precached the game (`data-offline="ready"` on <html>). */
async function offlineReady(page: Page): Promise<void> {
  await page
    .waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, { timeout: 60_000 })
    .catch(async () => {
      const state = await page.evaluate(() => document.documentElement.dataset.offline ?? '(none)');
      throw new Error(`the game was not kept for offline play (data-offline="${state}"); the page shows: ${await visibleText(page)}`);
    });
}

/** performance.now() when the title became interactive: the load time of this navigation. */
const titleMs = (page: Page): Promise<number> => page.evaluate(() => Math.round(window.__tdReady ?? NaN));

let offlineSite: SubPathServer;
beforeAll(async () => {
  offlineSite = await serveAtSubPath(inject('appDir'));
});
afterAll(async () => {
  await offlineSite?.close();
});

describe('the site under a sub-path (/trust-deficit/)', () => {
  test('online: a tutorial turn; a new version is announced, waits for the player, and the game survives the reload', async () => {
    // A copy of the build, so that "the next version" can be written into it.
    const dir = mkdtempSync(join(tmpdir(), 'td-e2e-update-'));
    cpSync(inject('appDir'), dir, { recursive: true });
    const site = await serveAtSubPath(dir);
    const browser = await launch({ args: LOOPBACK_ONLY });
    const urls = recordRequests(browser.context);
    try {
      const w = await watchedPage(browser);
      const { page } = w;
      await openTitle(page, site.url);
      await offlineReady(page);
      await pressButton(page, /^about the sources/i);
      await page.getByRole('heading', { name: /this copy of the game/i }).scrollIntoViewIfNeeded();
      expect(await page.locator('[data-here="offline"]').textContent()).toMatch(/^offline: ready/i);
      expect(await page.locator('[data-here="luck"]').textContent()).toMatch(/background worker/i);
      await shots(page, 'about-site');
      // The next visit runs under the service worker: only then can a new version wait behind it.
      await openTitle(page, site.url);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the page is controlled by the service worker').toBe(
        true,
      );
      await startGame(page, { ...TUTORIAL, seed: 'e2e-update' });
      const first = await playTurn(page, ['1', '2']);
      expect(first.turnsPlayed).toBe(1);
      const turn = await nextFromResolution(page);
      expect(turn.phase).toBe('turn');
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

      // The next version: a changed page, precached under a new revision by a changed service worker.
      const index = readFileSync(join(dir, 'index.html'), 'utf8');
      writeFileSync(join(dir, 'index.html'), index.replace('<title>', '<meta name="td-build" content="next" />\n    <title>'));
      const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
      const revision = /"?url"?:\s*"index\.html",\s*"?revision"?:\s*"([0-9a-f]+)"/.exec(sw)?.[1];
      if (!revision) throw new Error('sw.js does not precache index.html with a revision');
      writeFileSync(join(dir, 'sw.js'), sw.replace(revision, 'feedc0de'.repeat(4)));
      // What a browser does on its own on the next navigation or after a day: look for a new service worker.
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

      const banner = page.getByRole('region', { name: /a new version of the game is ready/i });
      await banner.waitFor({ state: 'visible', timeout: 30_000 }).catch(async () => {
        throw new Error(`no "a new version is ready" announcement; the page shows: ${await visibleText(page)}`);
      });
      await shots(page, 'update-ready');
      // Announced, not applied: the same document, the same game on the same turn.
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      const during = await waitForTd(page, 'the turn under the announcement', (td) => td.phase === 'turn');
      expect(during.turnsPlayed).toBe(1);
      expect(during.turnLabel).toBe(turn.turnLabel);
      expect(await page.locator('meta[name="td-build"]').count()).toBe(0);

      await pressButton(page, /reload now/i);
      await page.waitForFunction(() => !(window as unknown as { __sameDocument?: boolean }).__sameDocument, null, { timeout: 30_000 });
      await page
        .getByRole('button', { name: /new game/i })
        .first()
        .waitFor({ timeout: 15_000 });
      expect(await page.locator('meta[name="td-build"]').getAttribute('content'), 'the new version is running').toBe('next');
      // The save of the running game outlived the update: the report was passed, so Continue opens the same turn's choice.
      await pressButton(page, /^continue/i);
      const resumed = await waitForTd(page, 'the game resumed after the update', (td) => td.phase === 'turn' && td.turnsPlayed === 1);
      expect(resumed.turnLabel).toBe(turn.turnLabel);

      expect(
        site.log.filter((line) => !line.startsWith('200 ')),
        'every request under the sub-path was answered',
      ).toEqual([]);
      expect(foreignRequests(urls, site.origin), 'requests to another origin').toEqual([]);
      expectNoErrors(w);
    } finally {
      await browser.close();
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('offline after one visit: the tutorial to the debrief, the autosave reopened, link and QR code at the set address', async () => {
    const browser = await launch({ args: LOOPBACK_ONLY });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const urls = recordRequests(browser.context);
    try {
      const w = await watchedPage(browser);
      const { page } = w;
      await openTitle(page, offlineSite.url);
      const firstLoadMs = await titleMs(page);
      await offlineReady(page);

      // No network from here on: the browser is offline and the server cuts every connection.
      offlineSite.down = true;
      await browser.context.setOffline(true);
      await openTitle(page, offlineSite.url);
      const offlineLoadMs = await titleMs(page);
      console.log(`deploy: title interactive after ${firstLoadMs} ms on the first visit, ${offlineLoadMs} ms offline`);

      await startGame(page, { ...TUTORIAL, seed: 'e2e-offline' });
      for (let i = 0; i < 5; i++) {
        await playTurn(page, i % 2 ? ['1'] : ['1', '2']);
        await nextFromResolution(page);
      }
      const debrief = await waitForTd(page, 'the debrief', (td) => td.phase === 'debrief' && typeof td.outcome === 'string', 20_000);
      const luck = await waitForTd(page, '"choices or luck" to finish', (td) => td.luck === 'done' || td.luck === 'error', 90_000);
      expect(luck.luck).toBe('done');
      expect(luck.luckWhere, 'the worker came from the offline cache').toBe('worker');

      // The page's own address is 127.0.0.1: the debrief says that such a link opens on no other device.
      const warning = page.locator('[data-warning="localhost"]');
      await warning.waitFor({ state: 'visible', timeout: 5_000 });
      await warning.scrollIntoViewIfNeeded();
      await shots(page, 'debrief-share-localhost');
      const ownLink = await copyReplayLink(page);
      expect(ownLink.startsWith(`${offlineSite.url}#replay=`), ownLink).toBe(true);

      // That link opens there, offline, in another tab: the viewer verifies the game.
      const tab = await newWatchedPage(browser);
      await tab.page.goto(ownLink);
      const viewed = await waitForTd(
        tab.page,
        'the replay viewer',
        (td) => td.phase === 'replay' && typeof td.finalHash === 'string',
        30_000,
      );
      await waitForText(tab.page, /verified/i, 'the replay viewer under the sub-path');
      expect(viewed.finalHash).toBe(debrief.finalHash);
      expectNoErrors(tab);
      await tab.page.close();

      // Settings: links and QR codes at the school's public address.
      await page.bringToFront();
      await page.keyboard.press('Escape');
      await pressButton(page, /^settings/i);
      await typeInto(page, /address for links and qr codes/i, SCHOOL);
      await page.keyboard.press('Enter');
      await waitForText(page, /links and qr codes now point at/i, 'the address setting');
      await shots(page, 'settings-address');
      await page.keyboard.press('Escape');

      // Reopen: a reload with no network, then Continue restores the game from the autosave (saved after the last
      // turn, on its report), and the debrief is one key away.
      await openTitle(page, offlineSite.url);
      await pressButton(page, /^continue/i);
      const restored = await waitForTd(
        page,
        'the game reopened from the autosave',
        (td) => td.phase === 'resolution' || td.phase === 'debrief',
      );
      expect(restored.turnsPlayed).toBe(5);
      if (restored.phase === 'resolution') await nextFromResolution(page);
      const reopened = await waitForTd(page, 'the debrief of the reopened game', (td) => td.phase === 'debrief');
      expect(reopened.finalHash).toBe(debrief.finalHash);
      expect(await page.locator('[data-warning]').count(), 'no warning once the address is set').toBe(0);
      const schoolLink = await copyReplayLink(page);
      expect(schoolLink).toBe(`${SCHOOL}#replay=${ownLink.split('#replay=')[1]}`);
      await pressButton(page, /show the replay code as a qr code/i);
      const qr = page.locator('svg.td-qr__svg');
      await qr.waitFor({ timeout: 10_000 });
      expect(await decodeQr(qr), 'the QR code, read from its pixels').toBe(schoolLink);
      await qr.scrollIntoViewIfNeeded();
      await shots(page, 'debrief-qr-school-address');

      // Offline, only the browser's own look for a new service worker reached for the network (and was cut).
      expect(
        offlineSite.log.filter((line) => line.startsWith('cut ') && line !== 'cut /trust-deficit/sw.js'),
        'the game asked the network for nothing while offline',
      ).toEqual([]);
      expect(foreignRequests(urls, offlineSite.origin), 'requests to another origin').toEqual([]);
      expectNoErrors(w);
    } finally {
      offlineSite.down = false;
      await browser.close();
    }
  });
});
