// Vite: builds Phaser from its source "core" entry with the Canvas renderer only (no WebGL, no sound), so
// the initial bundle stays small; later scenes and the map load lazily. Two targets share this file:
// - the site (`npm run build`, `dist/`): relative paths, so the same folder plays at a domain root, under a
//   sub-path (GitHub Pages), from a school's web server or a USB stick; a service worker (vite-plugin-pwa,
//   Workbox) precaches it for offline play, with a web app manifest and icons;
// - one file (`npm run build:single`, vite.single.config.ts, `dist-single/trust-deficit.html`): everything
//   inlined (vite-plugin-singlefile), opened by double-click over file://; the Content-Security-Policy then
//   allows exactly the inlined script and style by their SHA-256 hashes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';

const root = fileURLToPath(new URL('./', import.meta.url));
const phaserCore = `${root}node_modules/phaser/src/phaser-core.js`;

// Phaser's sources test build flags with `typeof FLAG`; its own webpack build defines the whole
// expression, so do the same (a define of the bare name would leave `typeof false`, a truthy string).
const phaserFlags: Record<string, string> = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'false',
  'typeof WEBGL_DEBUG': 'false',
  'typeof EXPERIMENTAL': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
};

/** The name of the one-file build's output. */
export const SINGLE_FILE_NAME = 'trust-deficit.html';

/** The Content-Security-Policy of index.html's meta tag: the one policy, read from where it is written. */
export function metaCsp(html = readFileSync(`${root}index.html`, 'utf8')): string {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!meta?.[1]) throw new Error('index.html has no Content-Security-Policy meta tag');
  return meta[1];
}

/**
 * Headers of every response of the preview server (`npm start`): the meta policy plus what only a header can say
 * (`frame-ancestors`: no other page may frame the game), no MIME sniffing, no referrer. GitHub Pages cannot send
 * headers; there the meta policy alone applies.
 */
export function securityHeaders(csp = metaCsp()): Record<string, string> {
  return {
    'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/** Hashed build output (`assets/name-HASH.ext`) never changes under its name; everything else must be revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export function cacheControlFor(pathname: string): string {
  return /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(pathname) ? IMMUTABLE : REVALIDATE;
}

/**
 * The preview server (`npm start`): caching set before Vite's static middleware (which keeps a Cache-Control already
 * set), and, under the addresses Vite prints, what a teacher does with the network one.
 */
const previewServer: Plugin = {
  name: 'td-preview-server',
  configurePreviewServer(server) {
    server.middlewares.use((req, res: ServerResponse, next) => {
      const pathname = new URL(req.url ?? '/', 'http://preview.invalid').pathname;
      res.setHeader('Cache-Control', cacheControlFor(pathname));
      next();
    });
    server.httpServer.once('listening', () =>
      setTimeout(() => {
        const network = server.resolvedUrls?.network[0];
        if (network)
          server.config.logger.info(
            `\n  Students open the Network address (same Wi-Fi or school network). For replay links and QR codes that\n  work on their devices, put it in the game under Settings → Address for links and QR codes: ${network}\n`,
          );
      }, 0),
    );
  },
};

// The dev server injects CSS as inline <style> and talks to its client over a WebSocket: relax the CSP for
// `npm run dev` only; the built game keeps the strict policy of index.html.
const devCsp: Plugin = {
  name: 'td-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';").replace("connect-src 'self';", "connect-src 'self' ws: wss:;"),
};

/** The site's icons for iOS, which reads a link rather than the manifest (the one file has no icon files). */
const siteHead: Plugin = {
  name: 'td-site-head',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: './icons/apple-touch-icon.png' }, injectTo: 'head' }],
};

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Placeholders for the hashes of the one file's inline script and style, filled in once the code is inlined. */
const SCRIPT_HASHES = "'sha256-td-inline-script'";
const STYLE_HASHES = "'sha256-td-inline-style'";

/**
 * The one file's policy, before inlining: its script and style will be inline, allowed by their hashes (never
 * 'unsafe-inline'); a file:// page has no origin, so `'self'` grants nothing and no worker or connection is needed.
 */
export function singleFileCspTemplate(csp: string): string {
  return csp
    .replace("script-src 'self'", `script-src ${SCRIPT_HASHES}`)
    .replace("style-src 'self'", `style-src ${STYLE_HASHES}`)
    .replace("worker-src 'self' blob:", "worker-src 'none'")
    .replace("connect-src 'self'", "connect-src 'none'");
}

