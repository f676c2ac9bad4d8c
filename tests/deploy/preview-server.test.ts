// `npm start`'s server (vite preview with the project's vite.config.ts): every interface, and on every response the
// security headers (the meta policy of index.html plus frame-ancestors, nosniff, no referrer); hashed assets cached
// for a year as immutable, everything else (the page, the service worker, the manifest) revalidated each time.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfigFromFile, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor, IMMUTABLE, metaCsp, REVALIDATE, securityHeaders } from '../../vite.config.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const configFile = join(root, 'vite.config.ts');
let dir: string;
let server: PreviewServer;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'td-preview-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), readFileSync(join(root, 'index.html')));
  writeFileSync(join(dir, 'assets/index-AbC12_-9.js'), 'export {};');
  writeFileSync(join(dir, 'sw.js'), '// service worker');
  writeFileSync(join(dir, 'manifest.webmanifest'), '{}');
  // The loopback only and any free port here; the real host and port are checked in the config below.
  server = await preview({
    root,
    configFile,
    logLevel: 'silent',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the preview server', () => {
  it('listens on every interface at port 4173, so that the classroom can reach it', async () => {
    const loaded = await loadConfigFromFile({ command: 'serve', mode: 'production', isPreview: true }, configFile);
    expect(loaded?.config.preview).toMatchObject({ host: true, port: 4173, strictPort: true });
  });

  it.each([
    ['/', REVALIDATE],
    ['/index.html', REVALIDATE],
    ['/sw.js', REVALIDATE],
    ['/manifest.webmanifest', REVALIDATE],
    ['/assets/index-AbC12_-9.js', IMMUTABLE],
  ])('%s: Cache-Control %s and the security headers', async (path, cache) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(cache);
    expect(response.headers.get('content-security-policy')).toBe(`${metaCsp()}; frame-ancestors 'none'`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('the header policy is the meta policy of index.html, with framing refused', () => {
    const meta = metaCsp();
    expect(meta).toMatch(/^default-src 'self'; script-src 'self';/);
    expect(securityHeaders()['Content-Security-Policy']).toBe(`${meta}; frame-ancestors 'none'`);
  });

  it.each([
    ['/assets/index-AbC12_-9.js', IMMUTABLE],
    ['/assets/luck-worker-BiNeQEBK.js', IMMUTABLE],
    ['/assets/index-CjStXKo-.css', IMMUTABLE],
    ['/assets/not-hashed.js', REVALIDATE],
    ['/icons/icon-192.png', REVALIDATE],
    ['/workbox-5377b522.js', REVALIDATE],
    ['/assets/sub/index-AbC12_-9.js', REVALIDATE],
  ])('cacheControlFor(%s) is %s', (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
  });
});
