/**
 * Levenshtein distance: the fewest insertions, deletions and substitutions from `a` to `b`. With
 * `max`, it stops as soon as the distance must exceed `max` and returns `max + 1`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(
        above + 1,
        previous[j - 1]! + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
      if (previous[j]! < best) best = previous[j]!;
    }
    if (best > max) return max + 1;
  }
  return previous[b.length]!;
}

/**
 * The known values nearest to `value`, for "did you mean" hints; at most `max`. A value within
 * `max(2, length / 4)` edits of a known one, or one that begins it or that it begins. The work is
 * bounded by the known values, whatever the length of `value`: a candidate whose length differs
 * by more than the edit budget is skipped without measuring, and the measure stops at the budget.
 */
export function suggest(value: string, known: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(value.length / 4));
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of known) {
    let distance: number;
    if (candidate.startsWith(value) || value.startsWith(candidate)) {
      distance = candidate === value ? 0 : 1;
    } else if (Math.abs(candidate.length - value.length) > limit) continue;
    else distance = editDistance(value, candidate, limit);
    if (distance <= limit) scored.push({ candidate, distance });
  }
  scored.sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, max).map((s) => s.candidate);
}
