// Printing for the classroom: the role cards (title key 7, chosen with the keyboard) and a debrief after a short
// tutorial game, rendered to A4 PDFs in print media. Each must fit its page budget (a card one or two pages, both
// cards four at most, the debrief six) and nothing inside may overflow its box. The PDFs are kept in
// tests/e2e/screenshots/ to look at (pdftoppm turns them into PNG pages).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chooseRadio, nextFromResolution, openTitle, playTurn, startGame, typeInto } from './flows.js';
import {
  expectNoErrors,
  launch,
  screenshot,
  SCREENSHOT_DIR,
  visibleText,
  waitForTd,
  watchedPage,
  type Browser,
  type Watched,
} from './harness.js';

let browser: Browser;
let w: Watched;
beforeAll(async () => {
  browser = await launch();
  w = await watchedPage(browser);
});
afterAll(async () => {
  await browser?.close();
});

/** The number of pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Renders the page to an A4 PDF in print media and saves it as tests/e2e/screenshots/NAME.pdf. */
async function printToPdf(name: string): Promise<{ pages: number; file: string }> {
  const { page } = w;
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.pdf`);
  writeFileSync(file, pdf);
  await page.emulateMedia({ media: 'screen' });
  return { pages: pdfPageCount(pdf), file };
}

/** In print media, every element inside `selector` whose content is wider than its box (clipped or spilling text). */
async function overflowsInPrint(selector: string): Promise<string[]> {
  const { page } = w;
  await page.emulateMedia({ media: 'print' });
  const found = await page.evaluate((sel) => {
    const roots = Array.from(document.querySelectorAll(sel));
    if (roots.length === 0) return [`nothing matches ${sel}`];
    const out: string[] = [];
    for (const root of roots)
      for (const e of [root, ...Array.from(root.querySelectorAll('*'))]) {
        if (!(e instanceof HTMLElement)) continue;
        if (e.scrollWidth > e.clientWidth + 1)
          out.push(
            `<${e.tagName.toLowerCase()} class="${e.className}"> ${e.scrollWidth} > ${e.clientWidth}: ${(e.textContent ?? '').slice(0, 60)}`,
          );
      }
    return out;
  }, selector);
  await page.emulateMedia({ media: 'screen' });
  return found;
}

const cardSides = (): Promise<string[]> =>
  w.page.locator('.rc-preview article.rc-card').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.side ?? ''));

describe('printable role cards', () => {
  test('key 7 opens the role cards; the reset-2010 NATO card prints on one or two A4 pages without overflow', async () => {
    const { page } = w;
    await openTitle(page, inject('baseURL'));
    await page.keyboard.press('7');
    await page
      .getByRole('heading', { name: /role cards/i })
      .first()
      .waitFor({ timeout: 10_000 });
    await page
      .getByRole('group', { name: /^scenario$/i })
      .getByRole('radio')
      .first()
      .waitFor({ timeout: 10_000 });
    await chooseRadio(page, /^scenario$/i, /the reset, 2010/i);
    await chooseRadio(page, /card for/i, /^NATO$/);
    await expect.poll(cardSides).toEqual(['nato']);
    const card = page.locator('.rc-card').first();
    for (const part of [
      /situation/i,
      /^goals$/i,
      /red lines/i,
      /flashpoints and their clocks/i,
      /main options/i,
      /questions to prepare/i,
      /^sources$/i,
    ])
      await expect.poll(() => card.getByRole('heading', { name: part }).count(), { message: String(part) }).toBe(1);
    await expect
      .poll(() => card.innerText())
      .toMatch(/Kyiv chooses between the EU Association Agreement and the Customs Union at the end of 2013-H2/);
    const questions = await card.locator('.rc-questions ol > li').count();
    expect(questions).toBeGreaterThanOrEqual(4);
    expect(questions).toBeLessThanOrEqual(6);
    await screenshot(page, 'role-cards');
    await page.locator('.rc-card').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'role-cards-preview');

    expect(await overflowsInPrint('.rc-preview')).toEqual([]);
    const { pages } = await printToPdf('role-card-reset-2010-nato');
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expectNoErrors(w);
  });

  test('both sides of every scenario print on at most four pages (each card starts a page), without overflow', async () => {
    const { page } = w;
    await chooseRadio(page, /card for/i, /both sides/i);
    await expect.poll(cardSides).toEqual(['nato', 'russia']);
    const titles = await page
      .getByRole('group', { name: /^scenario$/i })
      .getByRole('radio')
      .evaluateAll((inputs) => inputs.map((i) => (i.closest('label')?.textContent ?? '').trim()));
    expect(titles.length).toBeGreaterThanOrEqual(5);
    for (const title of titles) {
      const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await chooseRadio(page, /^scenario$/i, new RegExp(`^${escaped}$`));
      await expect.poll(() => page.locator('.rc-title').first().textContent()).toBe(title);
      expect(await overflowsInPrint('.rc-preview'), title).toEqual([]);
      const id = (await page.locator('.rc-preview').getAttribute('data-scenario')) ?? 'scenario';
      const { pages } = await printToPdf(`role-cards-${id}-both`);
      expect(pages, title).toBeGreaterThanOrEqual(2);
      expect(pages, title).toBeLessThanOrEqual(4);
    }
    expectNoErrors(w);
  });
});

describe('printable debrief', () => {
  test('after a tutorial game, the debrief has the six questions and the teacher’s notes, and prints on at most six pages', async () => {
    const { page } = w;
    await page.keyboard.press('Escape');
    await page
      .getByRole('button', { name: /new game/i })
      .first()
      .waitFor({ timeout: 10_000 });
    await startGame(page, { scenario: /tutorial/i, side: 'NATO', opponent: /reciprocator/i, seed: 'print-1' });
    for (let i = 0; i < 5; i++) {
      await playTurn(page, i % 2 === 0 ? ['1', '2'] : ['1']);
      await nextFromResolution(page);
    }
    await waitForTd(page, 'the debrief', (s) => s.phase === 'debrief' && typeof s.outcome === 'string', 20_000);
    await waitForTd(page, "the debrief's luck replays", (s) => s.luck === 'done' || s.luck === 'error', 60_000);
    const questions = page.locator('.lesson-question h3');
    await expect
      .poll(() => questions.allTextContents(), { timeout: 10_000 })
      .toEqual([
        'How did it feel?',
        'What happened?',
        'What did you learn?',
        'How does it relate to what really happened?',
        'What if?',
        'What next?',
      ]);
    await page
      .getByText(/no notes yet/i)
      .first()
      .waitFor({ timeout: 5_000 })
      .catch(async () => {
        throw new Error(`the debrief has no "Teacher's notes" saying "No notes yet"; it shows: ${await visibleText(page)}`);
      });
    // The class's answer, typed in its box, is printed with the page.
    const answer = 'Tense at first; the projects made us trust them a little more each turn.';
    await typeInto(page, /class answers: how did it feel/i, answer);
    await page.getByRole('textbox', { name: /class answers: how did it feel/i }).scrollIntoViewIfNeeded();
    await screenshot(page, 'debrief-questions');

    expect(await overflowsInPrint('.td-debrief')).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.lesson-answer-print').first().innerText()).toBe(answer);
    await page.emulateMedia({ media: 'screen' });
    const { pages } = await printToPdf('debrief-tutorial');
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(6);
    expectNoErrors(w);
  });
});
