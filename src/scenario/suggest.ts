// "Did you mean" suggestions: the nearest allowed word by edit distance.

/** Levenshtein distance, with an early exit once it exceeds `limit` (input is untrusted, may be long). */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The closest candidate within a third of its length (at least 1, at most 3 edits), ignoring case; none if tied. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 100) return undefined;
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  let tied = false;
  for (const c of candidates) {
    const limit = Math.min(3, Math.max(1, Math.floor(c.length / 3)));
    const d = editDistance(w, c.toLowerCase(), limit);
    if (d > limit) continue;
    if (d < bestD) [best, bestD, tied] = [c, d, false];
    else if (d === bestD) tied = true;
  }
  return tied ? undefined : best;
}

/** `did you mean "x"?`, or an empty string when nothing is close. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const c = closest(word, candidates);
  return c === undefined ? '' : `did you mean ${JSON.stringify(c)}?`;
}
