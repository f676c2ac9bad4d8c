// The class board with the keyboard: four teams' replay codes (made in Node with different doctrines and seeds on
// the tutorial, one of them a partial game) pasted one per line, compared: a table of four teams with their outcomes,
// four pairs of trust curves over the historical path of each seed, where the games diverged (on decisions in the
// same situation, as src/analysis/class-board.ts finds it) and what each team lived through. Then the debrief's
// classroom additions: the QR code and the research exports.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { firstDivergence, startKey } from '../../src/analysis/class-board.js';
import {
  encodeReplay,
  recordReplay,
  runGame,
  sealReplay,
  verifyReplay,
  type DoctrineId,
  type Replay,
  loadAndCompile,
} from '../../src/engine/index.js';
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

const first = replayOf('class-a', 'cooperator', 'reciprocator');
const games = [
  { replay: first },
  { replay: replayOf('class-a', 'hardliner', 'reciprocator') },
  { replay: replayOf('class-b', 'historical', 'grim') },
  // A partial game (issue 12): the first team's first three half-years, ended early by the teacher.
  { replay: sealReplay({ ...first, turns: first.turns.slice(0, 3), endedEarly: true }) },
].map((g) => {
  const verified = verifyReplay(tutorial, g.replay);
  if (!verified.ok) throw new Error(`the replay does not verify: ${verified.problem}`);
  return { ...g, code: encodeReplay(g.replay), game: verified.final, outcome: verified.final.outcome };
});
// Where the board must say the games first diverged: computed on decisions by the analysis, in Node.
const diverged = firstDivergence(
  games.map((g) => ({ start: startKey('tutorial', g.replay.seed, g.replay.noise), history: g.game.history })),
);

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
  test('four pasted codes (one a partial game): four teams, their curves over the historical path, where and how they diverged', async () => {
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
    await page.keyboard.press('Enter');
    await page.keyboard.type(games[3]!.code);
    await screenshot(page, 'class-board-codes');
    await pressButton(page, /^compare$/i);
    await page
      .getByText(/4 game\(s\) compared/i)
      .first()
      .waitFor({ timeout: 20_000 })
      .catch(async () => {
        throw new Error(`the board did not compare three games; the screen shows: ${await visibleText(page, 1200)}`);
      });

    const table = page.getByRole('table', { name: /teams and outcomes/i });
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    for (const [i, g] of games.slice(0, 3).entries()) {
      const row = rows.nth(i);
      await expect.poll(() => row.getByRole('rowheader').innerText()).toMatch(new RegExp(`Team ${i + 1}`));
      expect(await row.locator('td').first().innerText()).toMatch(OUTCOME_NAMES[g.outcome!]!);
    }
    // The partial game is accepted: three of five half-years, the outcome had it ended there.
    expect(await rows.nth(3).innerText()).toMatch(/ended early[\s\S]*3 of 5/);

    // Three pairs of curves: per team a solid NATO line and a dashed Russia line.
    const chart = page.getByRole('img', { name: /every team's trust over time/i });
    await chart.waitFor();
    const lines = await chart
      .locator('polyline[data-team]')
      .evaluateAll((ps) => ps.map((p) => `${p.getAttribute('data-team')}:${p.getAttribute('data-side')}:${p.getAttribute('class') ?? ''}`));
    expect(lines).toHaveLength(8);
    for (const n of [1, 2, 3, 4]) {
      expect(lines).toContain(`${n}:nato:td-board-chart__line`);
      expect(lines.some((l) => l.startsWith(`${n}:russia:`) && l.includes('dashed'))).toBe(true);
    }
    const shades = await chart
      .locator('polyline[data-team][data-side="nato"]')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('stroke')));
    expect(new Set(shades).size).toBe(4);
    // The historical path of each seed under them (class-a and class-b), NATO's and Russia's.
    const history = await chart.locator('polyline[data-historical]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-historical')));
    expect(history.sort()).toEqual(['class-a', 'class-a', 'class-b', 'class-b']);
    expect(await page.getByText(/historical path \(thin grey lines.*seed class-a, class-b\)/i).count()).toBe(1);

    // Where the games diverged: the first turn named, and the differing turns marked in words.
    await page.getByRole('heading', { name: /where the games diverged/i }).waitFor();
    // On decisions in the same situation: teams 1 and 2 (the same seed), at the turn the analysis finds; team 4 made the
    // same choices as team 1 in the half-years it played; team 3 (another seed) is compared by its curves only.
    if (!diverged) throw new Error('the analysis finds no divergence between the first two teams');
    const firstLine = page.locator('.td-board__first');
    expect(await firstLine.innerText()).toBe(
      `The games first diverged in ${diverged.label} (half-year ${diverged.turn + 1}): Team 1 and Team 2 were in the same situation and chose differently.`,
    );
    const pairs = await page.locator('.td-board__pairs li').allInnerTexts();
    expect(pairs).toContainEqual(
      expect.stringMatching(
        new RegExp(`^Team 1 and Team 2 parted in ${diverged.label}: (NATO|Russia): only Team 1 chose .+; only Team 2 chose`),
      ),
    );
    expect(pairs).toContain('Team 1 and Team 4 made the same choices in all 3 half-years both played.');
    expect(await page.getByText(/3 pair\(s\) of teams started from different situations/).count()).toBe(1);
    // What each team lived through: the tutorial's scheduled event, in every team's row.
    const story = page.getByRole('table', { name: /per team: the events that fired/i });
    await expect.poll(() => story.locator('tbody tr').count()).toBe(4);
    for (let i = 0; i < 4; i++) expect(await story.locator('tbody tr').nth(i).innerText()).toMatch(/2010-H2: The Lisbon summit/);
    const actions = page.getByRole('table', { name: /each team's actions per half-year/i });
    expect(await actions.getByText('≠ differ').count()).toBeGreaterThan(0);
    // Team 3 played another seed: no row may call all four "same"; rows where the others agree say so with the caveat.
    expect(await actions.getByText('same where comparable').count()).toBeGreaterThan(0);
    expect(await actions.getByText('same', { exact: true }).count()).toBe(0);
    await screenshot(page, 'class-board');
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'class-board-chart');
    await actions.scrollIntoViewIfNeeded();
    await screenshot(page, 'class-board-diverged');
    await story.scrollIntoViewIfNeeded();
    await screenshot(page, 'class-board-story');
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
