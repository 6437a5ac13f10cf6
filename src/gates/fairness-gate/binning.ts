/**
 * Cutting a continuous sensitive column (age, income) into groups, by given
 * cut points or by quantiles of the data.
 *
 * Intervals are closed on the left: with cuts [25, 40] the groups are
 * "< 25", "[25, 40)" and ">= 40", in that order. Quantile cuts are the
 * k-quantiles of the non-missing values (numpy's default linear
 * interpolation), with duplicates removed, so a heavily tied column may give
 * fewer groups than asked.
 */
import { UserError } from '../../core/errors.js';
import type { BinSpec } from './options.js';

export interface Binned {
  /** Group index of each row; -1 where the value is missing. */
  codes: Int32Array;
  labels: string[];
  cuts: number[];
}

export function binValues(values: Float64Array, missing: Uint8Array | null, spec: BinSpec, column: string): Binned {
  const cuts = binCuts(values, missing, spec, column);
  const labels = binLabels(cuts);
  const n = values.length;
  const codes = new Int32Array(n);
  const c = Float64Array.from(cuts);
  for (let i = 0; i < n; i++) codes[i] = binOf(c, values[i]);
  if (missing !== null) for (let i = 0; i < n; i++) if (missing[i] === 1) codes[i] = -1;
  return { codes, labels, cuts };
}

/** The cut points a spec gives: checked given cuts, or the quantiles of the present values. */
export function binCuts(values: Float64Array, missing: Uint8Array | null, spec: BinSpec, column: string): number[] {
  return 'cuts' in spec ? checkCuts(spec.cuts, column) : quantileCuts(values, missing, spec.quantiles, column);
}

/** The bin of v: the number of cuts ≤ v (NaN falls in the first bin; callers flag missing cells apart). */
export function binOf(cuts: Float64Array, v: number): number {
  const m = cuts.length;
  let lo = 0;
  if (m <= 8) {
    // A linear count for the usual handful of cuts, counting every cut rather
    // than stopping at the first above v, and adding the comparison as a
    // number: no branch to mispredict (a conditional `? 1 : 0` compiles to
    // one, and costs twice as much on shuffled ages).
    for (let j = 0; j < m; j++) lo += +(cuts[j] <= v);
    return lo;
  }
  let hi = m;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cuts[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function checkCuts(cuts: number[], column: string): number[] {
  for (let i = 0; i < cuts.length; i++) {
    if (!Number.isFinite(cuts[i])) throw new UserError(`cut point ${cuts[i]} is not a number`, { field: `bins.${column}` });
    if (i > 0 && !(cuts[i] > cuts[i - 1])) throw new UserError(`cut points must increase: ${cuts.join(', ')}`, { field: `bins.${column}` });
  }
  if (cuts.length === 0) throw new UserError('give at least one cut point', { field: `bins.${column}` });
  return cuts;
}

function quantileCuts(values: Float64Array, missing: Uint8Array | null, k: number, column: string): number[] {
  if (!(Number.isInteger(k) && k >= 2 && k <= 100)) throw new UserError(`quantiles must be a whole number from 2 to 100, got ${k}`, { field: `bins.${column}` });
  const present: number[] = [];
  for (let i = 0; i < values.length; i++) if (!(missing && missing[i] === 1)) present.push(values[i]);
  if (present.length === 0) throw new UserError(`column "${column}" has no values to cut into quantiles`, { field: `bins.${column}` });
  const sorted = Float64Array.from(present).sort();
  const cuts: number[] = [];
  for (let j = 1; j < k; j++) {
    const h = (sorted.length - 1) * (j / k);
    const lo = Math.floor(h);
    const q = sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
    // A cut at the minimum would leave the first group empty.
    if (q > sorted[0] && (cuts.length === 0 || q > cuts[cuts.length - 1])) cuts.push(q);
  }
  if (cuts.length === 0) throw new UserError(`column "${column}" has a single value: nothing to cut`, { field: `bins.${column}` });
  return cuts;
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(6)));
}

export function binLabels(cuts: number[]): string[] {
  const labels = [`< ${fmt(cuts[0])}`];
  for (let i = 1; i < cuts.length; i++) labels.push(`[${fmt(cuts[i - 1])}, ${fmt(cuts[i])})`);
  labels.push(`>= ${fmt(cuts[cuts.length - 1])}`);
  return labels;
}
