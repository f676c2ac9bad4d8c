// Projector mode and paper (issue 12, bug 5): with projector mode on, the debrief and the class board print exactly as
// they do without it — black on white at the print size, the chart's axes legible, nothing past the page's right
// margin — and on as many pages. Checked on the PDFs themselves: pdftoppm renders every page, and no ink may fall in
// the page's side margins. The PDFs and their pages are kept in tests/e2e/screenshots/ to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { compileScenario, encodeReplay, recordReplay, runGame, type DoctrineId } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { nextFromResolution, openTitle, playTurn, startGame } from './flows.js';
import {
  expectNoErrors,
  launch,
  pressButton,
  projectFile,
  SCREENSHOT_DIR,
  tabTo,
  visibleText,
  waitForTd,
  watchedPage,
  type Browser,
  type Watched,
} from './harness.js';

const loaded = loadScenario(readFileSync(projectFile('scenarios/tutorial.json'), 'utf8'), 'tutorial.json');
if (!loaded.ok) throw new Error('the tutorial does not load');
const tutorial = compileScenario(loaded.value);

function codeOf(seed: string, nato: DoctrineId, russia: DoctrineId): string {
  const run = runGame(tutorial, { seed, doctrines: { nato, russia } });
  if (!run.ok) throw new Error('the game did not run');
  return encodeReplay(recordReplay(tutorial, run.game));
}

/** The page margin of print.css (13 mm at the sides) in pixels at the rendering's resolution, less a little for antialiasing. */
const DPI = 50;
const SIDE_MARGIN_PX = Math.floor((13 / 25.4) * DPI) - 3;

interface Printed {
  pages: number;
  /** Per page, whether any ink falls into the left or the right margin. */
  inkInMargins: { page: number; left: boolean; right: boolean }[];
  pngs: string[];
}

