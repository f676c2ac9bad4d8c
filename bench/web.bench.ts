// Browser speed, in Debian's headless Chromium (software rendering, the harness's CHROMIUM_ARGS), over a production
// build: the initial JavaScript (gzip), the time to an interactive title, and the frame rate of the turn scene
// counted from requestAnimationFrame. Prints the numbers beside their targets; always exits 0 (numbers for the notes).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { openTitle, playTurn, startGame } from '../tests/e2e/flows.js';
import { buildApp, launch, serve, watchedPage } from '../tests/e2e/harness.js';

const IDLE_SECONDS = 3;
const TARGETS = { initialJsKb: 300, titleMs: 1500, fps: 55 };
const TITLE_RUNS = 5;
const FPS_SECONDS = 5;

const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

interface TitleRun {
  /** performance.now() (ms since navigation start) when the title's menu was mounted: window.__tdReady. */
  readyMs: number;
  /** Where readyMs came from. */
  source: '__tdReady' | 'New game button';
  /** When a focusable "New game" button first appeared in the DOM (a MutationObserver from before any script). */
  buttonMs: number | null;
  /** The JavaScript files fetched before the title was interactive (paths). */
  scripts: string[];
}

/** Page-side watcher, as source text (see countFrames): notes when a "New game" button is first in the DOM. */
const BUTTON_WATCH = `(() => {
  const seen = () => Array.from(document.querySelectorAll('button')).some((b) => /new game/i.test(b.textContent || '') && !b.disabled);
  const observer = new MutationObserver(() => {
    if (window.__benchButton === undefined && seen()) { window.__benchButton = performance.now(); observer.disconnect(); }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** Loads the title once and times it; navigation start is performance.timeOrigin. */
async function titleRun(page: Page, url: string): Promise<TitleRun> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  await page
    .getByRole('button', { name: /new game/i })
    .first()
    .waitFor({ state: 'visible', timeout: 30_000 });
  const measured = await page.evaluate(() => {
    const ready = (window as unknown as { __tdReady?: number }).__tdReady;
    const button = (window as unknown as { __benchButton?: number }).__benchButton;
    const at = typeof ready === 'number' ? ready : (button ?? performance.now());
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js') && e.startTime <= at)
      .map((e) => new URL(e.name).pathname);
    return {
      readyMs: at,
      buttonMs: button ?? null,
      source: typeof ready === 'number' ? ('__tdReady' as const) : ('New game button' as const),
      scripts,
    };
  });
  return measured;
}

/**
 * Frames counted from requestAnimationFrame over `seconds`. Sent as source text: tsx names inner functions with a
 * helper (`__name`) that does not exist in the page.
 */
async function countFrames(page: Page, seconds: number): Promise<{ frames: number; ms: number; fps: number; longestMs: number }> {
  const source = `new Promise((resolve) => {
    let frames = 0, start = 0, last = 0, longest = 0;
    const duration = ${seconds * 1000};
    requestAnimationFrame(function tick(t) {
      if (start === 0) { start = t; last = t; }
      else { frames += 1; longest = Math.max(longest, t - last); last = t; }
      if (t - start < duration) requestAnimationFrame(tick);
      else resolve({ frames, ms: t - start, fps: (frames * 1000) / (t - start), longestMs: longest });
    });
  })`;
  return page.evaluate<{ frames: number; ms: number; fps: number; longestMs: number }>(source);
}

/** The gzip size of a built file, by its URL path under the server root. */
function gzipBytes(appDir: string, path: string): number {
  return gzipSync(readFileSync(join(appDir, decodeURIComponent(path)))).length;
}

/** The JavaScript the built index.html loads before any code runs: its module script and module preloads. */
function staticEntryScripts(appDir: string): string[] {
  const html = readFileSync(join(appDir, 'index.html'), 'utf8');
  const found = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) found.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) found.add(m[1]!);
  return [...found].map((p) => `/${p.replace(/^\.?\//, '')}`);
}

/** The renderer's main-thread busy share (CDP's TaskDuration) over `seconds` of a screen left alone, in % of a core. */
async function idleShare(page: Page, seconds: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async (): Promise<number> =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  const before = await busy();
  const start = performance.now();
  await page.waitForTimeout(seconds * 1000);
  const share = ((await busy()) - before) / ((performance.now() - start) / 1000);
  await cdp.detach();
  return share * 100;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'td-bench-web-'));
  const appDir = join(dir, 'app');
  console.log('web bench: building the app (vite build) …');
  await buildApp(appDir);
  const served = await serve({ app: appDir });
  const lines: string[] = [];
  try {
    // 1 and 2: the title, cold (fresh browser) then warm runs (same browser, HTTP cache off: the server says no-store).
    const runs: TitleRun[] = [];
    const cold = await launch({ fullFrameRate: true });
    try {
      const w = await watchedPage(cold);
      await cold.context.addInitScript(BUTTON_WATCH);
      for (let i = 0; i < TITLE_RUNS; i++) runs.push(await titleRun(w.page, served.url));
      if (w.errors.length) console.log(`  (the page logged errors: ${w.errors.join(' | ')})`);
    } finally {
      await cold.close();
    }
    const first = runs[0]!;
    const scripts = [...new Set(first.scripts)];
    const perFile = scripts.map((path) => ({ path, gzip: gzipBytes(appDir, path) }));
    const initialGzip = perFile.reduce((sum, f) => sum + f.gzip, 0);
    const staticGzip = staticEntryScripts(appDir).reduce((sum, p) => sum + gzipBytes(appDir, p), 0);
    lines.push(
      `Initial JavaScript (loaded before the title is interactive): ${kb(initialGzip)} KB gzip in ${scripts.length} file(s) (target ≤ ${TARGETS.initialJsKb} KB) ${verdict(initialGzip <= TARGETS.initialJsKb * 1024)}`,
    );
    for (const f of perFile.sort((a, b) => b.gzip - a.gzip)) lines.push(`    ${kb(f.gzip).padStart(7)} KB  ${f.path}`);
    lines.push(`    (index.html's static module graph alone: ${kb(staticGzip)} KB gzip)`);
    const titleTimes = runs.map((r) => r.readyMs);
    const coldMs = titleTimes[0]!;
    const warm = median(titleTimes.slice(1));
    const buttonTimes = runs.map((r) => r.buttonMs).filter((t): t is number => t !== null);
    lines.push(
      `Title interactive (navigation start → ${first.source}): first load ${coldMs.toFixed(0)} ms, median of the next ${TITLE_RUNS - 1} ${warm.toFixed(0)} ms (target ≤ ${TARGETS.titleMs} ms) ${verdict(coldMs <= TARGETS.titleMs)}`,
    );
    if (buttonTimes.length) {
      lines.push(
        `    ("New game" button in the DOM: first load ${buttonTimes[0]!.toFixed(0)} ms, median ${median(buttonTimes).toFixed(0)} ms)`,
      );
    }

    // 3: frames in the turn scene of the full campaign (the full map), then during a resolution's animations.
    const game = await launch({ fullFrameRate: true });
    try {
      const w = await watchedPage(game);
      await openTitle(w.page, served.url);
      await w.page.waitForTimeout(500);
      lines.push(
        `Title left alone: the main thread busy ${(await idleShare(w.page, IDLE_SECONDS)).toFixed(1)} % of a core over ${IDLE_SECONDS} s (the canvas rests under DOM screens) (for reference)`,
      );
      await startGame(w.page, { scenario: /the reset/i, side: 'NATO', opponent: /^reciprocator/i, seed: 'bench-web' });
      await w.page.waitForTimeout(500);
      lines.push(
        `Turn scene left alone: the main thread busy ${(await idleShare(w.page, IDLE_SECONDS)).toFixed(1)} % of a core over ${IDLE_SECONDS} s (for reference)`,
      );
      const turn = await countFrames(w.page, FPS_SECONDS);
      lines.push(
        `Turn scene (reset-2010, full map): ${turn.fps.toFixed(1)} fps from requestAnimationFrame over ${(turn.ms / 1000).toFixed(1)} s (${turn.frames} frames, longest ${turn.longestMs.toFixed(0)} ms) (target ≥ ${TARGETS.fps}) ${verdict(turn.fps >= TARGETS.fps)}`,
      );
      await playTurn(w.page, ['1', '2', '3']);
      const resolution = await countFrames(w.page, FPS_SECONDS);
      lines.push(
        `Resolution scene (changes told one by one, map pulses): ${resolution.fps.toFixed(1)} fps over ${(resolution.ms / 1000).toFixed(1)} s (${resolution.frames} frames, longest ${resolution.longestMs.toFixed(0)} ms) (for reference)`,
      );
      if (w.errors.length) lines.push(`    (the page logged errors: ${w.errors.join(' | ')})`);
    } finally {
      await game.close();
    }

    // 4: offline, after one visit: the title from the service worker's cache with the browser offline.
    const offline = await launch({ fullFrameRate: true });
    try {
      const w = await watchedPage(offline);
      await openTitle(w.page, served.url);
      await w.page.waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, { timeout: 60_000 });
      await offline.context.setOffline(true);
      const times: number[] = [];
      for (let i = 0; i < TITLE_RUNS; i++) times.push((await titleRun(w.page, served.url)).readyMs);
      lines.push(
        `Title interactive offline (service worker cache, browser offline): median of ${TITLE_RUNS} ${median(times).toFixed(0)} ms (for reference)`,
      );
    } finally {
      await offline.close();
    }
  } catch (error) {
    lines.push(`web bench could not finish: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await served.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nweb bench (headless Chromium, software rendering):\n${lines.map((l) => `  ${l}`).join('\n')}`);
}

// Numbers for the notes: even a bench that cannot run (no Chromium, a broken build) says why and exits 0.
await main().catch((error: unknown) => console.log(`web bench could not run: ${error instanceof Error ? error.message : String(error)}`));
