/**
 * Mean squared error: (1/n) Σ (y_i − ŷ_i)². NaN for no rows.
 *
 * Reference: `sklearn.metrics.mean_squared_error`.
 */
export function mse(actual: Float64Array, predicted: Float64Array): number {
  const n = actual.length;
  if (n === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const d = actual[i] - predicted[i];
    sum += d * d;
  }
  return sum / n;
}
