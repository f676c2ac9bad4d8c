// The model against theory and history (GAME.md 6), measured on many seeds of the full campaign, asserted with margins.
import { describe, expect, test } from 'vitest';
import { allChecks } from '../../src/analysis/validity.js';
import { DOCTRINES } from '../../src/engine/index.js';
import { loadShippedScenario } from '../golden/golden-files.js';

// 200 games per measurement in CI; TD_VALIDITY_RUNS=2000 for a fuller run by hand.
const runs = Number(process.env.TD_VALIDITY_RUNS ?? 200);
const checks = allChecks(loadShippedScenario('reset-2010'), { runs }, DOCTRINES);

describe(`validity on reset-2010 (${runs} games per measurement)`, () => {
  test.each(checks.map((c) => [c.id, c] as const))('%s', (_id, check) => {
    expect(check.passed, `${check.claim}\nmeasured: ${JSON.stringify(check.measured)}`).toBe(true);
  });

  test('every claim of GAME.md section 6 is checked', () => {
    const ids = new Set(checks.map((c) => c.id));
    for (const id of ['reciprocity-without-noise', 'echo-under-noise', 'generous-keeps-trust', 'grim-collapses', 'cheap-talk', 'hostility-never-raises-trust', 'history-2014', 'reciprocated-cooperation-path']) {
      expect(ids).toContain(id);
    }
    for (const doctrine of DOCTRINES) expect(ids).toContain(`hardliner-vs-${doctrine}`);
  });
});
