// Whole-percent shares that add up to exactly 100 (largest-remainder rounding, Hamilton's method): each share is first
// rounded down, then the points left go to the largest remainders (ties: the earlier entry). Rounding each share on its
// own can show 101 % or 99 %.
export function largestRemainder(counts: readonly number[], total = 100): number[] {
  const sum = counts.reduce((a, b) => a + b, 0);
  if (sum <= 0) return counts.map(() => 0);
  // Integer arithmetic: floor(count × total / sum) and the remainder, compared exactly.
  const floors = counts.map((c) => Math.floor((c * total) / sum));
  const remainders = counts.map((c, i) => c * total - floors[i]! * sum);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = counts.map((_, i) => i).sort((a, b) => remainders[b]! - remainders[a]! || a - b);
  for (const i of order) {
    if (left <= 0) break;
    if (remainders[i]! > 0) {
      floors[i]! += 1;
      left -= 1;
    }
  }
  return floors;
}
