// No file cycles in src/ (type imports included): a cycle means two modules that can only be understood, tested and
// changed together. dependency-cruiser reads the imports; the fixture's deliberate cycle proves the check can fail.
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Each cycle as "a → b → a", from the files under `paths`. */
async function cycles(paths: string[]): Promise<string[]> {
  const result = await cruise(
    paths,
    {
      baseDir: ROOT,
      tsPreCompilationDeps: true,
      exclude: { path: '^src/(types/|vite-env[.]d[.]ts$)' },
      doNotFollow: { path: 'node_modules' },
      validate: true,
      ruleSet: { forbidden: [{ name: 'no-circular', severity: 'error', from: {}, to: { circular: true } }] },
    },
    undefined,
    { tsConfig: { fileName: `${ROOT}tsconfig.json` } },
  );
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => [v.from, ...(v.cycle ?? []).map((step) => step.name)].join(' → '));
}

describe('import cycles', () => {
  test('the check reports a cycle (the fixture: a.ts ↔ b.ts, one way a type import)', async () => {
    expect(await cycles(['tests/fixtures/cycle'])).toEqual([
      expect.stringMatching(/^tests\/fixtures\/cycle\/[ab]\.ts → .* → tests\/fixtures\/cycle\/[ab]\.ts$/),
    ]);
  }, 60_000);

  test('src/ has no file cycle', async () => {
    // The last one (engine/beliefs ↔ engine/step) was untied by moving the step's context and log into engine/log.ts.
    expect(await cycles(['src'])).toEqual([]);
  }, 120_000);
});
