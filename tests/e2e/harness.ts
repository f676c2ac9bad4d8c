// Browser harness: finds Debian's Chromium, builds the app once, serves it on 127.0.0.1, and drives pages
// the way a person would (keyboard, accessible names), failing on any console or page error.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOT_DIR = join(ROOT, 'tests/e2e/screenshots');
export const DOCS_SCREENSHOT_DIR = join(ROOT, 'docs/screenshots');

/** Headless Chromium on a machine with no GPU, no network and root: software rendering, no sandbox, nothing fetched. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM_MISSING = 'Chromium not found: install it with `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH';

/** The Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. No tool may download a browser. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  const candidates = fromEnv ? [fromEnv] : ['/usr/bin/chromium'];
  for (const path of candidates) {
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  throw new Error(fromEnv ? `${CHROMIUM_MISSING} (CHROMIUM_PATH=${fromEnv} does not exist)` : CHROMIUM_MISSING);
}

const PDFTOPPM_MISSING =
  'pdftoppm is not installed: the print tests render the printed PDFs with it. Install it with `apt-get install -y poppler-utils` (.ci/run does when it is missing).';

/** Fails at once, with how to install it, when pdftoppm (poppler-utils) is not on the PATH. */
export function findPdftoppm(): void {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error(PDFTOPPM_MISSING);
  }
}

// ---------------------------------------------------------------- build and serve

export interface Built {
  /** Where the temporary build lives (removed by `cleanBuild`). */
  dir: string;
  /** The app, built with the project's vite.config.ts. */
  app: string;
  /** The golden-replay page: the engine alone, built from tests/e2e/golden-page. */
  golden: string;
  /** The app with a hostile tutorial scenario (markup and script in its texts): see `hostileScenarioText`. */
  hostile: string;
}

/** Markup a malicious scenario author might put in a text; it must show as text and never run. */
export const HOSTILE_MARKUP = '<img src=x onerror="window.__pwned=1">';
export const HOSTILE_SCRIPT = '<script>window.__pwned=2</script>';
/** Short enough for an action name (at most 80 characters). */
export const HOSTILE_SHORT = '<img src=x onerror=p()>';

/**
 * The tutorial scenario with markup in the texts a player sees: its title, summary, both briefings, and the name,
 * explanation and signal of every action. Still a valid scenario, so every screen renders it.
 */
export function hostileScenarioText(): string {
  const data = JSON.parse(readFileSync(join(ROOT, 'scenarios/tutorial.json'), 'utf8')) as {
    title: string;
    summary: string;
    briefing: { nato: string; russia: string };
    actions: { name: string; explanation: string; signals: string }[];
  };
  data.title = `Hostile ${HOSTILE_MARKUP} tutorial`;
  data.summary = `${HOSTILE_SCRIPT} ${data.summary}`;
  data.briefing.nato = `${HOSTILE_MARKUP}\n${data.briefing.nato}`;
  data.briefing.russia = `${HOSTILE_SCRIPT}\n${data.briefing.russia}`;
  for (const action of data.actions) {
    action.name = `${action.name.slice(0, 80 - HOSTILE_SHORT.length - 1)} ${HOSTILE_SHORT}`;
    action.explanation = `${HOSTILE_SCRIPT} ${action.explanation}`;
    action.signals = `${HOSTILE_MARKUP} ${action.signals}`;
  }
  return JSON.stringify(data, null, 2);
}

/** The Vite mode of test builds: only in it do the pages expose window.__td and window.__tdGame (src/ui/panels/test-hook.ts). */
export const TEST_MODE = 'e2e';

/** Builds the app alone, with the project's vite.config.ts, into `outDir` (a test build unless `mode` says otherwise). */
export async function buildApp(outDir: string, mode: string = TEST_MODE): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    mode,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, sourcemap: false, reportCompressedSize: false, chunkSizeWarningLimit: 100_000 },
  });
}

