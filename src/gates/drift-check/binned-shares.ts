/**
 * The bins of the binned methods (psi, kl_div, jensenshannon, hellinger,
 * l_infinity, and the categorical tests on numerical columns): counts of the
 * reference and the current sample over the same bins.
 *
 * - A categorical sample: one bin per category seen in either sample.
 * - A numerical sample with `binning: auto` (Evidently's `get_binned_data`):
 *   when the reference has more than 20 distinct values, Sturges bins over
 *   the pooled sample; otherwise one bin per distinct value.
 * - Otherwise the named rule (histogram-bin-edges.ts): sturges, doane and
 *   equal-width over the pooled sample, quantile over the reference.
 */
import { histogramBinEdges, type BinningRule } from '../../stats/drift/histogram-bin-edges.js';
import { histogramCounts } from '../../stats/drift/histogram-counts.js';
import { countsOfValues, distinctCount, type ColumnSample } from './column-sample.js';

export type Binning = 'auto' | BinningRule;

export interface BinnedCounts {
  labels: string[];
  reference: Float64Array;
  current: Float64Array;
}

function categoryCounts(ref: Map<string, number>, cur: Map<string, number>): BinnedCounts {
  const labels = [...new Set([...ref.keys(), ...cur.keys()])].sort();
  return {
    labels,
    reference: Float64Array.from(labels, (l) => ref.get(l) ?? 0),
    current: Float64Array.from(labels, (l) => cur.get(l) ?? 0),
  };
}

export function categoriesOf(s: ColumnSample): Map<string, number> {
  return s.type === 'categorical' ? s.counts : countsOfValues(s.values);
}

/** Counts per category seen in either sample (numbers as categories for numerical samples). */
export function categoryBins(ref: ColumnSample, cur: ColumnSample): BinnedCounts {
  return categoryCounts(categoriesOf(ref), categoriesOf(cur));
}

function fmt(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : v > 0 ? '∞' : '−∞';
}

export function binnedCounts(ref: ColumnSample, cur: ColumnSample, binning: Binning, bins: number): BinnedCounts {
  if (ref.type !== 'numerical' || cur.type !== 'numerical') return categoryBins(ref, cur);
  if (binning === 'auto' && distinctCount(ref.values) <= 20) return categoryBins(ref, cur);
  const rule: BinningRule = binning === 'auto' ? 'sturges' : binning;
  let source: Float64Array;
  if (rule === 'quantile') source = ref.values;
  else {
    source = new Float64Array(ref.values.length + cur.values.length);
    source.set(ref.values);
    source.set(cur.values, ref.values.length);
  }
  const edges = histogramBinEdges(source, rule, bins);
  const labels: string[] = [];
  for (let i = 0; i + 1 < edges.length; i++) labels.push(`[${fmt(edges[i])}, ${fmt(edges[i + 1])}${i + 2 === edges.length ? ']' : ')'}`);
  return { labels, reference: histogramCounts(ref.values, edges), current: histogramCounts(cur.values, edges) };
}

/** Counts as shares of the sample size (Evidently divides by the sample's length). */
export function shares(counts: Float64Array, n: number): Float64Array {
  return counts.map((c) => (n > 0 ? c / n : 0));
}
