import type { ConfusionCounts } from './confusion-counts.js';
import { createRng } from '../random/prng.js';
import { multinomial } from '../random/multinomial.js';

export interface BootstrapOptions {
  /** Number of resamples B. */
  resamples: number;
  /** Seed of the xoshiro128** stream: the same seed gives the same intervals. */
  seed: number;
  /** Two-sided confidence level, e.g. 0.95. */
  confidence: number;
}

export interface BootstrapInterval {
  low: number;
  high: number;
  /** Resamples where the statistic was defined (a group may lose all its positives). */
  defined: number;
}

/**
 * Percentile bootstrap intervals for statistics of per-group confusion counts.
 *
 * Definition: resampling n rows with replacement from the data and
 * re-counting the cells is the same as drawing the 4·G cell counts
 * (TP, FN, FP, TN of each of G groups) from Multinomial(n, counts/n). Each of
 * B such draws is passed to every statistic; the interval is the
 * (α/2, 1 − α/2) percentiles of the defined (non-NaN) replicates, with
 * numpy's default linear interpolation between order statistics. Cost
 * O(B · G · 4) whatever n is, against O(B · n) for row resampling.
 *
 * The replicates where a statistic is NaN (a group drew no positives) are
 * left out and counted in `defined`, so a caller can flag an interval built
 * on too few of them.
 *
 * p-value: none; this is an interval estimate. Coverage is asymptotically
 * nominal for smooth functions of the cell proportions (rates, their
 * differences and ratios, and max/min aggregates whose extreme groups are
 * well separated; see the simulation test). When groups tie, a range
 * max − min is biased upwards (it cannot be negative) and its percentile
 * interval lies just above the true 0; the gate documents this.
 *
 * References: Efron & Tibshirani, "An Introduction to the Bootstrap" (1993),
 * ch. 13 (percentile interval); Davison & Hinkley, "Bootstrap Methods and
 * their Application" (1997), §2.4; Hyndman & Fan, "Sample quantiles in
 * statistical packages", The American Statistician 50 (1996), type 7.
 */
export function bootstrapDisparity(
  groups: readonly ConfusionCounts[],
  statistics: readonly ((resampled: readonly ConfusionCounts[]) => number)[],
  options: BootstrapOptions,
): BootstrapInterval[] {
  const { resamples, seed, confidence } = options;
  if (!(Number.isInteger(resamples) && resamples > 0)) throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  const g = groups.length;
  const probs = new Float64Array(4 * g);
  let n = 0;
  for (let i = 0; i < g; i++) {
    const c = groups[i];
    probs[4 * i] = c.tp;
    probs[4 * i + 1] = c.fn;
    probs[4 * i + 2] = c.fp;
    probs[4 * i + 3] = c.tn;
    n += c.tp + c.fn + c.fp + c.tn;
  }
  const replicates = statistics.map(() => new Float64Array(resamples));
  if (n === 0) return statistics.map(() => ({ low: Number.NaN, high: Number.NaN, defined: 0 }));
  const rng = createRng(seed);
  const draw = new Float64Array(4 * g);
  const resampled: ConfusionCounts[] = groups.map(() => ({ tp: 0, fn: 0, fp: 0, tn: 0 }));
  for (let b = 0; b < resamples; b++) {
    multinomial(rng, n, probs, draw);
    for (let i = 0; i < g; i++) {
      const r = resampled[i];
      r.tp = draw[4 * i];
      r.fn = draw[4 * i + 1];
      r.fp = draw[4 * i + 2];
      r.tn = draw[4 * i + 3];
    }
    for (let s = 0; s < statistics.length; s++) replicates[s][b] = statistics[s](resampled);
  }
  return replicates.map((values) => percentileInterval(values, confidence));
}

/**
 * The (α/2, 1 − α/2) type-7 percentiles of the non-NaN replicates (shared
 * with bootstrap-marginals.ts). The four order statistics the two
 * percentiles interpolate between are found by selection (Floyd–Rivest,
 * expected O(B)) rather than by sorting: the values are the same, and a gate
 * with hundreds of statistics spends far less. Reorders the caller's array.
 */
