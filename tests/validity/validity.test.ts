// The model against theory and history (DESIGN.md 6, Model v2): every check holds on the real model and fails on the
// mutant that removes its mechanism, measured on seeded games of the full campaign (deterministic: no flake).
import { describe, expect, test } from 'vitest';
import { CHECKS, mutantChecks } from '../../src/analysis/validity.js';
import { loadShippedScenario } from '../golden/golden-files.js';

// 40 games per measurement in CI; TD_VALIDITY_RUNS=300 (or more) for a fuller run by hand.
const runs = Number(process.env.TD_VALIDITY_RUNS ?? 40);
const results = mutantChecks(loadShippedScenario('reset-2010').data, { runs });

describe(`validity on reset-2010 (${runs} games per measurement)`, () => {
  test.each(results.map((r) => [r.id, r] as const))('%s holds on the model and fails on its mutant', (_id, r) => {
    expect(r.real.passed, `${r.real.claim}\nmeasured: ${JSON.stringify(r.real.measured)}`).toBe(true);
    expect(r.mutated.passed, `mutant ${r.mutant} (${r.what}) should fail it\nmeasured: ${JSON.stringify(r.mutated.measured)}`).toBe(false);
  });

  test('every claim of DESIGN.md section 6 is checked, each with its own mutant', () => {
    for (const id of [
      'saturation',
      'reachability',
      'agency',
      'calibration',
      'cheap-talk',
      'reciprocity-without-noise',
      'echo-under-noise',
      'generous-keeps-trust',
      'grim-collapses',
      'hardliner-drives-trust-down',
      'hostility-never-raises-trust',
      'history',
      'reciprocated-cooperation-path',
      'payoff-structure',
      'missile-defence-hard',
      'allies-bind',
      'settlement-stays-rare',
    ])
      expect(Object.keys(CHECKS)).toContain(id);
  });
});

describe('a Transnistria settlement stays rare in transnistria-mediation too', () => {
  test('settlement-stays-rare holds on the model and fails without the parties’ consent', () => {
    const [r] = mutantChecks(loadShippedScenario('transnistria-mediation').data, { runs }, ['settlement-stays-rare']);
    expect(r!.real.passed, `measured: ${JSON.stringify(r!.real.measured)}`).toBe(true);
    expect(r!.mutated.passed, `mutant measured: ${JSON.stringify(r!.mutated.measured)}`).toBe(false);
  });
});
