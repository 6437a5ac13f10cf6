/**
 * Binary log loss (cross-entropy): −(1/n) Σ [y log p + (1 − y) log(1 − p)]
 * with p the predicted probability of the positive class, clipped to
 * [ε, 1 − ε] with ε = 2⁻⁵² (float64 machine epsilon, scikit-learn's
 * eps="auto") so that a confident wrong prediction costs about 36, not ∞.
 * NaN for no rows.
 *
 * Reference: `sklearn.metrics.log_loss` (scikit-learn 1.2, eps="auto").
 */
export function logLoss(labels: ArrayLike<number>, probability: Float64Array): number {
  const n = labels.length;
  if (n === 0) return Number.NaN;
  const eps = Number.EPSILON;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const p = Math.min(1 - eps, Math.max(eps, probability[i]));
    sum -= labels[i] === 1 ? Math.log(p) : Math.log1p(-p);
  }
  return sum / n;
}
