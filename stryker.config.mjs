// Mutation testing of the engine's core (issue 14): StrykerJS with the Vitest runner, run by hand (`npm run mutation`),
// never in CI (it runs the engine's tests once per mutant). The score says how many small deliberate bugs in the model's
// arithmetic, beliefs, misreadings, payoffs and outcome rules a behaviour test notices. Widen `mutate` for a longer run.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutation/vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  mutate: [
    'src/engine/rng.ts',
    'src/engine/arith.ts',
    'src/engine/beliefs.ts',
    'src/engine/observe.ts',
    'src/engine/payoffs.ts',
    'src/engine/outcome.ts',
  ],
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  concurrency: 2,
  timeoutMS: 60_000,
};
