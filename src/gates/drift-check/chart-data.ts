/**
 * The distributions the visual report overlays for each drifted column, as a
 * compact `charts` section of the JSON report (shares per bin, never rows):
 *
 * - numerical: BINS equal-width bins spanning the pooled 0.5th to 99.5th
 *   percentile of both samples, so that a few outliers do not squash the
 *   picture (values beyond land in the end bins), with each sample's share
 *   of its non-missing values per bin;
 * - categorical: the MAX_CATEGORIES categories most frequent in both samples
 *   together, and the rest summed as "(k more)".
 *
 * The samples are the sorted ones the tests used, so this is a search per
 * edge, not a pass over a million values.
 */
import { histogramBinEdgesOfRange } from '../../stats/drift/histogram-bin-edges.js';
import { histogramCountsDistinct, histogramCountsSorted } from '../../stats/drift/histogram-counts-sorted.js';
import { categoryBins } from './binned-shares.js';
import { sampleSize, type ColumnSample, type NumericalSample } from './column-sample.js';

export interface ColumnDistribution {
  column: string;
  type: 'numerical' | 'categorical';
  /** Numerical: the bin edges (BINS + 1). */
  edges?: number[];
  /** Categorical: the categories, the last possibly "(k more)". */
  labels?: string[];
  reference: number[];
  current: number[];
}

export const BINS = 24;
export const MAX_CATEGORIES = 12;
/** Drifted columns drawn at most (most severe first). */
export const MAX_DISTRIBUTIONS = 40;

const round = (v: number) => Number(v.toPrecision(5));

/** The value at rank ⌊q(n − 1)⌋ of a sorted sample (its own values or distinct values with counts). */
function rankValue(s: NumericalSample, q: number): number {
  const n = sampleSize(s);
  const rank = Math.floor(q * (n - 1));
  if (!s.distinct) return s.values[rank];
  let seen = 0;
  for (let k = 0; k < s.distinct.values.length; k++) {
    seen += s.distinct.counts[k];
    if (seen > rank) return s.distinct.values[k];
  }
  return s.distinct.values[s.distinct.values.length - 1];
}

function countsOn(s: NumericalSample, edges: Float64Array): Float64Array {
  return s.distinct ? histogramCountsDistinct(s.distinct.values, s.distinct.counts, edges) : histogramCountsSorted(s.values, edges);
}

function numerical(column: string, ref: NumericalSample, cur: NumericalSample): ColumnDistribution | undefined {
  const nr = sampleSize(ref);
  const nc = sampleSize(cur);
  if (nr === 0 || nc === 0) return undefined;
  const lo = Math.min(rankValue(ref, 0.005), rankValue(cur, 0.005));
  const hi = Math.max(rankValue(ref, 0.995), rankValue(cur, 0.995));
  const edges = histogramBinEdgesOfRange(lo, hi, nr + nc, 'equal-width', BINS);
  // Counting edges open at both ends: values beyond the range fall in the end bins.
  const open = Float64Array.from(edges);
  open[0] = -Infinity;
  open[open.length - 1] = Infinity;
  const r = countsOn(ref, open);
  const c = countsOn(cur, open);
  return {
    column,
    type: 'numerical',
    edges: Array.from(edges, round),
    reference: Array.from(r, (v) => round(v / nr)),
    current: Array.from(c, (v) => round(v / nc)),
  };
}

function categorical(column: string, ref: ColumnSample, cur: ColumnSample): ColumnDistribution {
  const b = categoryBins(ref, cur);
  const nr = sampleSize(ref) || 1;
  const nc = sampleSize(cur) || 1;
  const order = b.labels.map((_, i) => i).sort((i, j) => b.reference[j] / nr + b.current[j] / nc - (b.reference[i] / nr + b.current[i] / nc));
  const top = order.slice(0, MAX_CATEGORIES);
  const rest = order.slice(MAX_CATEGORIES);
  const labels = top.map((i) => b.labels[i]);
  const reference = top.map((i) => round(b.reference[i] / nr));
  const current = top.map((i) => round(b.current[i] / nc));
  if (rest.length) {
    labels.push(`(${rest.length} more)`);
    reference.push(round(rest.reduce((s, i) => s + b.reference[i], 0) / nr));
    current.push(round(rest.reduce((s, i) => s + b.current[i], 0) / nc));
  }
  return { column, type: 'categorical', labels, reference, current };
}

export function columnDistribution(column: string, ref: ColumnSample, cur: ColumnSample): ColumnDistribution | undefined {
  if (ref.type === 'numerical' && cur.type === 'numerical') return numerical(column, ref, cur);
  return categorical(column, ref, cur);
}
