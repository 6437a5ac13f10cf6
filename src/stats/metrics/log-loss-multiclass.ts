/**
 * Multiclass log loss: −(1/n) Σ_i log p_{i, y_i}, where each row's class
 * probabilities are clipped to [ε, 1 − ε] (ε = 2⁻⁵²) and then renormalised
 * to sum to 1, as scikit-learn does. `proba[c][i]` is row i's probability
 * of class c. NaN for no rows.
 *
 * Reference: `sklearn.metrics.log_loss` (scikit-learn 1.2, eps="auto").
 */
export function logLossMulticlass(labels: ArrayLike<number>, proba: Float64Array[]): number {
  const n = labels.length;
  const k = proba.length;
  if (n === 0) return Number.NaN;
  const eps = Number.EPSILON;
  const clip = (v: number) => Math.min(1 - eps, Math.max(eps, v));
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let rowSum = 0;
    for (let c = 0; c < k; c++) rowSum += clip(proba[c][i]);
    sum -= Math.log(clip(proba[labels[i]][i]) / rowSum);
  }
  return sum / n;
}
