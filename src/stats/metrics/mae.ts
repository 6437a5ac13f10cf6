/**
 * Mean absolute error: (1/n) Σ |y_i − ŷ_i|. NaN for no rows.
 *
 * Reference: `sklearn.metrics.mean_absolute_error`.
 */
export function mae(actual: Float64Array, predicted: Float64Array): number {
  const n = actual.length;
  if (n === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.abs(actual[i] - predicted[i]);
  return sum / n;
}
