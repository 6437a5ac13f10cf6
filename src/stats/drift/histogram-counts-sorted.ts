/**
 * Counts of an ascending sample per bin, as `numpy.histogram(values,
 * bins=edges)[0]` (and histogram-counts.ts): bins half-open [eᵢ, eᵢ₊₁)
 * except the last, which is closed; values outside [e₀, e_last] are not
 * counted. Because the sample is sorted, each edge's position is found by a
 * search instead of placing every value: the count of bin i is
 * #(v < eᵢ₊₁) − #(v < eᵢ), and of the last bin #(v ≤ e_last) − #(v < e_{last−1}).
 * Edges must be non-decreasing (numpy requires it; histogram-bin-edges.ts
 * makes them so); the sample must hold no NaN.
 *
 * `histogramCountsDistinct` takes the sample as its distinct values
 * (strictly ascending) with their counts: the same counts as for the
 * expanded sample.
 *
 * Reference: numpy.histogram, https://numpy.org/doc/stable/reference/generated/numpy.histogram.html
 */
import { searchSortedFrom } from './sorted-search.js';

/** Positions of the edges in `sorted`: #(v < eᵢ) for each edge but the last, #(v ≤ e_last) for the last. */
function edgePositions(sorted: ArrayLike<number>, edges: ArrayLike<number>): Float64Array {
  const bins = edges.length - 1;
  const at = new Float64Array(edges.length);
  let from = 0;
  for (let e = 0; e < bins; e++) {
    from = searchSortedFrom(sorted, edges[e], from, false);
    at[e] = from;
  }
  at[bins] = searchSortedFrom(sorted, edges[bins], from, true);
  return at;
}

/** Counts per bin of an ascending sample. */
export function histogramCountsSorted(sorted: ArrayLike<number>, edges: ArrayLike<number>): Float64Array {
  const bins = edges.length - 1;
  const at = edgePositions(sorted, edges);
  const counts = new Float64Array(bins);
  for (let b = 0; b < bins; b++) counts[b] = at[b + 1] - at[b];
  return counts;
}

/** Counts per bin of a sample given as distinct values (strictly ascending) and their counts. */
export function histogramCountsDistinct(values: ArrayLike<number>, counts: ArrayLike<number>, edges: ArrayLike<number>): Float64Array {
  const bins = edges.length - 1;
  const at = edgePositions(values, edges);
  const out = new Float64Array(bins);
  for (let b = 0; b < bins; b++) {
    let s = 0;
    for (let k = at[b]; k < at[b + 1]; k++) s += counts[k];
    out[b] = s;
  }
  return out;
}
