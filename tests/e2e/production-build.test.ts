// The test hooks (window.__td, window.__tdGame, window.__tdReady) exist only in the browser suite's build (Vite mode
// "e2e"): `npm run build`'s output has none of them, so the fog of trust cannot be read from the developer tools.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildApp, ROOT } from './harness.js';

/** Every JavaScript file and the HTML of a build, with the names of the hooks each mentions. */
function hooksIn(dir: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(m?js|html)$/.test(entry.name)) {
        const names = [...new Set(readFileSync(path, 'utf8').match(/__td[A-Za-z]*/g) ?? [])];
        found.set(path.slice(dir.length + 1), names);
      }
    }
  };
  walk(dir);
  return found;
}

describe('test hooks only in test builds', () => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'td-production-'));
    // Exactly what `npm run build` does (vite build, mode "production"), into a temporary directory.
    await buildApp(dir, 'production');
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the production bundle names no test hook in any of its files', () => {
    const files = hooksIn(dir);
    expect([...files.keys()].filter((f) => f.endsWith('.js')).length, 'the build has JavaScript chunks').toBeGreaterThan(5);
    const leaks = [...files].filter(([, names]) => names.length > 0).map(([file, names]) => `${file}: ${names.join(', ')}`);
    expect(leaks).toEqual([]);
  });

  test('the one-file build (`npm run build:single`, mode "production") names none either', async () => {
    const { build } = await import('vite');
    const single = mkdtempSync(join(tmpdir(), 'td-production-single-'));
    try {
      await build({
        root: ROOT,
        configFile: join(ROOT, 'vite.single.config.ts'),
        mode: 'production',
        logLevel: 'error',
        build: { outDir: single, emptyOutDir: true, reportCompressedSize: false },
      });
      const files = hooksIn(single);
      expect([...files.keys()]).toContain('trust-deficit.html');
      expect([...files].filter(([, names]) => names.length > 0)).toEqual([]);
    } finally {
      rmSync(single, { recursive: true, force: true });
    }
  });

  test("the browser suite's own build does expose them (the grep above would see them)", () => {
    const names = new Set([...hooksIn(inject('appDir')).values()].flat());
    expect([...names].sort()).toEqual(['__td', '__tdFrameLimit', '__tdGame', '__tdReady']);
  });
});
