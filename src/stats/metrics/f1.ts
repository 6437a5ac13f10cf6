import { averageScores, margins, type Average, type ConfusionMatrix } from './confusion-matrix.js';

/**
 * F1 score, the harmonic mean of precision and recall: per class c,
 * 2·tp / (2·tp + fp + fn) with tp = C[c,c], fp = predicted − tp, fn =
 * support − tp; 0 when the class neither occurs nor is predicted. Combined
 * by `average` (macro F1 is the mean of per-class F1s, not the F1 of the
 * mean precision and recall).
 *
 * Reference: `sklearn.metrics.f1_score`.
 */
export function f1(cm: ConfusionMatrix, average: Average = 'binary'): number {
  const { support, predicted, correct } = margins(cm);
  const per = new Float64Array(cm.k);
  for (let c = 0; c < cm.k; c++) {
    const denom = support[c] + predicted[c];
    per[c] = denom === 0 ? 0 : (2 * correct[c]) / denom;
  }
  return averageScores(per, cm, average);
}
