/**
 * Average ranks ("fractional ranking"): the values are ranked from 1 to n in
 * ascending order, and each group of tied values gets the mean of the ranks
 * it spans. This is `scipy.stats.rankdata(values, method='average')` and R's
 * `rank(ties.method = "average")`.
 *
 * Also returned are the sizes of the tie groups (groups of more than one
 * equal value), from which rank tests compute their tie corrections, e.g.
 * the Mann–Whitney variance term Σ(t³ − t).
 *
 * NaN has no place in an order: callers remove or replace missing values
 * first; a NaN here throws a RangeError.
 *
 * References:
 * - M. G. Kendall, "Rank Correlation Methods", 4th ed., Griffin, 1970, ch. 3 (tied ranks).
 * - scipy.stats.rankdata, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.rankdata.html
 */
export interface Ranking {
  /** Rank of each value, in the input's order (1-based, ties averaged). */
  ranks: Float64Array;
  /** Sizes of the groups of tied values (only groups of size ≥ 2), in ascending order of value. */
  tieGroups: number[];
}

export function rank(values: ArrayLike<number>): Ranking {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(values[i])) throw new RangeError(`rank: value ${i} is NaN`);
    order[i] = i;
  }
  order.sort((a, b) => values[a] - values[b]);
  const ranks = new Float64Array(n);
  const tieGroups: number[] = [];
  let start = 0;
  while (start < n) {
    let end = start + 1;
    const v = values[order[start]];
    while (end < n && values[order[end]] === v) end++;
    // Positions start..end-1 hold ranks start+1..end; their mean is (start + 1 + end) / 2.
    const r = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]] = r;
    if (end - start > 1) tieGroups.push(end - start);
    start = end;
  }
  return { ranks, tieGroups };
}
