/**
 * Counts of values per bin, as `numpy.histogram(values, bins=edges)[0]`:
 * bins are half-open [eᵢ, eᵢ₊₁) except the last, which is closed; values
 * outside [e₀, e_last] are not counted; NaN is not counted.
 *
 * Reference: numpy.histogram, https://numpy.org/doc/stable/reference/generated/numpy.histogram.html
 */
export function histogramCounts(values: ArrayLike<number>, edges: ArrayLike<number>): Float64Array {
  const bins = edges.length - 1;
  const counts = new Float64Array(bins);
  const first = edges[0];
  const last = edges[bins];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= first && v <= last)) continue;
    if (v === last) {
      counts[bins - 1]++;
      continue;
    }
    // Binary search for the last edge ≤ v.
    let lo = 0;
    let hi = bins;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (edges[mid] <= v) lo = mid;
      else hi = mid;
    }
    counts[lo]++;
  }
  return counts;
}