/** Builds the app, the hostile app and the golden page into a fresh temporary directory (never into the shared dist/). */
export async function buildAll(): Promise<Built> {
  const { build } = await import('vite');
  const dir = mkdtempSync(join(tmpdir(), 'td-e2e-build-'));
  const app = join(dir, 'app');
  const golden = join(dir, 'golden');
  const hostile = join(dir, 'hostile');
  await buildApp(app);
  // The same app, with the tutorial's file replaced by the hostile one as it is read into the bundle.
  const tutorialFile = join(ROOT, 'scenarios/tutorial.json');
  const hostileText = hostileScenarioText();
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    mode: TEST_MODE,
    logLevel: 'error',
    plugins: [
      {
        name: 'td-e2e-hostile-scenario',
        enforce: 'pre',
        load(id: string) {
          if (id.split('?')[0] === tutorialFile && id.includes('raw')) return `export default ${JSON.stringify(hostileText)};`;
          return null;
        },
      },
    ],
    build: { outDir: hostile, emptyOutDir: true, sourcemap: false, reportCompressedSize: false, chunkSizeWarningLimit: 100_000 },
  });
  await build({
    root: join(ROOT, 'tests/e2e/golden-page'),
    configFile: false,
    base: './',
    logLevel: 'error',
    publicDir: false,
    build: { outDir: golden, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  });
  return { dir, app, golden, hostile };
}

export function cleanBuild(built: Built): void {
  rmSync(built.dir, { recursive: true, force: true });
}

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** A tiny static server on 127.0.0.1 and a free port: `/` is the app, `/__golden/` the golden page, `/__hostile/` the hostile build. */
export async function serve(built: Pick<Built, 'app'> & Partial<Built>): Promise<Served> {
  const mounts: [string, string][] = [
    ...(built.golden ? [['/__golden/', built.golden] as [string, string]] : []),
    ...(built.hostile ? [['/__hostile/', built.hostile] as [string, string]] : []),
    ['/', built.app],
  ];
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const [prefix, dir] = mounts.find(([p]) => pathname.startsWith(p)) ?? mounts[mounts.length - 1]!;
    let file = normalize(join(dir, pathname.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) && pathname === '/favicon.ico') {
      // Chromium asks for it on every page; the app declares no icon of its own at that path.
      res.writeHead(204).end();
      return;
    }
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

// ---------------------------------------------------------------- browser and pages

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Content-Security-Policy violations seen on any page of any browser launched here, since the last `takeCspViolations`. */
const cspViolations: string[] = [];

/** The violations seen since the last call (tests/e2e/setup.ts fails every test that caused one). */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

/**
 * Reports every `securitypolicyviolation` of every page and frame of the context, from before the page's own scripts
 * run (an init script) to the harness (a binding), whether or not the page is watched.
 */
async function listenForCspViolations(context: BrowserContext): Promise<void> {
  await context.exposeBinding('__tdReportCspViolation', ({ page }, text: unknown) => {
    cspViolations.push(`${String(text)} (page ${page?.url() ?? '?'})`);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { __tdReportCspViolation?: (text: string) => void }).__tdReportCspViolation;
    document.addEventListener('securitypolicyviolation', (e) => {
      const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` : '';
      report?.(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}${where}`);
    });
  });
}

