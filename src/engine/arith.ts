// Exact integer arithmetic for the model: the only rounding rule is half up, on non-negative quotients.

export const BP = 10_000;

/** Rounds a/b half up; a ≥ 0, b > 0, both safe integers. */
export function divRound(a: number, b: number): number {
  return Math.floor((2 * a + b) / (2 * b));
}

export function clamp(value: number, lo: number, hi: number): number {
  return value < lo ? lo : value > hi ? hi : value;
}

export type Fraction = readonly [number, number];

/** Limits a ratio to [1/maxFactor, maxFactor] so that one observation moves the odds by a bounded factor. */
export function boundRatio([num, den]: Fraction, maxFactor: number): Fraction {
  if (num > den * maxFactor) return [maxFactor, 1];
  if (den > num * maxFactor) return [1, maxFactor];
  return [num, den];
}

/**
 * Bayes' rule in odds form on a belief held in basis points:
 * odds' = odds × num/den, so p' = p·num / (p·num + (1−p)·den), rounded half up, then bounded.
 */
export function bayes(trustBp: number, [num, den]: Fraction, lo: number, hi: number): number {
  const a = trustBp * num;
  const b = (BP - trustBp) * den;
  return clamp(divRound(BP * a, a + b), lo, hi);
}

/** Multiplies two fractions, reducing by the gcd so that repeated products stay small. */
export function mulRatio([a, b]: Fraction, [c, d]: Fraction): Fraction {
  const n = a * c;
  const m = b * d;
  const g = gcd(n, m);
  return [n / g, m / g];
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