/** After vite-plugin-singlefile has inlined the code: the placeholders become the SHA-256 of each inline block. */
export function singleFileCsp(html: string): string {
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').filter((s) => s.length > 0);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  if (scripts.length === 0) throw new Error('the one-file build has no inline script');
  const csp = metaCsp(html);
  if (!csp.includes(SCRIPT_HASHES) || !csp.includes(STYLE_HASHES)) throw new Error('the one-file policy has no hash placeholders');
  const filled = csp
    .replace(SCRIPT_HASHES, scripts.map(sha256).join(' '))
    .replace(STYLE_HASHES, styles.length ? styles.map(sha256).join(' ') : "'none'");
  return html.replace(csp, filled);
}

const singleFileFinish: Plugin = {
  name: 'td-single-file-finish',
  apply: 'build',
  enforce: 'post',
  transformIndexHtml: { order: 'pre', handler: (html) => html.replace(metaCsp(html), singleFileCspTemplate(metaCsp(html))) },
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') throw new Error('the one-file build has no index.html');
      const rest = Object.keys(bundle).filter((name) => name !== 'index.html');
      if (rest.length > 0) throw new Error(`the one-file build left files beside the page: ${rest.join(', ')}`);
      const source = singleFileCsp(String(page.source));
      delete bundle['index.html'];
      this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source });
    },
  },
};

/** The manifest's icons (assets/icons, rendered from the SVGs by scripts/icons.ts). */
export const MANIFEST_ICONS = [
  { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
  { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
];

/** The service worker, the manifest and the icons (vite-plugin-pwa with Workbox's generateSW). */
function pwa(disable: boolean): Plugin[] {
  return VitePWA({
    disable,
    // The service worker as shipped, whatever NODE_ENV says (the browser tests build under NODE_ENV=test).
    mode: 'production',
    // Registered from src/ui/offline.ts (virtual:pwa-register), after the title is interactive.
    injectRegister: false,
    // A new version waits until the player chooses to reload: never under a running game.
    registerType: 'prompt',
    // With the manifest's icons (added by the plugin): the iOS icon. The SVG sources of the PNGs stay out.
    includeAssets: ['icons/apple-touch-icon.png'],
    manifest: {
      name: 'Trust Deficit',
      short_name: 'Trust Deficit',
      description: 'A serious game on NATO–Russia trust from the 2010 new start.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#0f172a',
      theme_color: '#0f172a',
      icons: MANIFEST_ICONS,
    },
    workbox: {
      // Everything the game can ask for: code, styles, the page, map data and scenarios (JS chunks); the icons and the
      // manifest are added by the plugin.
      globPatterns: ['**/*.{js,css,html}'],
      globIgnores: ['**/*.map'],
      // No client-side routes: only the page itself is navigated to (the state is in the #hash).
      navigateFallback: null,
      cleanupOutdatedCaches: true,
      clientsClaim: false,
      skipWaiting: false,
    },
  });
}

export interface Target {
  /** The one-file build (vite.single.config.ts). */
  single: boolean;
}

export function tdConfig({ single }: Target): UserConfig {
  return {
    base: './',
    plugins: [devCsp, previewServer, ...pwa(single), ...(single ? [viteSingleFile(), singleFileFinish] : [siteHead])],
    // The one file carries no icons or other files beside it.
    publicDir: single ? false : 'assets',
    resolve: {
      alias: [
        { find: /^phaser$/, replacement: phaserCore },
        // No worker file travels with the one file: "choices or luck" runs on the page (src/ui/workers/luck-client.ts).
        ...(single ? [{ find: /^\.\/luck-spawn\.js$/, replacement: `${root}src/ui/workers/luck-spawn-none.ts` }] : []),
      ],
    },
    define: {
      ...phaserFlags,
      // phaser-core.js ends with `global.Phaser = Phaser` (webpack's `global`).
      global: 'globalThis',
      __TD_SINGLE_FILE__: JSON.stringify(single),
    },
    optimizeDeps: {
      include: ['phaser'],
      rolldownOptions: { transform: { define: { ...phaserFlags, global: 'globalThis' } } },
    },
    worker: {
      format: 'es',
      // Hashed like every other file, under assets/, so it is cached as immutable.
      rolldownOptions: { output: { entryFileNames: 'assets/[name]-[hash].js', chunkFileNames: 'assets/[name]-[hash].js' } },
    },
    build: {
      target: 'es2022',
      outDir: single ? 'dist-single' : 'dist',
      sourcemap: !single,
      // Phaser's core is one ~600 KB (170 KB gzip) chunk by design; the budget is checked on gzip size by `npm run bench:web`.
      chunkSizeWarningLimit: single ? 100_000 : 700,
    },
    preview: {
      // On the classroom network: every interface, and Vite prints the local and the network address.
      host: true,
      port: 4173,
      strictPort: true,
      headers: securityHeaders(),
    },
  };
}

export default defineConfig(tdConfig({ single: false }));
