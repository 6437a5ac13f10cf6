/**
 * Bin edges for the binned drift methods (psi, kl_div, jensenshannon,
 * hellinger, l_infinity on numerical columns).
 *
 * - `sturges`, `doane`: `numpy.histogram_bin_edges(values, bins=rule)`:
 *   equal-width bins over [min, max] whose width is
 *     Sturges: range / (log₂ n + 1);
 *     Doane:   range / (1 + log₂ n + log₂(1 + |g₁|/σ_{g₁})),
 *              g₁ the sample skewness, σ_{g₁} = √(6(n − 2)/((n + 1)(n + 3)));
 *   the number of bins is ⌈range / width⌉ (1 for a constant sample, whose
 *   range becomes [v − ½, v + ½]); edges are start + i·step, the last = max.
 * - `equal-width`: `count` equal bins over [min, max] (numpy's bins=count).
 * - `quantile`: reference quantiles at i/count (numpy's linear
 *   interpolation), duplicates removed, the outer edges widened to ±∞ so that
 *   current values outside the reference range are counted.
 *
 * References:
 * - H. A. Sturges, J. Am. Stat. Assoc. 21(153) (1926) 65–66.
 * - D. P. Doane, Am. Stat. 30(4) (1976) 181–183.
 * - numpy.histogram_bin_edges, https://numpy.org/doc/stable/reference/generated/numpy.histogram_bin_edges.html
 */
export type BinningRule = 'sturges' | 'doane' | 'equal-width' | 'quantile';

function linspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num);
  const step = (stop - start) / (num - 1);
  for (let i = 0; i < num; i++) out[i] = i * step + start;
  out[num - 1] = stop;
  return out;
}

function doaneWidth(values: ArrayLike<number>, min: number, max: number): number {
  const n = values.length;
  if (n <= 2) return 0;
  const sg1 = Math.sqrt((6 * (n - 2)) / ((n + 1) * (n + 3)));
  let s = 0;
  for (let i = 0; i < n; i++) s += values[i];
  const mean = s / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  const sigma = Math.sqrt(ss / n);
  if (!(sigma > 0)) return 0;
  let m3 = 0;
  for (let i = 0; i < n; i++) m3 += ((values[i] - mean) / sigma) ** 3;
  const g1 = m3 / n;
  return (max - min) / (1 + Math.log2(n) + Math.log2(1 + Math.abs(g1) / sg1));
}

/** Quantile of an ascending sample, numpy's default 'linear' method. */
function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const frac = pos - lo;
  return sorted[lo] + (sorted[hi] - sorted[lo]) * frac;
}

/**
 * `values`: the sample the edges come from (the pooled sample for sturges,
 * doane and equal-width, the reference for quantile), without NaN.
 */
export function histogramBinEdges(values: ArrayLike<number>, rule: BinningRule, count = 10): Float64Array {
  const n = values.length;
  if (n === 0) return new Float64Array([0, 1]);
  if (rule === 'quantile') {
    const sorted = Float64Array.from(values).sort();
    const edges: number[] = [];
    for (let i = 0; i <= count; i++) {
      const e = quantileSorted(sorted, i / count);
      if (edges.length === 0 || e > edges[edges.length - 1]) edges.push(e);
    }
    if (edges.length === 1) edges.push(edges[0]);
    edges[0] = -Infinity;
    edges[edges.length - 1] = Infinity;
    return Float64Array.from(edges);
  }
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    if (values[i] < min) min = values[i];
    if (values[i] > max) max = values[i];
  }
  if (rule === 'doane') return edgesOfWidth(min, max, doaneWidth(values, min, max));
  return histogramBinEdgesOfRange(min, max, n, rule, count);
}

/**
 * The `sturges` and `equal-width` edges need only the sample's minimum,
 * maximum and size: the same edges as histogramBinEdges without a pass over
 * the values (for sorted samples, whose ends are known). n = 0 gives [0, 1].
 */
export function histogramBinEdgesOfRange(min: number, max: number, n: number, rule: 'sturges' | 'equal-width', count = 10): Float64Array {
  if (n === 0) return new Float64Array([0, 1]);
  if (rule === 'equal-width') return linspace(...range(min, max), count + 1);
  return edgesOfWidth(min, max, (max - min) / (Math.log2(n) + 1));
}

/** [min, max], widened to [v − ½, v + ½] for a constant sample (numpy). */
function range(min: number, max: number): [number, number] {
  return min === max ? [min - 0.5, max + 0.5] : [min, max];
}

/** Equal bins of about `width` over the range: ⌈range / width⌉ of them (1 when the width is 0). */
function edgesOfWidth(min: number, max: number, width: number): Float64Array {
  const [first, last] = range(min, max);
  const bins = width ? Math.ceil((last - first) / width) : 1;
  return linspace(first, last, bins + 1);
}
