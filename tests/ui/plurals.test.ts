// Counts in sentences go through Intl.PluralRules (issue 11): "1 half-year", "2 half-years", never "1 half-years".
import { describe, expect, it } from 'vitest';
import { strings, tn, type PluralId } from '../../src/ui/strings.js';

describe('tn, the plural helper', () => {
  it.each([
    [0, 'Confirm 0 actions…'],
    [1, 'Confirm 1 action…'],
    [2, 'Confirm 2 actions…'],
    [21, 'Confirm 21 actions…'],
  ])('picks the form for %i', (n, text) => {
    expect(tn('turn.confirm.n', n)).toBe(text);
  });

  it('fills the other placeholders too', () => {
    expect(tn('turn.confirmStep.actions', 1, { side: 'NATO', spent: 2, total: 5 })).toBe('NATO will take 1 action, capital 2 of 5:');
  });

  it('every plural id has both English forms, each saying {n}', () => {
    const ids = new Set(Object.keys(strings));
    const bases = [...ids].flatMap((id) =>
      id.endsWith('.other') && ids.has(id.replace(/other$/, 'one')) ? [id.replace(/\.other$/, '')] : [],
    );
    expect(bases.length).toBeGreaterThan(0);
    for (const base of bases) {
      const table = strings as Record<string, string>;
      expect(table[`${base}.one`], `${base}.one`).toMatch(/\{n\}/);
      expect(table[`${base}.other`], `${base}.other`).toMatch(/\{n\}/);
      expect(tn(base as PluralId, 1)).not.toBe(tn(base as PluralId, 2).replace('2', '1'));
    }
  });
});
