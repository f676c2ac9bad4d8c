// The hot-seat hand-over as a class uses it (issue 12, bugs 1 and 2): a second Enter after NATO's confirmation must not
// open Russia's screen in front of NATO's team (the second team takes the device with a distinct action: it types its
// side's initial); NATO's sealed choice is autosaved at the hand-over, so Escape asks first and a reload (F5, Back)
// comes back to the hand-over with NATO's choice kept, not to an empty NATO turn. Under fog, after the shared report the
// next half-year opens on the hand-over to NATO's team: NATO's trust is not on screen until it types N (Russia's team
// watched the report). Screenshots: handover-*.png.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fullText, pressedActions, startHotseat, takeHandover } from './classroom-flows.js';
import { confirmTurn, nextFromResolution, openTitle, timerRunning } from './flows.js';
import { expectNoErrors, launch, pressButton, screenshot, waitForTd, watchedPage, type Browser } from './harness.js';

interface Saved {
  replay: { turns: { nato: string[]; russia: string[] }[] };
  at: { phase: string; chosen?: { nato?: string[] } };
}

/** The save in the current autosave slot (what Continue would restore). */
async function savedGame(page: Page): Promise<Saved> {
  const text = await page.evaluate(() => localStorage.getItem(`td.save.${localStorage.getItem('td.save.current')}`) ?? 'null');
  return JSON.parse(text) as Saved;
}

/** From the title, Continue (menu key 2) and wait for the restored game's screen. */
async function continueGame(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: /continue/i })
    .first()
    .waitFor({ timeout: 15_000 });
  await expect
    .poll(
      () =>
        page
          .getByRole('button', { name: /continue/i })
          .first()
          .getAttribute('aria-disabled'),
      { timeout: 10_000 },
    )
    .toBeNull();
  await pressButton(page, /continue/i);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  await browser?.close();
});

// About forty seconds left: the clock runs on in real time after a fast-forward, so a loaded machine may already read 0:39.
const FORTY_OR_JUST_UNDER = /0:(40|3[5-9]) left/;

