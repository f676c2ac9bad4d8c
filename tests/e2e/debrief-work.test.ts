// The class's work on the debrief (issue 12, bugs 3 and 6): the answers typed under the six questions are saved with the
// game, so they survive question 5's own instruction ("Open the replay viewer") and a reload (Continue), they print,
// and they are in the JSON export; the JSON export of a hot-seat game says both sides were played by teams (with their
// names), with the teacher's note. Screenshots: debrief-work-*.png.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { enterPin } from './console-flows.js';
import { playHotseatTurn, startHotseat } from './classroom-flows.js';
import { nextFromResolution, openTitle } from './flows.js';
import { expectNoErrors, launch, pressButton, screenshot, tabTo, waitForTd, watchedPage, type Browser, type Watched } from './harness.js';

const FEEL = 'Tense: we did not know whether they would reciprocate. <b>not bold</b>';
const WHAT_IF = 'We would fork 2011-H1 and keep the airspace initiative going.';
const NOTE = 'Ask Blue table why it passed in 2011.';

const NEXT = 'Play the 2014 crisis with the roles swapped.';

const answerBox = (page: Page, question: RegExp) => page.getByRole('textbox', { name: question });

/** On the title after a reload: Continue, once it is offered, back to the debrief. */
async function continueToDebrief(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /continue/i }).first();
  await button.waitFor({ timeout: 15_000 });
  await expect.poll(() => button.getAttribute('aria-disabled'), { timeout: 10_000 }).toBeNull();
  await pressButton(page, /continue/i);
  await waitForTd(page, 'the debrief after a reload', (s) => s.phase === 'debrief');
}

async function answers(page: Page): Promise<string[]> {
  return [
    await answerBox(page, /class answers: how did it feel/i).inputValue(),
    await answerBox(page, /class answers: what if/i).inputValue(),
  ];
}

