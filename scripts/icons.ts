// Renders the app icons (assets/icons/*.svg) to the PNG sizes the web app manifest and iOS ask for, with Debian's
// Chromium (no download, no image library). Run by hand after changing an SVG: `npx tsx scripts/icons.ts`; the PNGs
// are committed, so a build needs neither Chromium nor this script.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/harness.js';

const dir = fileURLToPath(new URL('../assets/icons/', import.meta.url));

/** [source SVG, output PNG, size in pixels]. */
export const ICONS: [string, string, number][] = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  ['icon-maskable.svg', 'apple-touch-icon.png', 180],
];

async function main(): Promise<void> {
  const browser = await launch({ viewport: { width: 512, height: 512 } });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    for (const [svg, png, size] of ICONS) {
      const data = `data:image/svg+xml;base64,${readFileSync(dir + svg).toString('base64')}`;
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${data}" width="${size}" height="${size}"></body></html>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      await page.screenshot({ path: dir + png, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(`${png}: ${size}×${size}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
