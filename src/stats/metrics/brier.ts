/**
 * Brier score of a binary task: (1/n) Σ (p_i − y_i)², the mean squared
 * error of the predicted probability of the positive class. NaN for no rows.
 *
 * References: `sklearn.metrics.brier_score_loss`; G. W. Brier, "Verification
 * of forecasts expressed in terms of probability", Monthly Weather Review
 * 78 (1950) 1–3.
 */
export function brier(labels: ArrayLike<number>, probability: Float64Array): number {
  const n = labels.length;
  if (n === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const d = probability[i] - labels[i];
    sum += d * d;
  }
  return sum / n;
}
