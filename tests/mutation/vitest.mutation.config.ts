// The tests a mutation run of the engine's core (stryker.config.mjs) measures: the engine's behaviour tests only.
// The golden replays are left out on purpose: they catch any change by its hash, and `npm run golden:update` would
// absorb it, so they would hide which mutations no behaviour test notices.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../../', import.meta.url)),
  test: {
    include: ['tests/engine/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    env: { TD_NO_PROGRESS: '1', TD_PROPERTY_RUNS: '200' },
  },
});
