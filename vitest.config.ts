import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Sized for a loaded 2-core machine (the 1,000-game property test takes ~9 s when quiet and passed 60 s under load);
    // speed is measured by bench/, never asserted here.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // The CLI's progress lines are for a terminal; the tests read stderr and expect none.
    env: { TD_NO_PROGRESS: '1' },
  },
});
