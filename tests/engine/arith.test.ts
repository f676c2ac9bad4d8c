// Bayes' rule in odds form on basis points, and the one rounding rule (half up).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bayes, boundRatio, BP, divRound, mulRatio } from '../../src/engine/testing.js';

const LO = 100;
const HI = 9900;
const ratio = fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }));
const trust = fc.integer({ min: LO, max: HI });

describe('bayes', () => {
  test.each([[100], [2500], [4000], [5000], [7777], [9900]])('a likelihood ratio of 1 leaves trust %i unchanged', (t) => {
    expect(bayes(t, [1, 1], LO, HI)).toBe(t);
    expect(bayes(t, [7, 7], LO, HI)).toBe(t);
  });

  test.each([
    // [trust, ratio, expected]: p' = p·num / (p·num + (1−p)·den), rounded half up
    [5000, [3, 1], 7500],
    [5000, [1, 3], 2500],
    [4000, [2, 1], 5714], // 80 000 000 / 14 000 = 5714.28…
    [4000, [21, 20], 4118], // 840 000 000 / 204 000 = 4117.6…
    [2000, [1, 2], 1111], // 20 000 000 / 18 000 = 1111.1…
    [4000, [6, 5], 4444], // 240 000 000 / 54 000 = 4444.4…
    [6000, [3, 2], 6923], // 180 000 000 / 26 000 = 6923.07…
    [5000, [3, 5], 3750],
    [9800, [4, 1], 9900], // 9949.2… bounded above
    [200, [1, 4], 100], // 50.2… bounded below
  ] as const)('odds form: %i bp with ratio %j gives %i bp', (t, r, expected) => {
    expect(bayes(t, r, LO, HI)).toBe(expected);
  });

  test('exact halves round up: 1 bp with ratio [1, 1] and no bounds stays 1; 5000 with [1, 1999] rounds 4.9975 to 5', () => {
    expect(bayes(1, [1, 1], 0, BP)).toBe(1);
    expect(bayes(5000, [1, 1999], 0, BP)).toBe(5);
  });

  test('a ratio above 1 raises trust and a ratio below 1 lowers it (away from the bounds)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9000 }), fc.integer({ min: 2, max: 10 }), (t, k) => {
        expect(bayes(t, [k, 1], LO, HI)).toBeGreaterThan(t);
        expect(bayes(t, [1, k], LO, HI)).toBeLessThan(t);
      }),
    );
  });

  test('it never moves against the evidence: LR ≥ 1 never lowers, LR ≤ 1 never raises', () => {
    fc.assert(
      fc.property(trust, ratio, (t, [n, d]) => {
        const after = bayes(t, [n, d], LO, HI);
        if (n >= d) expect(after).toBeGreaterThanOrEqual(t);
        if (n <= d) expect(after).toBeLessThanOrEqual(t);
      }),
    );
  });

  test('it is monotone in the likelihood ratio', () => {
    fc.assert(
      fc.property(trust, ratio, ratio, (t, a, b) => {
        const [lo, hi] = a[0] * b[1] <= b[0] * a[1] ? [a, b] : [b, a];
        expect(bayes(t, lo, LO, HI)).toBeLessThanOrEqual(bayes(t, hi, LO, HI));
      }),
    );
  });

  test('it is monotone in the prior', () => {
    fc.assert(
      fc.property(trust, trust, ratio, (a, b, r) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(bayes(lo, r, LO, HI)).toBeLessThanOrEqual(bayes(hi, r, LO, HI));
      }),
    );
  });

  test('it stays within the bounds, whatever the evidence', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: BP }),
        fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 })),
        fc.integer({ min: 0, max: 4000 }),
        (t, r, lo) => {
          const hi = BP - lo;
          const after = bayes(t, r, lo, hi);
          expect(after).toBeGreaterThanOrEqual(lo);
          expect(after).toBeLessThanOrEqual(hi);
          expect(Number.isInteger(after)).toBe(true);
        },
      ),
    );
  });

  test('two updates equal one update by the product of the ratios, up to the rounding of the first (odds multiply)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9000 }), ratio, ratio, (t, [a, b], [c, d]) => {
        const twice = bayes(bayes(t, [a, b], 0, BP), [c, d], 0, BP);
        const once = bayes(t, [a * c, b * d], 0, BP);
        // the first rounding (≤ ½ bp) is stretched by at most the second ratio's factor
        expect(Math.abs(twice - once)).toBeLessThanOrEqual(Math.ceil(Math.max(c / d, d / c) / 2) + 1);
      }),
    );
  });
});

describe('divRound', () => {
  test.each([
    [0, 7, 0],
    [1, 3, 0], // 0.33
    [1, 2, 1], // 0.5 rounds up
    [2, 3, 1], // 0.67
    [3, 2, 2], // 1.5 rounds up
    [5, 2, 3], // 2.5 rounds up (not to even)
    [7, 7, 1],
    [14, 10, 1], // 1.4
    [15, 10, 2], // 1.5
    [25, 10, 3], // 2.5 up, not banker's 2
    [249, 100, 2],
    [250, 100, 3],
    [9_999_999, 10_000, 1000],
    [123_456_789, 1, 123_456_789],
  ] as const)('divRound(%i, %i) = %i', (a, b, expected) => {
    expect(divRound(a, b)).toBe(expected);
  });

  test('it is the nearest integer, halves up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), (a, b) => {
        const q = divRound(a, b);
        // |a/b − q| ≤ 1/2, and exactly 1/2 only when q is the upper neighbour
        expect(Math.abs(2 * a - 2 * q * b)).toBeLessThanOrEqual(b);
        if (2 * a - 2 * q * b === b) throw new Error(`half rounded down: ${a}/${b}`);
      }),
    );
  });
});

describe('mulRatio and boundRatio (the doctrines and payoffs combine evidence with them)', () => {
  test.each([
    [
      [2, 3],
      [3, 4],
      [1, 2],
    ],
    [
      [6, 1],
      [1, 4],
      [3, 2],
    ],
    [
      [5, 7],
      [7, 5],
      [1, 1],
    ],
    [
      [9, 10],
      [1, 1],
      [9, 10],
    ],
  ] as const)('mulRatio(%j, %j) = %j, reduced to lowest terms', (a, b, expected) => {
    expect(mulRatio(a, b)).toEqual(expected);
  });

  test('the product equals a/b × c/d exactly and is always in lowest terms', () => {
    const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
    fc.assert(
      fc.property(ratio, ratio, ([a, b], [c, d]) => {
        const [n, m] = mulRatio([a, b], [c, d]);
        expect(n * b * d).toBe(a * c * m);
        expect(gcd(n, m)).toBe(1);
      }),
    );
  });

  test.each([
    [[50, 1], 10, [10, 1]],
    [[1, 50], 10, [1, 10]],
    [[3, 2], 10, [3, 2]],
    [[10, 1], 10, [10, 1]],
  ] as const)('boundRatio(%j, %i) = %j', (r, max, expected) => {
    expect(boundRatio(r, max)).toEqual(expected);
  });
});
