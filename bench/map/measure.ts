// Builds the map bench page, serves it on 127.0.0.1, opens it in headless Chromium (software rendering) and prints
// the frame rate counted from requestAnimationFrame; also takes screenshots. Run: npx tsx bench/map/measure.ts [--shots DIR]
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/harness.ts';
import { BENCH_OUT } from './vite.config.ts';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path === '/' ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    }),
  );
}

const shotsArg = process.argv.indexOf('--shots');
const shots = shotsArg >= 0 ? (process.argv[shotsArg + 1] ?? '/tmp/map-shots') : null;

await build({ configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)), logLevel: 'warn' });
for (const f of readdirSync(join(BENCH_OUT, 'assets'))) {
  const buf = readFileSync(join(BENCH_OUT, 'assets', f));
  console.log(
    `chunk ${f}: ${(statSync(join(BENCH_OUT, 'assets', f)).size / 1024).toFixed(1)} KB, ${(gzipSync(buf).length / 1024).toFixed(1)} KB gzip`,
  );
}

const { server, url } = await serve(BENCH_OUT);
const userDataDir = mkdtempSync(join(tmpdir(), 'map-bench-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
  viewport: { width: 1280, height: 720 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const runs = [
    { name: 'full map, all markers pulsing, states cycling', query: '?world=2&pulse=1&cycle=1' },
    { name: 'full map, crisis state (alarm loops), no extra pulses', query: '?world=2' },
    { name: 'reduced motion, states cycling', query: '?world=1&cycle=1&reduced=1' },
  ];
  for (const run of runs) {
    await page.goto(url + run.query);
    await page.waitForFunction(() => window.__bench !== undefined, undefined, { timeout: 30_000 });
    const r = await page.evaluate(() => window.__bench!);
    console.log(
      `${run.name}: ${r.fps.toFixed(1)} fps (${r.frames} frames / ${r.seconds} s); atlas import ${r.importMs.toFixed(1)} ms, projection ${r.buildMs.toFixed(1)} ms, view ${r.viewMs.toFixed(1)} ms, ${r.countries} countries`,
    );
  }
  if (shots) {
    mkdirSync(shots, { recursive: true });
    for (const [i, name] of ['start', 'cooperative', 'crisis'].entries()) {
      await page.goto(`${url}?world=${i}&seconds=0.1`);
      await page.waitForFunction(() => window.__bench !== undefined);
      await page.screenshot({ path: join(shots, `map-${name}.png`) });
      console.log(`screenshot ${join(shots, `map-${name}.png`)}`);
    }
    await page.goto(`${url}?world=1&seconds=0.1`);
    await page.waitForFunction(() => window.__bench !== undefined);
    await page.screenshot({ path: join(shots, 'map-detail.png'), clip: { x: 300, y: 150, width: 640, height: 400 } });
    const dataUrl = await page.evaluate(() => {
      const source = window.__game!.textures.get('map-static-1').getSourceImage() as HTMLCanvasElement;
      const crop = document.createElement('canvas');
      crop.width = 600;
      crop.height = 440;
      crop.getContext('2d')!.drawImage(source, 0, 490, 300, 220, 0, 0, 600, 440);
      return crop.toDataURL('image/png');
    });
    writeFileSync(join(shots, 'map-inset.png'), Buffer.from(dataUrl.split(',')[1] ?? '', 'base64'));
    await page.goto(`${url}?world=2&pulse=1&seconds=0.1`);
    await page.waitForFunction(() => window.__ready === true);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(shots, 'map-pulsing.png') });
    const label = await page.getAttribute('#game', 'aria-label');
    console.log(`aria-label: ${label ?? ''}`);
  }
} finally {
  await context.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