/** Prints the page to an A4 PDF (print media), renders it with pdftoppm and looks for ink in the side margins. */
async function print(w: Watched, name: string): Promise<Printed> {
  const { page } = w;
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.pdf`);
  writeFileSync(file, pdf);
  const dir = join(SCREENSHOT_DIR, `${name}-pages`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-r', String(DPI), '-gray', file, join(dir, 'page')]);
  execFileSync('pdftoppm', ['-r', '60', '-png', file, join(dir, 'page')]);
  const grays = readdirSync(dir)
    .filter((f) => f.endsWith('.pgm'))
    .sort();
  const inkInMargins = grays.map((f, i) => {
    const data = readFileSync(join(dir, f));
    // P5 header: "P5\n<width> <height>\n255\n", then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 40).toString('latin1'))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = data.subarray(header[0].length);
    let left = false;
    let right = false;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < SIDE_MARGIN_PX; x++) {
        if (pixels[y * width + x]! < 160) left = true;
        if (pixels[y * width + (width - 1 - x)]! < 160) right = true;
      }
    return { page: i + 1, left, right };
  });
  return {
    pages: grays.length,
    inkInMargins,
    pngs: readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .map((f) => join(dir, f)),
  };
}

const setProjector = (w: Watched, on: boolean): Promise<void> =>
  w.page.evaluate((value) => document.documentElement.classList.toggle('projector', value), on).then(() => undefined);

let browser: Browser;
let w: Watched;
beforeAll(async () => {
  browser = await launch({ viewport: { width: 1280, height: 720 } });
  w = await watchedPage(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('printing in projector mode', () => {
  test('the debrief prints as without projector mode: black on white, the same pages, nothing in the margins', async () => {
    const { page } = w;
    await openTitle(page, inject('baseURL'));
    await pressButton(page, /settings/i);
    await tabTo(page, page.getByRole('checkbox', { name: /projector mode/i }), 'the projector mode checkbox');
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');
    await startGame(page, { scenario: /tutorial/i, side: 'NATO', opponent: /reciprocator/i, seed: 'print-projector' });
    for (let i = 0; i < 5; i++) {
      await playTurn(page, i % 2 === 0 ? ['1', '2'] : ['1']);
      await nextFromResolution(page);
    }
    await waitForTd(page, 'the debrief', (s) => s.phase === 'debrief' && typeof s.outcome === 'string', 20_000);
    await waitForTd(page, "the debrief's luck replays", (s) => s.luck === 'done' || s.luck === 'error', 60_000);
    expect(await page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(true);

    await page.emulateMedia({ media: 'print' });
    const looks = await page.evaluate(() => ({
      rootSize: getComputedStyle(document.documentElement).fontSize,
      text: getComputedStyle(document.querySelector('.td-debrief h2')!).color,
      tick: getComputedStyle(document.querySelector('.td-chart__tick')!).fill,
      source: document.querySelector('.td-source') ? getComputedStyle(document.querySelector('.td-source')!).display : 'block',
    }));
    await page.emulateMedia({ media: 'screen' });
    expect(looks.rootSize, 'the print size, not the projector size').toBe('14px');
    expect(looks.text).toBe('rgb(0, 0, 0)');
    expect(looks.tick, "the chart's axis labels are dark on paper").not.toMatch(/rgb\((2[0-5]\d), \1, \1\)/);
    expect(looks.source, 'sources print, even if the projector hides them').not.toBe('none');

    const projector = await print(w, 'print-projector-debrief');
    await setProjector(w, false);
    const plain = await print(w, 'print-plain-debrief');
    await setProjector(w, true);
    expect(projector.pages, 'as many pages as without projector mode').toBe(plain.pages);
    expect(projector.pages).toBeLessThanOrEqual(6);
    expect(projector.inkInMargins.filter((p) => p.left || p.right)).toEqual([]);
    expectNoErrors(w);
  });

  test('the class board, opened first in a fresh browser, prints its tables within the page in projector mode', async () => {
    // Its own browser: the board must bring its print styles itself, without a debrief opened before.
    const fresh = await launch({ viewport: { width: 1280, height: 720 } });
    try {
      await classBoard(await watchedPage(fresh));
    } finally {
      await fresh.close();
    }
  });
});

async function classBoard(w: Watched): Promise<void> {
  const { page } = w;
  await openTitle(page, inject('baseURL'));
  await pressButton(page, /settings/i);
  await tabTo(page, page.getByRole('checkbox', { name: /projector mode/i }), 'the projector mode checkbox');
  await page.keyboard.press('Space');
  await page.keyboard.press('Escape');
  await page.keyboard.press('6');
  await page
    .getByRole('heading', { name: /class board/i })
    .first()
    .waitFor({ timeout: 10_000 });
  const field = page.getByRole('textbox', { name: /replay codes or links, one per line/i });
  await tabTo(page, field, 'the replay codes field');
  const codes = [
    codeOf('class-a', 'cooperator', 'reciprocator'),
    codeOf('class-a', 'hardliner', 'reciprocator'),
    codeOf('class-b', 'historical', 'grim'),
  ];
  for (const [i, code] of codes.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(code);
  }
  await pressButton(page, /^compare$/i);
  await page
    .getByText(/3 game\(s\) compared/i)
    .first()
    .waitFor({ timeout: 20_000 })
    .catch(async () => {
      throw new Error(`the board did not compare three games; the screen shows: ${await visibleText(page, 1200)}`);
    });
  expect(await page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(true);
  await page.emulateMedia({ media: 'print' });
  const looks = await page.evaluate(() => ({
    rootSize: getComputedStyle(document.documentElement).fontSize,
    text: getComputedStyle(document.querySelector('.td-board h2')!).color,
  }));
  await page.emulateMedia({ media: 'screen' });
  expect(looks).toEqual({ rootSize: '14px', text: 'rgb(0, 0, 0)' });
  const projector = await print(w, 'print-projector-class-board');
  await setProjector(w, false);
  const plain = await print(w, 'print-plain-class-board');
  await setProjector(w, true);
  expect(projector.inkInMargins.filter((p) => p.left || p.right)).toEqual([]);
  expect(plain.inkInMargins.filter((p) => p.left || p.right)).toEqual([]);
  expect(projector.pages).toBe(plain.pages);
  expectNoErrors(w);
}
