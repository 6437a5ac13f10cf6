/**
 * Coefficient of determination: R² = 1 − Σ (y_i − ŷ_i)² / Σ (y_i − ȳ)².
 * When the actual values are all equal the ratio is undefined; like
 * scikit-learn (force_finite=True) the result is then 1 for a perfect
 * prediction and 0 otherwise. NaN for fewer than two rows (scikit-learn
 * warns and returns NaN).
 *
 * Reference: `sklearn.metrics.r2_score`.
 */
export function r2(actual: Float64Array, predicted: Float64Array): number {
  const n = actual.length;
  if (n < 2) return Number.NaN;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += actual[i];
  mean /= n;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    const r = actual[i] - predicted[i];
    const t = actual[i] - mean;
    ssRes += r * r;
    ssTot += t * t;
  }
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}
