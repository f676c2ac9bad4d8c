// The class board with the keyboard: three teams' replay codes (made in Node with different doctrines and seeds on
// the tutorial) pasted one per line, compared: a table of three teams with their outcomes, three pairs of trust
// curves, where the games diverged. Then the debrief's classroom additions: the QR code and the research exports.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { encodeReplay, recordReplay, runGame, type DoctrineId, type Replay, loadAndCompile } from '../../src/engine/index.js';
import { nextFromResolution, openTitle, playTurn, startGame } from './flows.js';
import {
  expectNoErrors,
  launch,
  pressButton,
  projectFile,
  screenshot,
  tabTo,
  visibleText,
  watchedPage,
  type Browser,
  type Watched,
} from './harness.js';

const loaded = loadAndCompile(readFileSync(projectFile('scenarios/tutorial.json'), 'utf8'), 'tutorial.json');
if (!loaded.ok) throw new Error('the tutorial does not load');
const tutorial = loaded.value;

function replayOf(seed: string, nato: DoctrineId, russia: DoctrineId): Replay {
  const run = runGame(tutorial, { seed, doctrines: { nato, russia } });
  if (!run.ok) throw new Error('the game did not run');
  return recordReplay(tutorial, run.game);
}

const games = [
  { replay: replayOf('class-a', 'cooperator', 'reciprocator') },
  { replay: replayOf('class-a', 'hardliner', 'reciprocator') },
  { replay: replayOf('class-b', 'historical', 'grim') },
].map((g) => {
  const run = runGame(tutorial, { seed: g.replay.seed, script: { turns: g.replay.turns } });
  if (!run.ok) throw new Error('the replay did not run');
  return { ...g, code: encodeReplay(g.replay), outcome: run.game.outcome };
});

const OUTCOME_NAMES: Record<string, RegExp> = {
  'security-roof': /security roof/i,
  'strategic-partnership': /strategic partnership/i,
  'selective-cooperation': /selective cooperation/i,
  'cold-peace': /cold peace/i,
  confrontation: /confrontation/i,
};