export function percentileInterval(values: Float64Array, confidence: number): BootstrapInterval {
  const alpha = 1 - confidence;
  // The defined (non-NaN) replicates moved to the front.
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) values[m++] = v;
  }
  if (m === 0) return { low: Number.NaN, high: Number.NaN, defined: 0 };
  const defined = values.subarray(0, m);
  const order = new OrderStatistics(defined);
  return { low: quantileType7(order, m, alpha / 2), high: quantileType7(order, m, 1 - alpha / 2), defined: m };
}

/** Hyndman–Fan type 7 (numpy's default `linear`) quantile from order statistics. */
function quantileType7(order: OrderStatistics, m: number, p: number): number {
  const h = (m - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(m - 1, lo + 1);
  const [a, b] = order.pair(lo, hi);
  // ±Infinity replicates (a zero reference rate) must not produce NaN by Infinity − Infinity.
  return a === b ? a : a + (h - lo) * (b - a);
}

/**
 * The k-th smallest values of an array, asked for in non-decreasing k: each
 * selection leaves everything after position k no smaller, so the next one
 * searches only the part after it.
 */
class OrderStatistics {
  private done = -1;

  constructor(private readonly a: Float64Array) {}

  at(k: number): number {
    // Every position asked for is left holding its order statistic, and a
    // position before the last one asked for is only asked again (a second
    // percentile on the same pair): it is in place.
    if (k <= this.done) return this.a[k];
    if (k === this.done + 1) moveSmallestTo(this.a, k);
    else select(this.a, this.done + 1, this.a.length - 1, k);
    this.done = k;
    return this.a[k];
  }

  /**
   * The lo-th and hi-th (= lo or lo + 1) smallest values. One of a pair of
   * neighbours is selected, and the other is the extreme of the part on its
   * side (everything before a selected position is no larger, everything
   * after no smaller): the largest before it or the smallest after it,
   * whichever part is shorter, so a percentile near an end scans few values
   * where a second selection would partition most of the array again.
   */
  pair(lo: number, hi: number): [number, number] {
    if (hi === lo) {
      const v = this.at(lo);
      return [v, v];
    }
    const before = hi - (this.done + 1);
    const after = this.a.length - hi;
    if (before >= 1 && before < after) {
      const b = this.at(hi);
      moveLargestTo(this.a, hi - before, lo);
      return [this.a[lo], b];
    }
    const a = this.at(lo);
    return [a, this.at(hi)];
  }
}

/**
 * Rearranges a[left..right] so that a[k] is the value sorted order puts
 * there, smaller ones before, larger after: Floyd and Rivest's SELECT. On a
 * long range it first selects within a small sample around where the k-th
 * value should fall, so that the partition of the whole range is made
 * around a pivot already close to it and leaves little to search; the
 * percentiles of an interval sit near the ends, where Hoare's FIND would
 * partition most of the range several times.
 *
 * Reference: R. W. Floyd, R. L. Rivest, "Algorithm 489: The algorithm
 * SELECT—for finding the ith smallest of n elements", CACM 18(3), 1975.
 */
function select(a: Float64Array, left: number, right: number, k: number): void {
  while (right > left) {
    if (right - left > 600) {
      // A sample of about n^(2/3) values, placed so that it brackets the k-th with high probability.
      const n = right - left + 1;
      const i = k - left + 1;
      const z = Math.log(n);
      const size = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * size * (n - size)) / n) * (i - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - (i * size) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - i) * size) / n + sd));
      select(a, newLeft, newRight, k);
    }
    // Partition a[left..right] around t = a[k].
    const t = a[k];
    let i = left;
    let j = right;
    swap(a, left, k);
    if (a[right] > t) swap(a, right, left);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i] < t) i++;
      while (a[j] > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    // a[j] = t now; everything before it is ≤ t, after it ≥ t.
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

/** Swaps the largest of a[from..k] into a[k]. */
function moveLargestTo(a: Float64Array, from: number, k: number): void {
  let best = k;
  let max = a[k];
  for (let i = from; i < k; i++) {
    if (a[i] > max) {
      max = a[i];
      best = i;
    }
  }
  swap(a, k, best);
}

/** Swaps the smallest of a[k..] into a[k]. */
function moveSmallestTo(a: Float64Array, k: number): void {
  let best = k;
  let min = a[k];
  for (let i = k + 1; i < a.length; i++) {
    if (a[i] < min) {
      min = a[i];
      best = i;
    }
  }
  swap(a, k, best);
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
