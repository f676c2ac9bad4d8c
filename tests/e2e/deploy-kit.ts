// What the deployment tests share: the built app served under a sub-path (as a GitHub Pages project site is) by a
// server that can go down (no network at all), a record of every request the browser makes, and a QR decoder.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import jsQR from 'jsqr';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { MIME, ROOT, screenshot } from './harness.js';

/** The sub-path of the tests: what `https://USER.github.io/trust-deficit/` serves under. */
export const SUB_PATH = '/trust-deficit/';

/**
 * Chromium resolves no host but the loopback: a request to any other origin fails at once (and is recorded), instead
 * of waiting on a network that this machine does not have.
 */
export const LOOPBACK_ONLY = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

export interface SubPathServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** The game's address: origin + SUB_PATH. */
  url: string;
  /** Every request that reached the server: `STATUS PATH`. */
  log: string[];
  /** While true, every connection is cut before an answer: the network is gone. */
  down: boolean;
  close(): Promise<void>;
}

/** Serves `dir` at SUB_PATH only (anything else is a 404, so an absolute path in the build shows up as one). */
export async function serveAtSubPath(dir: string): Promise<SubPathServer> {
  const sockets = new Set<Socket>();
  const state: SubPathServer = { origin: '', url: '', log: [], down: false, close: () => Promise.resolve() };
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (state.down) {
      state.log.push(`cut ${pathname}`);
      req.socket.destroy();
      return;
    }
    const answer = (status: number, headers: Record<string, string> = {}, body?: Buffer | string): void => {
      state.log.push(`${status} ${pathname}`);
      res.writeHead(status, headers).end(body);
    };
    if (!pathname.startsWith(SUB_PATH)) return answer(404, { 'content-type': 'text/plain' }, 'not found');
    let file = normalize(join(dir, pathname.slice(SUB_PATH.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return answer(403);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return answer(404, { 'content-type': 'text/plain' }, 'not found');
    answer(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }, readFileSync(file));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  state.origin = `http://127.0.0.1:${port}`;
  state.url = `${state.origin}${SUB_PATH}`;
  state.close = () =>
    new Promise<void>((done) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => done());
    });
  return state;
}

/** Builds the one file (vite.single.config.ts) into `outDir`; returns the page's path. */
export async function buildSingleFile(outDir: string): Promise<string> {
  const { build } = await import('vite');
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.single.config.ts'),
    // The mode of every test build, in which the pages expose window.__td (the harness's TEST_MODE on main).
    mode: 'e2e',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, reportCompressedSize: false },
  });
  return join(outDir, 'trust-deficit.html');
}

/** Every URL the browser asked for, from pages and workers (service worker included), in order. */
export function recordRequests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (request) => seen.push(request.url()));
  context.on('requestfailed', (request) => seen.push(request.url()));
  return seen;
}

/** The requests that went anywhere but `origin` (data: and blob: URLs are the page's own bytes). */
export function foreignRequests(urls: string[], origin: string): string[] {
  return [...new Set(urls)].filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    if (origin === 'file://') return !url.startsWith('file://');
    try {
      return new URL(url).origin !== origin;
    } catch {
      return true;
    }
  });
}

/** Reads the QR code drawn by `svg` (an <svg> on the page), as a phone's camera would: pixels in, text out. */
export async function decodeQr(svg: Locator): Promise<string> {
  const image = await svg.evaluate(async (node) => {
    const modules = Number((node as SVGSVGElement).dataset.modules ?? '0');
    const scale = 6;
    const size = modules * scale;
    const source = new XMLSerializer().serializeToString(node);
    const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
    try {
      const img = new Image(size, size);
      img.src = url;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const g = canvas.getContext('2d');
      if (!g) throw new Error('no 2d canvas');
      g.imageSmoothingEnabled = false;
      g.drawImage(img, 0, 0, size, size);
      return { size, pixels: Array.from(g.getImageData(0, 0, size, size).data) };
    } finally {
      URL.revokeObjectURL(url);
    }
  });
  if (image.size === 0) throw new Error('the QR code has no modules');
  const found = jsQR(Uint8ClampedArray.from(image.pixels), image.size, image.size);
  if (!found) throw new Error('no QR code could be read from the image');
  return found.data;
}

/** Screenshots NAME-1280x720 and NAME-1920x1080 (the two reference sizes); back to 1280×800 after. */
export async function shots(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(150);
    await screenshot(page, `${name}-${width}x${height}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}