let browser: Browser;
let w: Watched;
beforeAll(async () => {
  browser = await launch();
  w = await watchedPage(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('the class board', () => {
  test('three pasted codes: three teams with their outcomes, three pairs of curves, where they diverged', async () => {
    const { page } = w;
    await openTitle(page, inject('baseURL'));
    await page.keyboard.press('6');
    await page
      .getByRole('heading', { name: /class board/i })
      .first()
      .waitFor({ timeout: 10_000 });
    const field = page.getByRole('textbox', { name: /replay codes or links, one per line/i });
    await tabTo(page, field, 'the replay codes field');
    // One per line: the second as a link, and a blank line that is skipped.
    await page.keyboard.type(games[0]!.code);
    await page.keyboard.press('Enter');
    await page.keyboard.type(`https://example.org/td/#replay=${games[1]!.code}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type(games[2]!.code);
    await screenshot(page, 'class-board-codes');
    await pressButton(page, /^compare$/i);
    await page
      .getByText(/3 game\(s\) compared/i)
      .first()
      .waitFor({ timeout: 20_000 })
      .catch(async () => {
        throw new Error(`the board did not compare three games; the screen shows: ${await visibleText(page, 1200)}`);
      });

    const table = page.getByRole('table', { name: /teams and outcomes/i });
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    for (const [i, g] of games.entries()) {
      const row = rows.nth(i);
      await expect.poll(() => row.getByRole('rowheader').innerText()).toMatch(new RegExp(`Team ${i + 1}`));
      expect(await row.locator('td').first().innerText()).toMatch(OUTCOME_NAMES[g.outcome!]!);
    }

    // Three pairs of curves: per team a solid NATO line and a dashed Russia line.
    const chart = page.getByRole('img', { name: /every team's trust over time/i });
    await chart.waitFor();
    const lines = await chart
      .locator('polyline[data-team]')
      .evaluateAll((ps) => ps.map((p) => `${p.getAttribute('data-team')}:${p.getAttribute('data-side')}:${p.getAttribute('class') ?? ''}`));
    expect(lines).toHaveLength(6);
    for (const n of [1, 2, 3]) {
      expect(lines).toContain(`${n}:nato:td-board-chart__line`);
      expect(lines.some((l) => l.startsWith(`${n}:russia:`) && l.includes('dashed'))).toBe(true);
    }
    const shades = await chart.locator('polyline[data-side="nato"]').evaluateAll((ps) => ps.map((p) => p.getAttribute('stroke')));
    expect(new Set(shades).size).toBe(3);

    // Where the games diverged: the first turn named, and the differing turns marked in words.
    await page.getByRole('heading', { name: /where the games diverged/i }).waitFor();
    expect(await page.getByText(/first diverged in \d{4}-H[12]/i).count()).toBe(1);
    const actions = page.getByRole('table', { name: /each team's actions per half-year/i });
    expect(await actions.getByText('≠ differ').count()).toBeGreaterThan(0);
    await screenshot(page, 'class-board');
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'class-board-chart');
    await actions.scrollIntoViewIfNeeded();
    await screenshot(page, 'class-board-diverged');
    expectNoErrors(w);
  });

  test('a broken line is listed with its problem while the other games are still shown; Escape goes back', async () => {
    const { page } = w;
    const field = page.getByRole('textbox', { name: /replay codes or links, one per line/i });
    await tabTo(page, field, 'the replay codes field');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(`${games[0]!.code}\nnot-a-code<script>window.__pwned=1</script>\n${games[2]!.code}`);
    await page.keyboard.press('ControlOrMeta+Enter');
    await page
      .getByText(/2 game\(s\) compared; 1 could not be opened/i)
      .first()
      .waitFor({ timeout: 20_000 });
    await page
      .getByText(/^Line 2: /)
      .first()
      .waitFor();
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /teams and outcomes/i })
          .locator('tbody tr')
          .count(),
      )
      .toBe(2);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await screenshot(page, 'class-board-error');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /new game/i }).waitFor({ timeout: 10_000 });
    expectNoErrors(w);
  });
});

describe("the debrief's classroom additions", () => {
  test('the replay link as a QR code, and the game downloaded as JSON and CSV', async () => {
    const { page } = w;
    await startGame(page, { scenario: /tutorial/i, side: 'NATO', opponent: /reciprocator/i, seed: 'class.3b-qr' });
    for (let i = 0; i < 5; i++) {
      await playTurn(page, ['1']);
      await nextFromResolution(page);
    }
    await page
      .getByRole('heading', { name: /debrief/i })
      .first()
      .waitFor({ timeout: 15_000 });

    await pressButton(page, /show the replay code as a qr code/i);
    const qr = page.getByRole('img', { name: /qr code of the replay link/i });
    await qr.waitFor({ timeout: 10_000 });
    const modules = Number(await qr.getAttribute('data-modules'));
    expect(modules).toBeGreaterThanOrEqual(21 + 8);
    expect(await qr.locator('rect').count()).toBeGreaterThan(20);
    const box = await qr.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(300);
    await expect
      .poll(() =>
        page
          .getByText(/#replay=/)
          .first()
          .innerText(),
      )
      .toMatch(/#replay=[\w-]+/);
    await qr.scrollIntoViewIfNeeded();
    await screenshot(page, 'debrief-qr');

    const download = async (name: RegExp): Promise<{ file: string; text: string }> => {
      const waiting = page.waitForEvent('download', { timeout: 15_000 });
      await pressButton(page, name);
      const d = await waiting;
      const path = await d.path();
      return { file: d.suggestedFilename(), text: await readFile(path, 'utf8') };
    };
    const json = await download(/download the game as json/i);
    expect(json.file).toBe('trust-deficit-tutorial-class.3b-qr.json');
    const parsed = JSON.parse(json.text) as { scenario: string; seed: string; turns: { changes: unknown[] }[]; doctrines: unknown };
    expect(parsed.scenario).toBe('tutorial');
    expect(parsed.seed).toBe('class.3b-qr');
    expect(parsed.turns).toHaveLength(5);
    expect(parsed.doctrines).toEqual({ russia: 'reciprocator' });
    const changes = parsed.turns.reduce((n, t) => n + t.changes.length, 0);

    const csv = await download(/download every change as csv/i);
    expect(csv.file).toBe('trust-deficit-tutorial-class.3b-qr.changes.csv');
    expect(csv.text.startsWith('turn,label,meter,before,after,delta,cause_kind,cause_id,by,misread,text,source\r\n')).toBe(true);
    // Records end in CRLF; text fields hold no bare CR or LF in this scenario, so records are lines.
    expect(csv.text.split('\r\n').length - 2).toBe(changes);
    expectNoErrors(w);
  });
});
