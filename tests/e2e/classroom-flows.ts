// What a class does in hot-seat play, for the classroom browser tests (issue 12): a game started for two teams, the
// hand-overs taken (under fog each half-year starts with NATO's team typing N, and Russia's types R after NATO chose),
// a half-year played by both.
import type { Page } from 'playwright-core';
import { chooseRadio, confirmTurn, typeInto } from './flows.js';
import { pressButton, tabTo, waitForTd } from './harness.js';

export interface Hotseat {
  scenario?: RegExp;
  seed: string;
  timer?: RegExp;
  natoTeam?: string;
  russiaTeam?: string;
  projector?: boolean;
  /** The fog of trust (on by default in hot-seat play): false unticks it. */
  fog?: boolean;
}

/** Confirms the choice on a turn screen (Enter, then Enter on the confirm step): flows.ts says how. */
export { confirmTurn };

/** From the title to NATO's first turn in a hot-seat game. */
export async function startHotseat(page: Page, game: Hotseat): Promise<void> {
  await pressButton(page, /new game/i, 'the title\'s "New game" button');
  await page
    .getByRole('group', { name: /scenario/i })
    .getByRole('radio')
    .first()
    .waitFor({ timeout: 10_000 });
  await chooseRadio(page, /scenario/i, game.scenario ?? /tutorial/i);
  await chooseRadio(page, /^players/i, /two teams/i);
  if (game.natoTeam) await typeInto(page, /nato's team/i, game.natoTeam);
  if (game.russiaTeam) await typeInto(page, /russia's team/i, game.russiaTeam);
  await chooseRadio(page, /decision timer/i, game.timer ?? /^off/i);
  if (game.projector) {
    await tabTo(page, page.getByRole('checkbox', { name: /projector mode/i }), 'the projector mode checkbox');
    await page.keyboard.press('Space');
  }
  if (game.fog === false) {
    await tabTo(page, page.getByRole('checkbox', { name: /fog of trust/i }), 'the fog of trust checkbox');
    await page.keyboard.press('Space');
  }
  await typeInto(page, /^seed/i, game.seed);
  await pressButton(page, /read the briefing/i);
  await page
    .getByRole('heading', { name: /briefing/i })
    .first()
    .waitFor({ timeout: 10_000 });
  await pressButton(page, /begin the first turn/i);
  await natoTakes(page, 0);
}

/** A team takes the device: it types its side's initial into the hand-over's ready field (Russia's R by default). */
export async function takeHandover(page: Page, initial = 'R'): Promise<void> {
  const side = initial.toUpperCase() === 'N' ? 'nato' : 'russia';
  await waitForTd(page, `the hand-over to ${side}`, (td) => td.phase === 'handover' && td.side === side, 10_000);
  await tabTo(page, page.getByRole('textbox', { name: /ready/i }), "the hand-over's ready field");
  await page.keyboard.type(initial);
  await waitForTd(page, `${side} on its turn`, (td) => td.phase === 'turn' && td.side === side, 10_000);
}

/**
 * NATO's team at the start of half-year i: under fog the hand-over to it first (it types N), without fog its cards at
 * once. Returns on NATO's cards.
 */
export async function natoTakes(page: Page, i: number): Promise<void> {
  const td = await waitForTd(
    page,
    `NATO's turn ${i + 1} or its hand-over`,
    (x) => x.side === 'nato' && x.turnsPlayed === i && (x.phase === 'turn' || x.phase === 'handover'),
    15_000,
  );
  if (td.phase === 'handover') await takeHandover(page, 'N');
}

/** The actions pressed on the turn screen. */
export const pressedActions = (page: Page): Promise<string[]> =>
  page.locator('button[aria-pressed="true"][data-action]').evaluateAll((b) => b.map((x) => (x as HTMLElement).dataset.action ?? ''));

/** One hot-seat half-year with the number keys: (NATO's hand-over,) NATO's keys, the hand-over, Russia's keys; returns on the resolution. */
export async function playHotseatTurn(page: Page, i: number, nato: string[] = ['1'], russia: string[] = ['1']): Promise<void> {
  await natoTakes(page, i);
  for (const key of nato) await page.keyboard.press(key);
  await confirmTurn(page);
  await takeHandover(page);
  for (const key of russia) await page.keyboard.press(key);
  await confirmTurn(page);
  await waitForTd(page, `the resolution of turn ${i + 1}`, (td) => td.phase === 'resolution' && td.turnsPlayed === i + 1, 15_000);
}

/** The whole visible text of the page, whitespace collapsed. */
export const fullText = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
