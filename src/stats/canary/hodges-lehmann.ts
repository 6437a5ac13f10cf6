/**
 * Hodges–Lehmann estimate of the shift between two samples, with its
 * distribution-free confidence interval, as R's
 * `wilcox.test(x, y, conf.int = TRUE, conf.level, correct = TRUE)` computes
 * them (R ≥ 4, src/library/stats/R/wilcox.test.R, two-sided).
 *
 * Definition: the estimate of Δ in "x is distributed as y + Δ" is the median
 * of the n1·n2 pairwise differences x_i − y_j (Hodges & Lehmann 1963). The
 * interval is the set of shifts Δ that the two-sided Wilcoxon rank-sum test
 * of x − Δ against y does not reject at level α = 1 − confidence (Lehmann
 * 1975, §2.6); its bounds are order statistics of the differences:
 *
 * - exact (R's default when n1 < 50, n2 < 50 and there are no ties):
 *   with q the α/2 quantile of the exact null distribution of U
 *   (R's qwilcox; 1 if it is 0), the interval is [D_(q), D_(n1n2 − q + 1)]
 *   and the estimate is median(D).
 * - asymptotic (otherwise): R finds the Δ where the continuity-corrected
 *   standardized statistic (dz − sign(dz)/2)/σ crosses ±z_{1−α/2}, with
 *   dz = U(Δ) − n1n2/2 and σ² tie-corrected as in the Mann–Whitney test,
 *   using uniroot (tolerance 1e-4) on that step function. Between two
 *   consecutive differences dz = n1n2/2 − r is constant, so the crossing is
 *   exactly at a difference D_(r), with r solved in closed form; this
 *   returns the jump point itself rather than uniroot's approximation of it
 *   (they agree within R's tolerance). The estimate (correct = FALSE, z = 0)
 *   is the crossing of dz = 0, i.e. median(D) (when n1n2 is even R's
 *   uniroot returns some point between the two middle differences; the
 *   midpoint is the definition's value).
 * If every value of both samples is equal, σ = 0 and R stops; here the
 * interval and estimate are all 0 (no shift), which is what the data say.
 *
 * References:
 * - J. L. Hodges, E. L. Lehmann, "Estimates of location based on rank
 *   tests", Ann. Math. Statist. 34 (1963) 598–611.
 * - D. F. Bauer, "Constructing confidence sets using rank statistics",
 *   JASA 67 (1972) 687–690.
 * - R Core Team, wilcox.test, https://stat.ethz.ch/R-manual/R-devel/library/stats/html/wilcox.test.html
 */
import { normalQuantile } from '../distributions/normal.js';
import { mannWhitneyExactCdf } from '../rank/mann-whitney-exact.js';
import { pairwiseDifferenceOrderStatistics } from './pairwise-difference-order-statistic.js';

export interface HodgesLehmannOptions {
  /** Confidence level of the interval, in (0, 1); default 0.95. */
  confidence?: number;
  /** 'auto' follows R: exact when both samples have fewer than 50 values and no ties. */
  method?: 'auto' | 'exact' | 'asymptotic';
  /** The samples are ascending Float64Arrays already. */
  sorted?: boolean;
}

export interface HodgesLehmannResult {
  estimate: number;
  ciLow: number;
  ciHigh: number;
  method: 'exact' | 'asymptotic';
}

function ascending(a: ArrayLike<number>, sorted: boolean | undefined): Float64Array {
  if (sorted && a instanceof Float64Array) return a;
  const s = Float64Array.from(a);
  s.sort();
  return s;
}

/** Σ(t³ − t) over runs of equal values in an ascending array. */
function tieTerm(s: Float64Array): number {
  let sum = 0;
  let i = 0;
  while (i < s.length) {
    let j = i + 1;
    while (j < s.length && s[j] === s[i]) j++;
    const t = j - i;
    if (t > 1) sum += t * t * t - t;
    i = j;
  }
  return sum;
}

/** Whether the pooled sample has two equal values (ascending inputs). */
function hasTies(xs: Float64Array, ys: Float64Array): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i] === xs[i - 1]) return true;
  for (let i = 1; i < ys.length; i++) if (ys[i] === ys[i - 1]) return true;
  let i = 0;
  let j = 0;
  while (i < xs.length && j < ys.length) {
    if (xs[i] === ys[j]) return true;
    if (xs[i] < ys[j]) i++;
    else j++;
  }
  return false;
}

/** R's qwilcox(p, m, n): the smallest q with P(U ≤ q) ≥ p. */
function wilcoxQuantile(p: number, m: number, n: number): number {
  let lo = 0;
  let hi = m * n;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (mannWhitneyExactCdf(mid, m, n) >= p * (1 - 64 * Number.EPSILON)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function hodgesLehmann(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: HodgesLehmannOptions = {},
): HodgesLehmannResult {
  const confidence = options.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`hodgesLehmann: confidence ${confidence} outside (0, 1)`);
  const n1 = x.length;
  const n2 = y.length;
  const requested = options.method ?? 'auto';
  if (n1 === 0 || n2 === 0) return { estimate: NaN, ciLow: NaN, ciHigh: NaN, method: requested === 'exact' ? 'exact' : 'asymptotic' };
  const xs = ascending(x, options.sorted);
  const ys = ascending(y, options.sorted);
  for (const s of [xs, ys]) if (Number.isNaN(s[s.length - 1]) || Number.isNaN(s[0])) throw new RangeError('hodgesLehmann: NaN in a sample');
  const alpha = 1 - confidence;
  const total = n1 * n2;
  const method = requested !== 'auto' ? requested : n1 < 50 && n2 < 50 && !hasTies(xs, ys) ? 'exact' : 'asymptotic';
  const clamp = (k: number) => Math.min(total, Math.max(1, k));
  // The median of the differences, then the two interval ends, in one selection run.
  const middle = total % 2 === 1 ? [(total + 1) / 2, (total + 1) / 2] : [total / 2, total / 2 + 1];
  const stats = (low: number, high: number) => {
    const [m1, m2, a, b] = pairwiseDifferenceOrderStatistics(xs, ys, [...middle, clamp(low), clamp(high)]);
    return { estimate: (m1 + m2) / 2, ciLow: a, ciHigh: b };
  };

  if (method === 'exact') {
    let q = wilcoxQuantile(alpha / 2, n1, n2);
    if (q === 0) q = 1;
    return { ...stats(q, total - q + 1), method };
  }

  const n = n1 + n2;
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - (tieTerm(xs) + tieTerm(ys)) / (n * (n - 1))));
  if (sigma === 0 || xs[0] === xs[n1 - 1] && ys[0] === ys[n2 - 1] && xs[0] === ys[0]) {
    return { estimate: 0, ciLow: 0, ciHigh: 0, method };
  }
  const z = normalQuantile(1 - alpha / 2);
  // Smallest r at which (dz − sign(dz)/2)/σ ≤ t, dz = n1n2/2 − r (non-increasing in r).
  const crossing = (t: number): number => {
    const bound = t * sigma;
    const r = bound >= 0 ? Math.ceil(total / 2 - bound - 0.5) : Math.ceil(total / 2 - bound + 0.5);
    return Math.min(total, Math.max(0, r));
  };
  return { ...stats(crossing(z), crossing(-z)), method };
}