/** A fresh Chromium with its own empty profile: nothing carries over from another launch. */
export async function launch(
  options: { viewport?: { width: number; height: number }; args?: string[]; hasTouch?: boolean; fullFrameRate?: boolean } = {},
): Promise<Browser> {
  const executablePath = findChromium();
  const userDataDir = mkdtempSync(join(tmpdir(), 'td-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    viewport: options.viewport ?? { width: 1280, height: 800 },
    // A touch screen (a tablet), for the tests that tap.
    ...(options.hasTouch ? { hasTouch: true } : {}),
    ignoreDefaultArgs: ['--enable-automation'],
  });
  await listenForCspViolations(context);
  // Phaser steps 10 times a second instead of 60: the canvas's redraws were a third of the suite's CPU on an idle screen
  // (35 % of a core on reset-2010's turn, 19 % at 10). The web bench launches without it, to measure real frames.
  if (!options.fullFrameRate && process.env.TD_E2E_FULL_FRAMES !== '1')
    await context.addInitScript(() => {
      (window as unknown as { __tdFrameLimit: number }).__tdFrameLimit = 10;
    });
  const browser: Browser = {
    context,
    async close() {
      openBrowsers.delete(browser);
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  openBrowsers.add(browser);
  return browser;
}

/** The browsers this file launched and has not closed (module state: vitest loads the harness afresh for each file). */
const openBrowsers = new Set<Browser>();

/**
 * Closes every browser this file still has open. A test that timed out keeps running in the background (vitest cannot
 * stop it), so after a failure its keystrokes would land in the next test's page: seen under load, when a typed space
 * pressed the semicolon-spreadsheet button in the next test. Closed, its next step throws instead.
 */
export async function closeOpenBrowsers(): Promise<number> {
  const open = [...openBrowsers];
  await Promise.all(open.map((browser) => browser.close().catch(() => undefined)));
  return open.length;
}

/** A page with its console errors and uncaught exceptions collected. */
export interface Watched {
  page: Page;
  errors: string[];
}

export async function watchedPage(browser: Browser): Promise<Watched> {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  return watch(page);
}

/** A new tab in the same browser (same profile), watched from its first request. */
export async function newWatchedPage(browser: Browser): Promise<Watched> {
  return watch(await browser.context.newPage());
}

export function watch(page: Page): Watched {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    errors.push(`console.error: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('crash', () => errors.push('the page crashed'));
  return { page, errors };
}

/** Throws when the page logged an error: the tests fail on any console error. */
export function expectNoErrors(watched: Watched, allow: RegExp[] = []): void {
  const left = watched.errors.filter((e) => !allow.some((a) => a.test(e)));
  if (left.length > 0) throw new Error(`the page logged ${left.length} error(s):\n  ${left.join('\n  ')}`);
}

/** Saves tests/e2e/screenshots/NAME.png, and docs/screenshots/NAME.png when TD_SCREENSHOTS_TO_DOCS=1. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  if (process.env.TD_SCREENSHOTS_TO_DOCS === '1') {
    mkdirSync(DOCS_SCREENSHOT_DIR, { recursive: true });
    copyFileSync(file, join(DOCS_SCREENSHOT_DIR, `${name}.png`));
  }
  return file;
}

// ---------------------------------------------------------------- the page contract

/** What the playing screens expose for tests: `window.__td`. */
export interface TdState {
  phase?: string;
  turnLabel?: string | null;
  outcome?: string | null;
  finalHash?: string | null;
  [key: string]: unknown;
}

export async function tdState(page: Page): Promise<TdState | null> {
  return page.evaluate(() =>
    (window as unknown as { __td?: TdState }).__td ? { ...(window as unknown as { __td: TdState }).__td } : null,
  );
}

/**
 * Polls `probe` every `interval` ms until `done` holds, for `timeout / interval` attempts (no clock read: under load the
 * wait stretches with the probes, which is what a loaded machine needs); then throws the message `failure` builds from
 * the last value seen. Plain Node, so the benches can use the flows too.
 */
export async function pollFor<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeout: number,
  failure: (last: T | undefined) => Promise<string> | string,
  interval = 50,
): Promise<T> {
  let last: T | undefined;
  let problem = '';
  for (let attempt = 0; attempt * interval <= timeout; attempt++) {
    if (attempt > 0) await sleep(interval);
    try {
      last = await probe();
      problem = '';
      if (done(last)) return last;
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
  }
  throw new Error(`${await failure(last)}${problem ? ` (the last probe failed: ${problem})` : ''}`);
}

/** Waits until `window.__td` satisfies `test`, with a message naming what was awaited and what was seen. */
export async function waitForTd(page: Page, what: string, test: (td: TdState) => boolean, timeout = 15_000): Promise<TdState> {
  const td = await pollFor(
    () => tdState(page),
    (last) => last !== null && test(last),
    timeout,
    (last) =>
      `timed out after ${timeout} ms waiting for ${what}; window.__td is ${last ? JSON.stringify(last) : 'missing (the playing screens must expose window.__td = { phase, turnLabel, outcome, finalHash })'}`,
  );
  return td!;
}

// ---------------------------------------------------------------- keyboard-only driving

/** A readable name of the focused element, for error messages. */
async function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return '(nothing: the body)';
    const label = e.getAttribute('aria-label') ?? (e.textContent ?? '').trim().slice(0, 40);
    return `<${e.tagName.toLowerCase()}${e.getAttribute('role') ? ` role=${e.getAttribute('role')}` : ''}> ${label}`;
  });
}

/**
 * Moves the focus onto `target` with Tab (or Shift+Tab) only, as a keyboard user would. Throws, naming the
 * target, when it is not reachable within `maxPresses` presses in either direction.
 */
export async function tabTo(page: Page, target: Locator, what: string, maxPresses = 80): Promise<void> {
  try {
    await target.first().waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    throw new Error(`${what} is not on the screen (looked for it for 10 s); the screen shows: ${await visibleText(page)}`);
  }
  const isFocused = (): Promise<boolean> =>
    target.first().evaluate((e) => e === document.activeElement || e.contains(document.activeElement));
  if (await isFocused()) return;
  const seen: string[] = [];
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < maxPresses; i++) {
      await page.keyboard.press(key);
      if (await isFocused()) return;
      if (seen.length < 30 && key === 'Tab') seen.push(await focusedDescription(page));
    }
  }
  throw new Error(`${what} could not be reached with Tab; the focus went through: ${seen.join(' | ')}`);
}

/** Tabs to a button by its accessible name and presses Enter. */
export async function pressButton(page: Page, name: RegExp | string, what = `the button ${String(name)}`): Promise<void> {
  const target = page.getByRole('button', { name });
  await tabTo(page, target, what);
  await page.keyboard.press('Enter');
}

/** The visible text of the page (DOM overlay), shortened, for error messages. */
export async function visibleText(page: Page, max = 600): Promise<string> {
  const text = await page.evaluate(() => document.body.innerText).catch(() => '');
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat || '(no text)';
}

/** Waits for text matching `pattern` in the page, with the visible text in the error. */
export async function waitForText(page: Page, pattern: RegExp, what: string, timeout = 15_000): Promise<void> {
  try {
    await page.getByText(pattern).first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`${what}: no text matching ${String(pattern)} after ${timeout} ms; the screen shows: ${await visibleText(page)}`);
  }
}

export function projectFile(path: string): string {
  return resolve(ROOT, path);
}

/** Records every text the page ever shows (a MutationObserver), to prove that something never appeared, even briefly. */
export async function recordTexts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __seen: string[] };
    w.__seen = [];
    new MutationObserver(() => w.__seen.push(document.body.innerText)).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}
export const seenTexts = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);

// ---------------------------------------------------------------- accessibility

/** One axe-core violation as a line: its rule, impact, and the first few elements it names. */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe-core (WCAG 2.1 A and AA rules and best practices) on the page as it is and returns its serious and critical violations. */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

/** Fails, naming each rule and the elements it found, when axe-core finds a serious or critical violation on the screen. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const found = await axeFindings(page);
  if (found.length === 0) return;
  const lines = found.map((f) => `${f.impact} ${f.rule} (${f.help}): ${f.targets.join(' | ')}`);
  throw new Error(`axe-core found ${found.length} serious or critical violation(s) on ${screen}:\n  ${lines.join('\n  ')}`);
}
