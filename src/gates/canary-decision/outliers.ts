/**
 * Kayenta's outlier removal (`outliers: remove`), per variant: values
 * outside the fences are dropped before the judge, with
 *   lower = min(P1, Q1 − f·IQR),  upper = max(P99, Q3 + f·IQR)
 * (Tukey's fences with factor f, default 3, widened to the 1st/99th
 * percentiles: Kayenta's IQRDetector with reduceSensitivity). Percentiles
 * are Apache Commons Math's default estimate, which Kayenta uses: position
 * p(n+1) in the sorted sample, interpolated (Hyndman & Fan type 6), clamped
 * to the minimum and maximum.
 *
 * Reference: J. W. Tukey, "Exploratory Data Analysis", 1977 (fences).
 */
function percentileType6(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  const pos = p * (n + 1);
  if (pos < 1) return sorted[0];
  if (pos >= n) return sorted[n - 1];
  const lo = Math.floor(pos);
  return sorted[lo - 1] + (pos - lo) * (sorted[lo] - sorted[lo - 1]);
}

export function removeOutliers(values: Float64Array, factor: number): Float64Array {
  if (values.length < 4) return values;
  const sorted = Float64Array.from(values).sort();
  const q1 = percentileType6(sorted, 0.25);
  const q3 = percentileType6(sorted, 0.75);
  const iqr = q3 - q1;
  const lower = Math.min(percentileType6(sorted, 0.01), q1 - factor * iqr);
  const upper = Math.max(percentileType6(sorted, 0.99), q3 + factor * iqr);
  return values.filter((v) => v >= lower && v <= upper);
}
