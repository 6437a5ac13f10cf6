import type { ConfusionCounts } from './confusion-counts.js';
import type { BootstrapInterval, BootstrapOptions } from './bootstrap-disparity.js';
import { percentileInterval } from './bootstrap-disparity.js';
import { createRng } from '../random/prng.js';
import { multinomial } from '../random/multinomial.js';

/** One grouping of the finest cells: an attribute or an intersection, with its statistics. */
export interface MarginalView {
  /** Group (0..groups−1) of each finest cell group. */
  map: Int32Array;
  groups: number;
  statistics: readonly ((resampled: readonly ConfusionCounts[]) => number)[];
  /**
   * Further statistics computed together, once per resample (they can then
   * share work, such as each group's rates, and cost no call each); their
   * intervals follow those of `statistics`.
   */
  batch?: BatchStatistics;
}

/** Statistics of one view evaluated together on each resample. */
export interface BatchStatistics {
  count: number;
  /** Writes the `count` values for one resample into out[0..count−1]; `cells` holds TP, FN, FP, TN of each of the view's groups. */
  evaluate(cells: Float64Array, out: Float64Array): void;
}

/**
 * Percentile bootstrap intervals for statistics of several groupings of the
 * same rows, from one resample of the finest groups.
 *
 * Definition: with F finest groups (the full intersection of all sensitive
 * attributes), a row resample is one Multinomial(n, counts/n) draw of the
 * 4·F cells; the counts of a coarser grouping (one attribute, or a
 * combination of some) are sums of finest cells, so every view's statistics
 * are computed on the same resampled rows, exactly as a row-resampling
 * bootstrap evaluates all attributes on one resample. Intervals as in
 * bootstrapDisparity (type-7 percentiles of the defined replicates). Cost
 * O(B · (4F + Σ views' groups)), independent of n.
 *
 * With a single view whose map is the identity this is bootstrapDisparity,
 * draw for draw.
 *
 * p-value: none; interval estimates.
 *
 * References: Efron & Tibshirani (1993), ch. 13; Devroye (1986), XI.1.2 (the
 * multinomial as conditional binomials).
 */
export function bootstrapMarginals(finest: readonly ConfusionCounts[], views: readonly MarginalView[], options: BootstrapOptions): BootstrapInterval[][] {
  const { resamples, seed, confidence } = options;
  if (!(Number.isInteger(resamples) && resamples > 0)) throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  const f = finest.length;
  for (const v of views) {
    if (v.map.length !== f) throw new RangeError('bootstrapMarginals: a view map does not cover the finest groups');
  }
  const probs = new Float64Array(4 * f);
  let n = 0;
  for (let i = 0; i < f; i++) {
    const c = finest[i];
    probs[4 * i] = c.tp;
    probs[4 * i + 1] = c.fn;
    probs[4 * i + 2] = c.fp;
    probs[4 * i + 3] = c.tn;
    n += c.tp + c.fn + c.fp + c.tn;
  }
  const counts = views.map((v) => v.statistics.length + (v.batch?.count ?? 0));
  // Replicates of statistic s of a view at [s · resamples + b]: one array per view, each statistic's contiguous.
  const replicates = counts.map((c) => new Float64Array(c * resamples));
  if (n === 0) return counts.map((c) => Array.from({ length: c }, () => ({ low: Number.NaN, high: Number.NaN, defined: 0 })));
  const batchOut = views.map((v) => new Float64Array(v.batch?.count ?? 0));
  const rng = createRng(seed);
  const draw = new Float64Array(4 * f);
  const resampled = views.map((v) => Array.from({ length: v.groups }, () => ({ tp: 0, fn: 0, fp: 0, tn: 0 })));
  // Cell sums of each view, added up in a typed array and copied into the records once.
  const sums = views.map((v) => new Float64Array(4 * v.groups));
  for (let b = 0; b < resamples; b++) {
    multinomial(rng, n, probs, draw);
    for (let k = 0; k < views.length; k++) {
      const view = views[k];
      const groups = resampled[k];
      const cells = sums[k];
      sumCells(draw, view.map, cells);
      const reps = replicates[k];
      const statistics = view.statistics;
      if (statistics.length > 0) {
        for (let g = 0; g < groups.length; g++) {
          const c = groups[g];
          c.tp = cells[4 * g];
          c.fn = cells[4 * g + 1];
          c.fp = cells[4 * g + 2];
          c.tn = cells[4 * g + 3];
        }
      }
      for (let s = 0; s < statistics.length; s++) reps[s * resamples + b] = statistics[s](groups);
      const batch = view.batch;
      if (batch !== undefined) {
        const out = batchOut[k];
        batch.evaluate(cells, out);
        for (let s = 0, at = statistics.length * resamples + b; s < out.length; s++, at += resamples) reps[at] = out[s];
      }
    }
  }
  return replicates.map((reps, k) => Array.from({ length: counts[k] }, (_, s) => percentileInterval(reps.subarray(s * resamples, (s + 1) * resamples), confidence)));
}

/** cells[4·map[i] + c] = Σ draw[4·i + c]: the finest cells summed into a view's groups. */
function sumCells(draw: Float64Array, map: Int32Array, cells: Float64Array): void {
  cells.fill(0);
  for (let i = 0; i < map.length; i++) {
    const g = 4 * map[i];
    cells[g] += draw[4 * i];
    cells[g + 1] += draw[4 * i + 1];
    cells[g + 2] += draw[4 * i + 2];
    cells[g + 3] += draw[4 * i + 3];
  }
}