let browser: Browser;
let w: Watched;
beforeAll(async () => {
  browser = await launch();
  w = await watchedPage(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe("the class's answers and the export of a hot-seat game", () => {
  test('answers typed on the debrief survive the replay viewer and a reload, and print', async () => {
    const { page } = w;
    await openTitle(page, inject('baseURL'));
    await startHotseat(page, { seed: 'e2e-answers', natoTeam: 'Blue table' });
    // The teacher's note, from the console in the game's window.
    await page.keyboard.press('Control+Shift+KeyX');
    await page.getByRole('dialog', { name: /teacher's console/i }).waitFor({ timeout: 10_000 });
    await enterPin(page, '2468');
    await tabTo(page, page.getByRole('textbox', { name: /your note for the debrief/i }), 'the note field');
    await page.keyboard.type(NOTE);
    await pressButton(page, /add the note/i);
    await page
      .getByText(/note added/i)
      .first()
      .waitFor({ timeout: 5_000 });
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: /teacher's console/i }).waitFor({ state: 'detached', timeout: 10_000 });
    for (let i = 0; i < 5; i++) {
      await playHotseatTurn(page, i, i % 2 ? ['1'] : ['1', '2'], ['1']);
      await nextFromResolution(page);
    }
    await waitForTd(page, 'the debrief', (s) => s.phase === 'debrief' && typeof s.outcome === 'string', 20_000);
    await tabTo(page, answerBox(page, /class answers: how did it feel/i), 'the first answer box');
    await page.keyboard.type(FEEL);
    await tabTo(page, answerBox(page, /class answers: what if/i), 'the fifth answer box');
    await page.keyboard.type(WHAT_IF);
    await screenshot(page, 'debrief-work-answers');

    // Question 5 says: press "Open the replay viewer". Then back to the debrief.
    await pressButton(page, /open the replay viewer/i);
    await waitForTd(page, 'the replay viewer', (s) => s.phase === 'replay');
    await pressButton(page, /^back/i);
    await waitForTd(page, 'the debrief again', (s) => s.phase === 'debrief');
    expect(await answers(page), 'the answers after a trip to the replay viewer').toEqual([FEEL, WHAT_IF]);

    // A reload, then Continue: the debrief with the answers.
    await page.reload();
    // The title's Continue says the game is over (not "turn 6") and who played it.
    const hint = page.locator('#hint-continue');
    await expect.poll(() => hint.innerText(), { timeout: 10_000 }).toMatch(/Blue table and Team Russia/);
    expect(await hint.innerText()).toMatch(/finished after 5 half-years/);
    expect(await hint.innerText()).not.toMatch(/turn 6|half-year 6/);
    await continueToDebrief(page);
    expect(await answers(page), 'the answers after a reload').toEqual([FEEL, WHAT_IF]);

    // Printed in full, as text.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.lesson-answer-print').allInnerTexts();
    await page.emulateMedia({ media: 'screen' });
    expect(printed.filter((text) => text.trim() !== '')).toEqual([FEEL, WHAT_IF]);
    expect(await page.locator('.lesson-answer-print b').count(), 'an answer is text, never markup').toBe(0);

    // An answer typed just before the tab reloads (no pause for the autosave): saved as the page goes.
    await tabTo(page, answerBox(page, /class answers: what next/i), 'the sixth answer box');
    await page.keyboard.type(NEXT);
    await page.reload();
    await continueToDebrief(page);
    expect(await answerBox(page, /class answers: what next/i).inputValue()).toBe(NEXT);
    expectNoErrors(w);
  });

  test('the JSON export: both sides played by teams (named), no doctrine, the teacher note and the answers', async () => {
    const { page } = w;
    const waiting = page.waitForEvent('download', { timeout: 15_000 });
    await pressButton(page, /download the game as json/i);
    const download = await waiting;
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      sides: unknown;
      doctrines: unknown;
      teams?: unknown;
      answers?: { question: string; answer: string }[];
      turns: { teacherNotes?: string[] }[];
    };
    expect(exported.sides).toEqual({ nato: 'player', russia: 'player' });
    expect(exported.doctrines).toBeNull();
    expect(exported.teams).toEqual({ nato: 'Blue table', russia: 'Team Russia' });
    expect(exported.turns[0]!.teacherNotes).toEqual([NOTE]);
    expect(exported.answers).toEqual([
      { id: 'feel', question: 'How did it feel?', answer: FEEL },
      { id: 'whatIf', question: 'What if?', answer: WHAT_IF },
      { id: 'next', question: 'What next?', answer: NEXT },
    ]);
    expectNoErrors(w);
  });

  test('the spreadsheet downloads: UTF-8 with a BOM, one row per half-year in percent, and the semicolon variant', async () => {
    const { page } = w;
    const download = async (name: RegExp): Promise<{ file: string; bytes: Buffer }> => {
      const waiting = page.waitForEvent('download', { timeout: 15_000 });
      await pressButton(page, name);
      const d = await waiting;
      return { file: d.suggestedFilename(), bytes: await readFile(await d.path()) };
    };
    for (const [name, delimiter, decimal] of [
      [/download a spreadsheet/i, ',', /^\d{1,3}(\.\d{1,2})?$/],
      [/with semicolons/i, ';', /^\d{1,3}(,\d{1,2})?$/],
    ] as const) {
      const { file, bytes } = await download(name);
      expect(file).toMatch(delimiter === ';' ? /\.half-years\.semicolon\.csv$/ : /\.half-years\.csv$/);
      expect([...bytes.subarray(0, 3)], 'the UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
      const rows: string[][] = parse(bytes.toString('utf8'), { bom: true, delimiter, record_delimiter: '\r\n' });
      const head = rows[0]!;
      expect(rows).toHaveLength(6);
      const at = (column: string): number => head.indexOf(column);
      for (const row of rows.slice(1)) {
        expect(row[at('nato_trust_pct')]).toMatch(decimal);
        expect(row[at('russia_trust_pct')]).toMatch(decimal);
      }
      expect(rows[1]![at('label')]).toBe('2010-H2');
      expect(rows[1]![at('teacher_notes')]).toBe(NOTE);
      expect(rows[5]![at('outcome_if_ended')]).toMatch(/^[a-z-]+$/);
    }
    expectNoErrors(w);
  });
});
