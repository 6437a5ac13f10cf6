/**
 * Mean absolute percentage error, as a fraction (0.05 = 5%):
 * (1/n) Σ |y_i − ŷ_i| / max(|y_i|, ε) with ε = 2⁻⁵², so a zero actual value
 * gives a huge but finite term instead of a division by zero. NaN for no
 * rows.
 *
 * Reference: `sklearn.metrics.mean_absolute_percentage_error`.
 */
export function mape(actual: Float64Array, predicted: Float64Array): number {
  const n = actual.length;
  if (n === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.abs(actual[i] - predicted[i]) / Math.max(Math.abs(actual[i]), Number.EPSILON);
  return sum / n;
}
