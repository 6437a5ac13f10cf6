/**
 * Mann–Whitney U test (Wilcoxon rank-sum test) of two independent samples.
 *
 * Definition: with x of size n1 and y of size n2 ranked together (average
 * ranks for ties) and R1 the rank sum of x,
 *   U1 = R1 − n1(n1+1)/2   (the number of pairs with x > y, ties counting ½),
 *   U2 = n1·n2 − U1.
 * `statistic` is U1, as scipy reports it.
 *
 * p-value, as `scipy.stats.mannwhitneyu(x, y, method='auto')` (scipy 1.10):
 * - alternative 'greater' (x stochastically larger) uses U = U1, 'less'
 *   uses U = U2, 'two-sided' uses U = max(U1, U2) and doubles the tail;
 *   the result is clipped to [0, 1].
 * - exact: P(U' ≥ U) from the exact null distribution (see
 *   mann-whitney-exact.ts); no tie correction.
 * - asymptotic: z = (U − n1n2/2 − ½) / σ with the continuity correction ½
 *   (when `continuity`), σ² = n1n2/12 · ((N+1) − Σ(t³−t) / (N(N−1))) with
 *   N = n1+n2 and t the tie-group sizes; p = P(Z ≥ z).
 * - 'auto' takes exact when either sample has at most 8 values and there
 *   are no ties, asymptotic otherwise.
 * A NaN in either sample gives NaN results (scipy's nan_policy='propagate');
 * so does an empty sample.
 *
 * The ranks are not materialised: both samples are sorted and walked in
 * merged order, which gives R1 and the tie groups in O(N log N) with the
 * engine's native numeric sort.
 *
 * References:
 * - H. B. Mann, D. R. Whitney, Ann. Math. Statist. 18 (1947) 50–60.
 * - scipy.stats.mannwhitneyu, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.mannwhitneyu.html
 * - E. L. Lehmann, "Nonparametrics: Statistical Methods Based on Ranks",
 *   1975, §1.4 (tie correction of the variance).
 */
import { normalSf } from '../distributions/normal.js';
import { mannWhitneyExactCdf } from './mann-whitney-exact.js';

export type Alternative = 'two-sided' | 'less' | 'greater';

export interface MannWhitneyUOptions {
  alternative?: Alternative;
  method?: 'auto' | 'exact' | 'asymptotic';
  /** Continuity correction of the normal approximation (default true). */
  continuity?: boolean;
  /** The samples are already sorted ascending (skips the copy and sort). */
  sorted?: boolean;
}

export interface MannWhitneyUResult {
  /** U1, the statistic of the first sample. */
  statistic: number;
  u2: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
  /** The standardized statistic of the asymptotic method, else null. */
  z: number | null;
  n1: number;
  n2: number;
  /** Σ(t³ − t) over the tie groups of the pooled sample. */
  tieTerm: number;
}

function sortedCopy(a: ArrayLike<number>): Float64Array {
  const s = Float64Array.from(a);
  s.sort();
  return s;
}

/** R1 and Σ(t³ − t) of two ascending samples, walking them in merged order. */
function rankSumOfFirst(xs: Float64Array, ys: Float64Array): { r1: number; tieTerm: number } {
  let i = 0;
  let j = 0;
  let pos = 0;
  let r1 = 0;
  let tieTerm = 0;
  const n1 = xs.length;
  const n2 = ys.length;
  while (i < n1 || j < n2) {
    const v = i < n1 && (j >= n2 || xs[i] <= ys[j]) ? xs[i] : ys[j];
    let cx = 0;
    while (i < n1 && xs[i] === v) {
      i++;
      cx++;
    }
    let cy = 0;
    while (j < n2 && ys[j] === v) {
      j++;
      cy++;
    }
    const t = cx + cy;
    // The group occupies ranks pos+1 .. pos+t; each gets their mean.
    r1 += cx * (pos + (t + 1) / 2);
    if (t > 1) tieTerm += t * t * t - t;
    pos += t;
  }
  return { r1, tieTerm };
}

function hasNaN(a: ArrayLike<number>): boolean {
  for (let i = 0; i < a.length; i++) if (Number.isNaN(a[i])) return true;
  return false;
}

export function mannWhitneyU(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: MannWhitneyUOptions = {},
): MannWhitneyUResult {
  const alternative = options.alternative ?? 'two-sided';
  const continuity = options.continuity ?? true;
  const n1 = x.length;
  const n2 = y.length;
  const requested = options.method ?? 'auto';
  if (n1 === 0 || n2 === 0 || hasNaN(x) || hasNaN(y)) {
    return { statistic: NaN, u2: NaN, pValue: NaN, method: requested === 'exact' ? 'exact' : 'asymptotic', z: null, n1, n2, tieTerm: NaN };
  }
  const xs = options.sorted && x instanceof Float64Array ? x : sortedCopy(x);
  const ys = options.sorted && y instanceof Float64Array ? y : sortedCopy(y);
  const { r1, tieTerm } = rankSumOfFirst(xs, ys);
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;

  const method = requested !== 'auto' ? requested : (n1 > 8 && n2 > 8) || tieTerm > 0 ? 'asymptotic' : 'exact';
  const u = alternative === 'greater' ? u1 : alternative === 'less' ? u2 : Math.max(u1, u2);
  const factor = alternative === 'two-sided' ? 2 : 1;

  let p: number;
  let z: number | null = null;
  if (method === 'exact') {
    // P(U' ≥ u) = P(U' ≤ n1n2 − u) by symmetry; scipy truncates u to an integer.
    p = mannWhitneyExactCdf(n1 * n2 - Math.trunc(u), n1, n2);
  } else {
    const n = n1 + n2;
    const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    const numerator = u - (n1 * n2) / 2 - (continuity ? 0.5 : 0);
    z = numerator / s;
    p = normalSf(z);
  }
  p = Math.min(1, Math.max(0, p * factor));
  return { statistic: u1, u2, pValue: p, method, z, n1, n2, tieTerm };
}