describe('the hot-seat hand-over', () => {
  test("Enters after NATO's confirmation stay on the hand-over; Russia's team types R to take the device", async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await page.clock.install();
    await openTitle(page, inject('baseURL'));
    await startHotseat(page, { seed: 'e2e-double-enter', timer: /^1 minute/i });
    await page.keyboard.press('1');
    await confirmTurn(page);
    // More Enters after the confirmation, a moment later (the class's "did it take?").
    await page.waitForTimeout(200);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    const td = await waitForTd(page, 'a screen', () => true);
    expect(td.phase, 'the extra Enters stay on the hand-over').toBe('handover');
    const shown = await fullText(page);
    expect(shown).not.toMatch(/Russia's trust in NATO/);
    expect(shown).toMatch(/Pass the device to Team Russia/);
    // Space, the wrong letter and a held Enter do nothing either.
    await page.keyboard.press('Space');
    await page.keyboard.type('n');
    await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    expect((await waitForTd(page, 'a screen', () => true)).phase).toBe('handover');
    await screenshot(page, 'handover-ready');
    await takeHandover(page, 'R');
    await timerRunning(page);
    expect(await fullText(page)).toMatch(/Team Russia chooses for Russia/);

    // The shared report, then the next half-year: the hand-over to NATO's team, with nothing of NATO's trust (nor of
    // Russia's) until NATO's team types N; Enter, Space and Russia's letter do nothing there.
    await confirmTurn(page);
    await nextFromResolution(page);
    const td2 = await waitForTd(page, 'the next half-year', () => true);
    expect([td2.phase, td2.side], 'the half-year opens on the hand-over to NATO').toEqual(['handover', 'nato']);
    const before = await fullText(page);
    expect(before).toMatch(/Pass the device to Team NATO\./);
    expect(before, "NATO's trust before NATO's team holds the device").not.toMatch(/trust in|\d+ ?%/i);
    expect(await page.locator('.td-gauge, [data-action]').count(), 'no gauge and no card on the hand-over').toBe(0);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    await page.keyboard.type('r');
    expect((await waitForTd(page, 'a screen', () => true)).phase).toBe('handover');
    expect(await fullText(page)).not.toMatch(/NATO's trust in Russia/);
    await screenshot(page, 'handover-nato');
    await takeHandover(page, 'N');
    const after = await fullText(page);
    expect(after).toMatch(/NATO's trust in Russia/);
    expect(after).toMatch(/Russia's trust in NATO\s*hidden \(fog of trust\)/);
    expect(after).toMatch(/For Team NATO only: your government is (a partner|an adversary)/);
    expectNoErrors(w);
  });

  test("NATO's sealed choice survives Escape and a reload during Russia's turn: leaving asks first, the game comes back to the hand-over", async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await page.clock.install();
    await openTitle(page, inject('baseURL'));
    await startHotseat(page, { seed: 'e2e-leave', timer: /^1 minute/i });
    await page.keyboard.press('1');
    const natoChose = await pressedActions(page);
    expect(natoChose).toHaveLength(1);
    await confirmTurn(page);
    // Autosaved at the hand-over: NATO's choice sealed in the save, nothing of it on screen.
    await waitForTd(page, 'the hand-over', (td) => td.phase === 'handover');
    await expect.poll(async () => (await savedGame(page))?.at.chosen?.nato).toEqual(natoChose);
    await takeHandover(page);

    // Escape on Russia's turn asks before leaving; "Keep playing" (the default) stays on the turn.
    await page.keyboard.press('Escape');
    const dialog = page.getByRole('alertdialog', { name: /leave the game/i });
    await dialog.waitFor({ timeout: 5_000 });
    expect(await dialog.innerText()).toMatch(/saved/i);
    await screenshot(page, 'handover-leave');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await waitForTd(page, 'a screen', () => true)).phase).toBe('turn');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ timeout: 5_000 });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await waitForTd(page, 'a screen', () => true)).side).toBe('russia');

    // Leaving for real, then Continue: the hand-over again (the device may be in NATO's hands), NATO's choice kept.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ timeout: 5_000 });
    await pressButton(page, /leave the game/i);
    await page
      .getByRole('button', { name: /new game/i })
      .first()
      .waitFor({ timeout: 10_000 });
    await continueGame(page);
    await waitForTd(page, 'the hand-over after Continue', (td) => td.phase === 'handover' && td.side === 'russia', 15_000);
    await takeHandover(page);

    // Twenty seconds of Russia's minute go by, once its timer runs (it starts two frames after the screen is drawn, while
    // "1:00 left" shows from the first: a loaded machine fast-forwarded the clock before the timer existed).
    await timerRunning(page);
    await page.clock.fastForward(20_000);
    await page.getByText(FORTY_OR_JUST_UNDER).first().waitFor({ timeout: 5_000 });
    // F5 (or Back) during Russia's turn: the browser asks first; after the reload, Continue comes back to the hand-over
    // and Russia's timer goes on from where it stood.
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.type());
      void d.accept();
    });
    await page.reload();
    expect(asked).toEqual(['beforeunload']);
    // The title's Continue says what the save is: a hot-seat game of two teams, NATO's team having chosen.
    const hint = page.locator('#hint-continue');
    await expect.poll(() => hint.innerText(), { timeout: 10_000 }).toMatch(/Team NATO and Team Russia/);
    expect(await hint.innerText()).toMatch(/half-year 1 of 5: Team NATO has chosen, the hand-over next/);
    expect(await hint.innerText()).not.toMatch(/playing NATO/);
    await page
      .getByRole('button', { name: /new game/i })
      .first()
      .waitFor({ timeout: 15_000 });
    await continueGame(page);
    await waitForTd(page, 'the hand-over after a reload', (td) => td.phase === 'handover' && td.side === 'russia', 15_000);
    expect(await fullText(page)).not.toMatch(/trust in/i);
    await takeHandover(page);
    await page.getByText(FORTY_OR_JUST_UNDER).first().waitFor({ timeout: 5_000 });
    await confirmTurn(page);
    await waitForTd(page, 'the resolution', (td) => td.phase === 'resolution' && td.turnsPlayed === 1, 15_000);
    const saved = await savedGame(page);
    expect(saved.replay.turns[0]!.nato, "NATO's choice, made before both trips away, is the one played").toEqual(natoChose);
    expectNoErrors(w);
  });
});
