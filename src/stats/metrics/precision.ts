import { averageScores, margins, type Average, type ConfusionMatrix } from './confusion-matrix.js';

/**
 * Precision (positive predictive value): per class c, C[c,c] / Σ_t C[t,c],
 * the share of rows predicted c that truly are c; 0 when nothing is
 * predicted c (scikit-learn's zero_division default). Combined by `average`.
 *
 * Reference: `sklearn.metrics.precision_score`.
 */
export function precision(cm: ConfusionMatrix, average: Average = 'binary'): number {
  const { predicted, correct } = margins(cm);
  const per = new Float64Array(cm.k);
  for (let c = 0; c < cm.k; c++) per[c] = predicted[c] === 0 ? 0 : correct[c] / predicted[c];
  return averageScores(per, cm, average);
}
