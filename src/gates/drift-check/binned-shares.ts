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
import { histogramBinEdges, histogramBinEdgesOfRange, type BinningRule } from '../../stats/drift/histogram-bin-edges.js';
import { histogramCountsDistinct, histogramCountsSorted } from '../../stats/drift/histogram-counts-sorted.js';
import { countsOfSample, distinctCountOfSample, sampleSize, type ColumnSample, type NumericalSample } from './column-sample.js';

export type Binning = 'auto' | BinningRule;

export interface BinnedCounts {
  labels: string[];
  reference: Float64Array;
  current: Float64Array;
}

/**
 * Text in Python's order (by code point, as `sorted` orders str), which
 * differs from JavaScript's UTF-16 order only for characters beyond U+FFFF
 * against U+E000–U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (U+D800–U+DFFF) stand for code points above U+FFFF: lift them above U+E000–U+FFFF.
    const kx = x >= 0xd800 ? (x <= 0xdfff ? x + 0x2000 : x - 0x800) : x;
    const ky = y >= 0xd800 ? (y <= 0xdfff ? y + 0x2000 : y - 0x800) : y;
    return kx - ky;
  }
  return a.length - b.length;
}

function categoryCounts(ref: Map<string, number>, cur: Map<string, number>, numbers: boolean): BinnedCounts {
  const labels = [...new Set([...ref.keys(), ...cur.keys()])].sort(numbers ? (a, b) => Number(a) - Number(b) : compareCodePoints);
  return {
    labels,
    reference: Float64Array.from(labels, (l) => ref.get(l) ?? 0),
    current: Float64Array.from(labels, (l) => cur.get(l) ?? 0),
  };
}

export function categoriesOf(s: ColumnSample): Map<string, number> {
  return s.type === 'categorical' ? s.counts : countsOfSample(s);
}

/** Whether a sample's categories are numbers (ordered by value). */
function ofNumbers(s: ColumnSample): boolean {
  return s.type === 'numerical' || s.numbers === true;
}

/**
 * Counts per category seen in either sample (numbers as categories for
 * numerical samples), the categories in Evidently's `sorted(keys)` order:
 * numbers by value, text by code point.
 */
export function categoryBins(ref: ColumnSample, cur: ColumnSample): BinnedCounts {
  return categoryCounts(categoriesOf(ref), categoriesOf(cur), ofNumbers(ref) && ofNumbers(cur));
}

function fmt(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : v > 0 ? '∞' : '−∞';
}

/**
 * The pooled minimum and maximum of two ascending samples, as a pass over
 * ref then cur keeping the first value strictly beyond the best so far would
 * find them (so the same zero, −0 or 0, when the extreme is zero).
 */
function pooledRange(ref: NumericalSample, cur: NumericalSample): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const s of [ref, cur]) {
    if (sampleSize(s) === 0) continue;
    const first = s.distinct ? s.distinct.values[0] : s.values[0];
    let last: number;
    if (s.distinct) last = s.distinct.values[s.distinct.values.length - 1];
    else {
      let k = s.values.length - 1;
      while (k > 0 && s.values[k - 1] === s.values[k]) k--;
      last = s.values[k];
    }
    if (first < min) min = first;
    if (last > max) max = last;
  }
  return [min, max];
}

/** Counts per bin of a sorted sample: by search at each edge (the same counts as a pass over the values). */
function countsPerBin(s: NumericalSample, edges: Float64Array): Float64Array {
  return s.distinct ? histogramCountsDistinct(s.distinct.values, s.distinct.counts, edges) : histogramCountsSorted(s.values, edges);
}

export function binnedCounts(ref: ColumnSample, cur: ColumnSample, binning: Binning, bins: number): BinnedCounts {
  if (ref.type !== 'numerical' || cur.type !== 'numerical') return categoryBins(ref, cur);
  if (binning === 'auto' && distinctCountOfSample(ref) <= 20) return categoryBins(ref, cur);
  const rule: BinningRule = binning === 'auto' ? 'sturges' : binning;
  let edges: Float64Array;
  if (rule === 'sturges' || rule === 'equal-width') {
    // Both samples are sorted: the range is at their ends, no pooled copy needed.
    const [min, max] = pooledRange(ref, cur);
    edges = histogramBinEdgesOfRange(min, max, sampleSize(ref) + sampleSize(cur), rule, bins);
  } else if (rule === 'quantile') edges = histogramBinEdges(ref.values, rule, bins);
  else {
    const source = new Float64Array(ref.values.length + cur.values.length);
    source.set(ref.values);
    source.set(cur.values, ref.values.length);
    edges = histogramBinEdges(source, rule, bins);
  }
  const labels: string[] = [];
  for (let i = 0; i + 1 < edges.length; i++) labels.push(`[${fmt(edges[i])}, ${fmt(edges[i + 1])}${i + 2 === edges.length ? ']' : ')'}`);
  return { labels, reference: countsPerBin(ref, edges), current: countsPerBin(cur, edges) };
}

/** Distinct values of the union of two ascending arrays, counting no further than `cap`. */
export function distinctUnionCount(a: ArrayLike<number>, b: ArrayLike<number>, cap = Infinity): number {
  let i = 0;
  let j = 0;
  let d = 0;
  while ((i < a.length || j < b.length) && d < cap) {
    const v = i < a.length && (j >= b.length || a[i] <= b[j]) ? a[i] : b[j];
    while (i < a.length && a[i] === v) i++;
    while (j < b.length && b[j] === v) j++;
    d++;
  }
  return d;
}

/**
 * The bins of Evidently's `hellinger` on numbers: Sturges edges over the
 * distinct values of both samples together (`np.histogram_bin_edges(keys,
 * 'sturges')`, keys the distinct values, so n is their number, not the rows),
 * with each sample's counts.
 */
export function distinctSturgesCounts(ref: NumericalSample, cur: NumericalSample): { edges: Float64Array; reference: Float64Array; current: Float64Array } {
  const distinct = distinctUnionCount(ref.distinct?.values ?? ref.values, cur.distinct?.values ?? cur.values);
  const [min, max] = pooledRange(ref, cur);
  const edges = histogramBinEdgesOfRange(min, max, distinct, 'sturges');
  return { edges, reference: countsPerBin(ref, edges), current: countsPerBin(cur, edges) };
}

/** Counts as shares of the sample size (Evidently divides by the sample's length). */
export function shares(counts: Float64Array, n: number): Float64Array {
  return counts.map((c) => (n > 0 ? c / n : 0));
}
