// Shares of "choices or luck" add up to exactly 100 % (largest-remainder rounding).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestRemainder } from '../../src/analysis/shares.js';

describe('largestRemainder', () => {
  it.each([
    [
      [1, 1, 1],
      [34, 33, 33],
    ],
    [
      [82, 118],
      [41, 59],
    ],
    [
      [0, 0],
      [0, 0],
    ],
    [[200], [100]],
    [
      [23, 177, 0, 0, 0],
      [12, 88, 0, 0, 0],
    ],
  ])('%j → %j', (counts, shares) => {
    expect(largestRemainder(counts)).toEqual(shares);
  });

  it('where rounding each share gives 101, it gives 100', () => {
    const counts = [23, 177];
    expect(counts.map((c) => Math.round((100 * c) / 200)).reduce((a, b) => a + b)).toBe(101);
    expect(largestRemainder(counts)).toEqual([12, 88]);
    const odd = [1, 1, 1];
    expect(odd.map((c) => Math.round((100 * c) / 3)).reduce((a, b) => a + b)).toBe(99);
    expect(largestRemainder(odd).reduce((a, b) => a + b)).toBe(100);
  });

  it('always sums to 100 and stays within a point of the exact share', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(500), { minLength: 1, maxLength: 6 }), (counts) => {
        const sum = counts.reduce((a, b) => a + b, 0);
        const shares = largestRemainder(counts);
        if (sum === 0) return shares.every((s) => s === 0);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
        counts.forEach((c, i) => expect(Math.abs(shares[i]! - (100 * c) / sum)).toBeLessThan(1));
        // Nothing from nothing.
        counts.forEach((c, i) => c === 0 && expect(shares[i]).toBe(0));
        return true;
      }),
    );
  });
});
