import { averageScores, margins, type Average, type ConfusionMatrix } from './confusion-matrix.js';

/**
 * Recall (sensitivity, true-positive rate): per class c, C[c,c] / Σ_p C[c,p],
 * the share of rows of class c predicted c; 0 when the class has no true
 * rows (scikit-learn's zero_division default). Combined by `average`.
 *
 * Reference: `sklearn.metrics.recall_score`.
 */
export function recall(cm: ConfusionMatrix, average: Average = 'binary'): number {
  const { support, correct } = margins(cm);
  const per = new Float64Array(cm.k);
  for (let c = 0; c < cm.k; c++) per[c] = support[c] === 0 ? 0 : correct[c] / support[c];
  return averageScores(per, cm, average);
}
