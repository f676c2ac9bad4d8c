// What a keyboard user does on each screen, against the screens' accessible names and the window.__td contract.
import type { Locator, Page } from 'playwright-core';
import {
  expectNoErrors,
  launch,
  pollFor,
  pressButton,
  screenshot,
  tabTo,
  tdState,
  visibleText,
  waitForTd,
  watchedPage,
  type TdState,
} from './harness.js';

/** Opens the app and waits for the title menu: its "New game" button. */
export async function openTitle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  try {
    await page
      .getByRole('button', { name: /new game/i })
      .first()
      .waitFor({ state: 'visible', timeout: 15_000 });
  } catch {
    throw new Error(`the title screen did not show a "New game" button within 15 s; the page shows: ${await visibleText(page)}`);
  }
}

/**
 * Chooses an option of a radio group as a keyboard user does: Tab into the group (onto its checked radio),
 * then arrow keys until the wanted option is checked.
 */
export async function chooseRadio(page: Page, group: RegExp | string, option: RegExp): Promise<void> {
  const fieldset = page.getByRole('group', { name: group });
  const radios = fieldset.getByRole('radio');
  // The group's tab stop is its checked radio: Tab until the focus is inside the group.
  await tabTo(page, fieldset, `the radio group ${String(group)}`);
  const wanted = fieldset.getByRole('radio', { name: option });
  if ((await wanted.count()) === 0) {
    const names = await radios.evaluateAll((inputs) => inputs.map((i) => (i.closest('label')?.textContent ?? '').trim().slice(0, 50)));
    throw new Error(`the group ${String(group)} has no option matching ${String(option)}; it offers: ${names.join(' | ')}`);
  }
  const count = await radios.count();
  for (let i = 0; i <= count; i++) {
    if (await wanted.first().isChecked()) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not check ${String(option)} in ${String(group)} with the arrow keys`);
}

/** Types into a text field reached with Tab, replacing its content. */
export async function typeInto(page: Page, name: RegExp | string, text: string): Promise<void> {
  await tabTo(page, page.getByRole('textbox', { name }), `the text field ${String(name)}`);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

export interface NewGame {
  scenario: RegExp;
  side: 'NATO' | 'Russia';
  opponent: RegExp;
  seed: string;
  /** Screenshot name prefix, or null for none. */
  shots?: string | null;
}

/** From the title to the first turn: New game, the form, the briefing, Begin. */
export async function startGame(page: Page, game: NewGame): Promise<void> {
  const shot = async (name: string): Promise<void> => {
    if (game.shots) await screenshot(page, `${game.shots}${name}`);
  };
  await pressButton(page, /new game/i, 'the title\'s "New game" button');
  await page
    .getByRole('heading', { name: /new game/i })
    .first()
    .waitFor({ timeout: 10_000 });
  await page
    .getByRole('group', { name: /scenario/i })
    .getByRole('radio')
    .first()
    .waitFor({ timeout: 10_000 });
  await chooseRadio(page, /scenario/i, game.scenario);
  await chooseRadio(page, /your side/i, new RegExp(`\\b${game.side}$`));
  await chooseRadio(page, /opponent/i, game.opponent);
  await typeInto(page, /^seed/i, game.seed);
  await shot('new-game');
  await pressButton(page, /read the briefing/i);
  await page
    .getByRole('heading', { name: /briefing/i })
    .first()
    .waitFor({ timeout: 10_000 });
  await shot('briefing');
  await pressButton(page, /begin the first turn/i);
  await waitForTd(page, 'the first turn', (td) => td.phase === 'turn' && td.turnsPlayed === 0, 15_000);
}

/** The confirm step of a turn ("End 2011-H1?"), once open. */
export const confirmStep = (page: Page): Locator => page.getByRole('alertdialog', { name: /^end .+\?$/i });

/**
 * Confirms the turn on screen as a keyboard user does: Enter opens the confirm step (no single key passes a
 * half-year), which names the half-year and the chosen actions with the focus on "Confirm"; a second Enter confirms.
 * Every browser test passes its turns through here.
 */
export async function confirmTurn(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  const step = confirmStep(page);
  await step.waitFor({ timeout: 10_000 }).catch(async () => {
    throw new Error(`Enter on the turn did not open the confirm step; the screen shows: ${await visibleText(page)}`);
  });
  const focused = (): Promise<string> => page.evaluate(() => document.activeElement?.textContent ?? '');
  await pollFor(
    focused,
    (text) => /^confirm /i.test(text),
    5_000,
    (text) => `the confirm step opened without the focus on "Confirm" (focus: "${text}")`,
  );
  await page.keyboard.press('Enter');
}

/**
 * Plays the turn on screen with the number keys: toggles the given cards (1–9, in display order; a card that is
 * unavailable or over budget just says so) and confirms (Enter, and Enter on the confirm step). A refused choice is withdrawn and the side
 * passes instead. Returns __td on the resolution screen and the actions the keys chose.
 */
export async function playTurn(page: Page, keys: string[], shotName?: string): Promise<TdState & { chosen: string[] }> {
  const before = await waitForTd(page, 'the turn screen', (td) => td.phase === 'turn', 15_000);
  const played = Number(before.turnsPlayed ?? 0);
  for (const key of keys) await page.keyboard.press(key);
  const chosen = await page
    .locator('button[aria-pressed="true"][data-action]')
    .evaluateAll((b) => b.map((x) => (x as HTMLElement).dataset.action ?? ''));
  if (shotName) await screenshot(page, shotName);
  await confirmTurn(page);
  const resolved = (td: TdState): boolean => td.phase === 'resolution' && Number(td.turnsPlayed) === played + 1;
  const refusal = page.getByText(/the choice was refused/i);
  // Polled from Node (some tests hold the page's clock): the resolution, or a refusal to answer with a pass.
  const outcome = async (): Promise<'resolved' | 'refused' | 'waiting'> => {
    const td = await tdState(page);
    if (td && resolved(td)) return 'resolved';
    return (await refusal.isVisible().catch(() => false)) ? 'refused' : 'waiting';
  };
  const seen = await pollFor(
    outcome,
    (o) => o !== 'waiting',
    15_000,
    async () =>
      `the turn did not resolve after its confirmation; __td is ${JSON.stringify(await tdState(page))}; the screen shows: ${await visibleText(page)}`,
  );
  if (seen === 'resolved') return { ...(await tdState(page))!, chosen };
  // Withdraw every chosen card (aria-pressed) with its number key, then confirm a pass.
  const pressed = await page
    .locator('button[aria-pressed="true"][data-index]')
    .evaluateAll((b) => b.map((x) => Number((x as HTMLElement).dataset.index)));
  for (const index of pressed) if (index < 9) await page.keyboard.press(String(index + 1));
  await confirmTurn(page);
  return { ...(await waitForTd(page, 'the resolution after a refused choice and a pass', resolved, 15_000)), chosen: [] };
}

/** On the resolution screen: Enter (Next half-year, or To the debrief after the last). */
export async function nextFromResolution(page: Page): Promise<TdState> {
  const at = await waitForTd(page, 'the resolution screen', (td) => td.phase === 'resolution', 15_000);
  await pressButton(page, /next half-year|to the debrief/i, 'the resolution\'s "Next half-year" or "To the debrief" button');
  return waitForTd(
    page,
    'the next turn (a fogged hot-seat one on its hand-over to NATO) or the debrief',
    (td) => ((td.phase === 'turn' || td.phase === 'handover') && td.turnsPlayed === at.turnsPlayed) || td.phase === 'debrief',
    20_000,
  );
}

/** The replay link from the debrief's "Copy the replay link": from the clipboard, or from the field shown when copying is refused. */
export async function copyReplayLink(page: Page): Promise<string> {
  await pressButton(page, /copy the replay link/i);
  const field = page.getByRole('textbox', { name: /replay link or code/i });
  const link = async (): Promise<string> => {
    if (await field.isVisible().catch(() => false)) {
      const value = await field.inputValue();
      if (value) return value;
    }
    const copied = await page
      .evaluate(async () => {
        try {
          return await navigator.clipboard.readText();
        } catch {
          return '';
        }
      })
      .catch(() => '');
    return copied.includes('replay=') ? copied : '';
  };
  return pollFor(
    link,
    (value) => value !== '',
    10_000,
    async () => `"Copy the replay link" gave no link (neither the clipboard nor the field); the screen shows: ${await visibleText(page)}`,
    100,
  );
}

/**
 * Opens a replay link in a brand-new browser (fresh profile) and returns what the viewer verified; with `lastLabel`,
 * also steps to the last half-year with the End key, as the viewer's keys allow.
 */
export async function openLinkInFreshBrowser(link: string, lastLabel?: string, shot?: string): Promise<TdState> {
  const fresh = await launch();
  try {
    const w = await watchedPage(fresh);
    await w.page.goto(link);
    const td = await waitForTd(
      w.page,
      'the replay viewer to verify the link (phase "replay" with an outcome)',
      (s) => s.phase === 'replay' && typeof s.outcome === 'string' && typeof s.finalHash === 'string',
      20_000,
    );
    await w.page
      .getByText(/verified/i)
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(async () => {
        throw new Error(`the replay viewer does not say the replay is verified; it shows: ${await visibleText(w.page)}`);
      });
    if (shot) await screenshot(w.page, `${shot}-start`);
    if (lastLabel) {
      await w.page.keyboard.press('End');
      await waitForTd(w.page, `the viewer on the last half-year (${lastLabel})`, (s) => s.turnLabel === lastLabel);
      if (shot) await screenshot(w.page, `${shot}-end`);
    }
    expectNoErrors(w);
    return td;
  } finally {
    await fresh.close();
  }
}

/**
 * Waits until the hot-seat decision timer runs, showing `shown` ("1:00 left" is on screen before the time starts, two
 * frames after the turn is drawn): fast-forwarding the clock earlier would move nothing.
 */
export async function timerRunning(page: Page, shown: RegExp = /1:00 left/, timeout = 10_000): Promise<void> {
  await page.locator('[role="timer"][data-running="true"]').filter({ hasText: shown }).first().waitFor({ timeout });
}

/** The turn's number keys: each shown key with its card's action, and whether the card can be chosen now. */
export async function cardKeys(page: Page): Promise<{ key: string; action: string; available: boolean }[]> {
  await waitForTd(page, 'the turn screen', (td) => td.phase === 'turn', 15_000);
  await page.locator('.td-card__key').first().waitFor({ timeout: 10_000 });
  return page.locator('.td-card').evaluateAll((cards) =>
    cards
      .map((li) => ({
        key: li.querySelector('.td-card__key')?.textContent ?? '',
        action: li.querySelector<HTMLElement>('[data-action]')?.dataset.action ?? '',
        available: !li.classList.contains('td-card--unavailable'),
      }))
      .filter((c) => c.key !== ''),
  );
}

/**
 * How many action cards of the turn screen are wholly in view: inside the window, inside the card pane and above its
 * sticky footer (the confirm bar), not hidden by the filter.
 */
export async function cardsInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    const pane = document.querySelector('.td-cards')?.getBoundingClientRect();
    const footer = document.querySelector('.td-cards__footer')?.getBoundingClientRect();
    if (!pane || !footer) return 0;
    const top = Math.max(0, pane.top);
    const bottom = Math.min(window.innerHeight, pane.bottom, footer.top);
    return [...document.querySelectorAll('.td-card')]
      .map((card) => card.getBoundingClientRect())
      .filter((r) => r.height > 0 && r.top >= top - 0.5 && r.bottom <= bottom + 0.5 && r.left >= pane.left && r.right <= pane.right).length;
  });
}

/**
 * What sticks out on a play screen: a panel (header, map, cards, side column) outside the window or scrolling sideways,
 * and any element wider than its panel or, in the header (which does not scroll), below it. Empty when all fits.
 */
export async function overflowingPanels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const name = (e: Element): string =>
      `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent ?? '').trim().slice(0, 30)}"`;
    for (const selector of ['.td-header', '.td-map', '.td-cards', '.td-side', '.td-reveal']) {
      const panel = document.querySelector(selector);
      if (!panel) continue;
      const p = panel.getBoundingClientRect();
      if (p.left < -0.5 || p.top < -0.5 || p.right > window.innerWidth + 0.5 || p.bottom > window.innerHeight + 0.5)
        out.push(`${selector} is outside the window`);
      if (panel.scrollWidth > panel.clientWidth + 1) out.push(`${selector} scrolls sideways (${panel.scrollWidth} > ${panel.clientWidth})`);
      for (const e of panel.querySelectorAll('*')) {
        const r = e.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (r.left < p.left - 1 || r.right > p.right + 1) out.push(`${name(e)} is wider than ${selector}`);
        if (selector === '.td-header' && r.bottom > p.bottom + 1) out.push(`${name(e)} is below the header`);
      }
    }
    return out;
  });
}
