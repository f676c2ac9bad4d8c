// The browser suite: Debian's Chromium driven by playwright-core over the built app. Two files at a time (each
// launches its own browser and profile; the whole suite passed this way on a 2-core machine at load 11), long timeouts
// (a full reset-2010 game is 21 turns played with the keyboard).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../../', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    setupFiles: ['tests/e2e/setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    // Sized for a loaded 2-core machine: the longest tests (the offline deploy game, 21 turns of reset-2010) take about
    // 75 s at load 10 and twice that at load 20; a timeout only ever decides how long a hung test takes to fail.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    reporters: ['default'],
  },
});
