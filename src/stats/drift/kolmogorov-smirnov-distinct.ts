/**
 * Two-sample Kolmogorov–Smirnov test (two-sided) with the first sample given
 * as its distinct values and their counts (a reference profile), the second
 * as an ascending array: the same statistic and p-value, bit for bit, as
 * `kolmogorovSmirnov` (scipy.stats.ks_2samp, method 'auto') on the expanded
 * first sample, with n₁ = Σ counts.
 *
 * Definition: D = sup_t |F_x(t) − F_y(t)| over the pooled values, with
 * right-continuous empirical CDFs, each difference computed as
 * i/n₁ − j/n₂ (i, j the counts ≤ t), as ksStatisticSorted does.
 *
 * Why fewer points suffice: between two consecutive distinct values x_k <
 * x_{k+1} of the first sample, i is constant and j only grows, so
 * i/n₁ − j/n₂ only falls (floating-point division and subtraction are
 * monotone). Its largest value in that stretch is at t = x_k, its smallest
 * at the last y below x_{k+1}. Evaluating just those points (and the same two
 * before x₀) gives the same maximum and minimum as the walk over every
 * pooled value, from the same quotients; the positions in y are found by
 * galloping search, so the cost is O(d·log(n₂/d)) for d distinct values
 * instead of O(n₁ + n₂).
 *
 * p-value: ksTestOfStatistic (exact up to 10,000 per sample, asymptotic
 * beyond, as scipy). An empty sample gives NaN.
 *
 * References: see kolmogorov-smirnov.ts; scipy.stats.ks_2samp,
 * https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.ks_2samp.html
 */
import { ksTestOfStatistic, type KsResult } from './kolmogorov-smirnov.js';
import { searchSortedFrom } from './sorted-search.js';

/**
 * D of a sample as distinct values `xv` (strictly ascending) with counts
 * `xc` summing to n1, against the ascending sample `ys`.
 */
export function ksStatisticDistinct(xv: ArrayLike<number>, xc: ArrayLike<number>, n1: number, ys: ArrayLike<number>): number {
  const d = xv.length;
  const n2 = ys.length;
  let maxS = -Infinity;
  let minS = Infinity;
  let diff: number;
  // Before x₀: the y values below it, i = 0 (largest difference at the first, smallest at the last).
  let j = d > 0 ? searchSortedFrom(ys, xv[0], 0, false) : n2;
  if (j > 0) {
    maxS = 0 / n1 - searchSortedFrom(ys, ys[0], 0, true) / n2;
    minS = 0 / n1 - j / n2;
  }
  let i = 0;
  for (let k = 0; k < d; k++) {
    i += xc[k];
    j = searchSortedFrom(ys, xv[k], j, true);
    diff = i / n1 - j / n2;
    if (diff > maxS) maxS = diff;
    if (diff < minS) minS = diff;
    const next = k + 1 < d ? searchSortedFrom(ys, xv[k + 1], j, false) : n2;
    if (next > j) {
      // Only falls from the value above: a candidate for the minimum only.
      diff = i / n1 - next / n2;
      if (diff < minS) minS = diff;
    }
    j = next;
  }
  const minAbs = Math.min(Math.max(-minS, 0), 1);
  return minAbs > maxS ? minAbs : maxS;
}

/** The KS test of a distinct-values sample (`values`, `counts`, `n` = Σ counts) against an ascending sample. */
export function kolmogorovSmirnovDistinct(x: { values: ArrayLike<number>; counts: ArrayLike<number>; n: number }, ys: ArrayLike<number>): KsResult {
  if (x.n === 0 || ys.length === 0) return { statistic: NaN, pValue: NaN, method: 'asymptotic' };
  return ksTestOfStatistic(ksStatisticDistinct(x.values, x.counts, x.n, ys), x.n, ys.length);
}
