// Vite: builds Phaser from its source "core" entry with the Canvas renderer only (no WebGL, no sound), so
// the initial bundle stays small; later scenes and the map load lazily.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const phaserCore = fileURLToPath(new URL('./node_modules/phaser/src/phaser-core.js', import.meta.url));

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

// The dev server injects CSS as inline <style> and talks to its client over a WebSocket: relax the CSP for
// `npm run dev` only; the built game keeps the strict policy of index.html.
const devCsp: Plugin = {
  name: 'td-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';").replace("connect-src 'self';", "connect-src 'self' ws: wss:;"),
};

export default defineConfig({
  base: './',
  plugins: [devCsp],
  publicDir: 'assets',
  resolve: {
    alias: [{ find: /^phaser$/, replacement: phaserCore }],
  },
  define: {
    ...phaserFlags,
    // phaser-core.js ends with `global.Phaser = Phaser` (webpack's `global`).
    global: 'globalThis',
  },
  optimizeDeps: {
    include: ['phaser'],
    rolldownOptions: { transform: { define: { ...phaserFlags, global: 'globalThis' } } },
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    sourcemap: true,
    // Phaser's core is one ~580 KB (160 KB gzip) chunk by design; the budget is checked on gzip size by the browser tests.
    chunkSizeWarningLimit: 700,
  },
});
