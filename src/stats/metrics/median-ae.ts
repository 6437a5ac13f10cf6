/**
 * Median absolute error: the median of |y_i − ŷ_i| (the mean of the two
 * middle values for an even count), robust to outliers. NaN for no rows.
 *
 * Reference: `sklearn.metrics.median_absolute_error` (numpy.median).
 */
export function medianAe(actual: Float64Array, predicted: Float64Array): number {
  const n = actual.length;
  if (n === 0) return Number.NaN;
  const err = new Float64Array(n);
  for (let i = 0; i < n; i++) err[i] = Math.abs(actual[i] - predicted[i]);
  err.sort();
  const mid = n >> 1;
  return n % 2 === 1 ? err[mid] : (err[mid - 1] + err[mid]) / 2;
}
