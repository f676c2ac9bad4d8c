// The hot-seat hand-over as a class uses it (issue 12, bugs 1 and 2): a second Enter after NATO's confirmation must not
// open Russia's screen in front of NATO's team (the second team takes the device with a distinct action: it types its
// side's initial); NATO's sealed choice is autosaved at the hand-over, so Escape asks first and a reload (F5, Back)
// comes back to the hand-over with NATO's choice kept, not to an empty NATO turn. Screenshots: handover-*.png.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { fullText, startHotseat, takeHandover } from './classroom-flows.js';
import { openTitle } from './flows.js';
import { expectNoErrors, launch, screenshot, waitForTd, watchedPage, type Browser } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  await browser?.close();
});

describe('the hot-seat hand-over', () => {
  test("a double Enter after NATO's confirmation stays on the hand-over; Russia's team types R to take the device", async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await page.clock.install();
    await openTitle(page, inject('baseURL'));
    await startHotseat(page, { seed: 'e2e-double-enter', timer: /^1 minute/i });
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    // The second Enter of a double press, a moment later (the class's "did it take?").
    await page.waitForTimeout(200);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    const td = await waitForTd(page, 'a screen', () => true);
    expect(td.phase, 'the double Enter stays on the hand-over').toBe('handover');
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
    await page
      .getByText(/1:00 left/)
      .first()
      .waitFor({ timeout: 5_000 });
    expect(await fullText(page)).toMatch(/Team Russia chooses for Russia/);
    expectNoErrors(w);
  });
});
