// Golden replays in the browser: the engine, built for the browser, re-simulates every golden replay to the same
// per-turn hashes and final state as Node; and the replay viewer, opened from each golden's link, verifies it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { encodeReplay, verifyReplay } from '../../src/engine/index.js';
import { goldenPath, loadShippedScenario, type GoldenFile } from '../golden/golden-files.js';
import { GOLDEN_SPECS } from '../golden/specs.js';
import type { BrowserRun } from './golden-page/golden-entry.js';
import {
  expectNoErrors,
  launch,
  newWatchedPage,
  projectFile,
  screenshot,
  tdState,
  visibleText,
  waitForTd,
  watchedPage,
  type Browser,
  type Watched,
} from './harness.js';

const goldens = GOLDEN_SPECS.map((spec) => ({ spec, golden: JSON.parse(readFileSync(goldenPath(spec.name), 'utf8')) as GoldenFile }));

let browser: Browser;
let w: Watched;

beforeAll(async () => {
  browser = await launch();
  w = await watchedPage(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('golden replays in the browser engine', () => {
  test.each(goldens.map((g) => [g.spec.name, g] as const))(
    '%s: the same per-turn hashes and final state as in Node',
    async (_name, { spec, golden }) => {
      const { page } = w;
      if (!page.url().includes('/__golden/')) {
        await page.goto(`${inject('baseURL')}__golden/index.html`);
        await page.waitForFunction(() => '__tdGolden' in window);
      }
      const scenarioText = readFileSync(projectFile(`scenarios/${spec.scenario}.json`), 'utf8');
      const inBrowser = await page.evaluate(
        ([text, replay]) => (window as unknown as { __tdGolden: { run(t: string, r: unknown): BrowserRun } }).__tdGolden.run(text, replay),
        [scenarioText, golden.replay] as const,
      );
      // Node, now: the same replay re-simulated by the same engine in this process.
      const inNode = verifyReplay(loadShippedScenario(spec.scenario), golden.replay);
      if (!inNode.ok) throw new Error(`${spec.name} does not verify in Node: ${inNode.problem}`);
      const nodeHashes = inNode.final.history.map((t) => t.hash);

      expect(inBrowser.scenarioSha256).toBe(golden.replay.scenarioSha256);
      expect(inBrowser.hashes).toEqual(nodeHashes);
      expect(inBrowser.hashes).toEqual(golden.replay.turns.map((t) => t.hash));
      expect(inBrowser.outcome).toBe(golden.expected.outcome);
      expect(inBrowser.trust).toEqual(golden.expected.trust);
      expect(inBrowser.channels).toBe(golden.expected.channels);
      expect(inBrowser.flashpoints).toEqual(golden.expected.flashpoints);
      expect(inBrowser.projects).toEqual(golden.expected.projects);
      expectNoErrors(w);
    },
  );
});

// When the first link finds no viewer at all, the others fail at once with the same reason instead of waiting.
let viewerMissing: string | null = null;

describe('golden replays in the replay viewer', () => {
  test.each(goldens.map((g) => [g.spec.name, g] as const))(
    '%s: opened as a #replay= link, the viewer reaches the recorded final hash and outcome',
    async (name, { golden }) => {
      if (viewerMissing) throw new Error(viewerMissing);
      const viewer = await newWatchedPage(browser);
      const { page } = viewer;
      const code = encodeReplay(golden.replay);
      await page.goto('about:blank');
      await page.goto(`${inject('baseURL')}#replay=${code}`);
      const last = golden.replay.turns[golden.replay.turns.length - 1]!.hash;
      try {
        await waitForTd(page, 'window.__td on a #replay= link', () => true, 8_000);
      } catch (e) {
        viewerMissing = `no replay viewer: ${(e as Error).message}`;
        await screenshot(page, 'replay-viewer-missing');
        throw new Error(viewerMissing);
      }
      const td = await waitForTd(
        page,
        `the replay viewer to verify the ${name} replay (window.__td.finalHash)`,
        (td) => typeof td.finalHash === 'string' && td.finalHash.length > 0,
        20_000,
      );
      if (name === 'tutorial' || name === 'historical-record') await screenshot(page, `replay-viewer-${name}`);
      expect(td.finalHash).toBe(last);
      expect(td.outcome).toBe(golden.expected.outcome);
      expectNoErrors(viewer);
      await page.close();
    },
  );

  test('a replay whose recorded hash was changed is refused at that turn, with no final state', async () => {
    const golden = goldens.find((g) => g.spec.name === 'tutorial')!.golden;
    const turns = golden.replay.turns.map((t) => ({ ...t }));
    const third = turns[2]!;
    third.hash = third.hash.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    const viewer = await newWatchedPage(browser);
    const { page } = viewer;
    await page.goto(`${inject('baseURL')}#replay=${encodeReplay({ ...golden.replay, turns })}`);
    await page
      .getByText(/state differs/i)
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(async () => {
        throw new Error(`the viewer did not refuse a tampered replay; it shows: ${await visibleText(page)}`);
      });
    const td = await tdState(page);
    expect(td?.finalHash ?? null).toBeNull();
    await screenshot(page, 'replay-viewer-tampered');
    expectNoErrors(viewer);
    await page.close();
  });
});
