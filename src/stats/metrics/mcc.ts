import { margins, type ConfusionMatrix } from './confusion-matrix.js';

/**
 * Matthews correlation coefficient (the multiclass R_K statistic of
 * Gorodkin, which is the phi coefficient for two classes):
 *   MCC = (c·s − Σ_k p_k t_k) / sqrt((s² − Σ_k p_k²)(s² − Σ_k t_k²))
 * with c the number of correct rows, s the total, t_k the true and p_k the
 * predicted count of class k. 0 when a factor of the denominator is 0 (all
 * rows in one true or one predicted class), as scikit-learn returns.
 *
 * References: `sklearn.metrics.matthews_corrcoef`; J. Gorodkin, "Comparing
 * two K-category assignments by a K-category correlation coefficient",
 * Computational Biology and Chemistry 28 (2004) 367–374.
 */
export function mcc(cm: ConfusionMatrix): number {
  const { support, predicted, correct, total } = margins(cm);
  let c = 0;
  let pt = 0;
  let pp = 0;
  let tt = 0;
  for (let i = 0; i < cm.k; i++) {
    c += correct[i];
    pt += predicted[i] * support[i];
    pp += predicted[i] * predicted[i];
    tt += support[i] * support[i];
  }
  const covYtYp = c * total - pt;
  const covYpYp = total * total - pp;
  const covYtYt = total * total - tt;
  if (covYpYp * covYtYt === 0) return 0;
  return covYtYp / Math.sqrt(covYtYt * covYpYp);
}
