import { scoreOrder } from './score-order.js';

/**
 * Area under the ROC curve of a binary task: the probability that a random
 * positive row is scored above a random negative one, ties counting ½
 * (the Mann–Whitney U statistic divided by m·n, which equals the trapezoidal
 * area under the empirical ROC curve with ties as diagonal segments).
 * Labels are 1 (positive) or 0. NaN when only one class is present (where
 * scikit-learn raises "Only one class present in y_true").
 *
 * References: `sklearn.metrics.roc_auc_score`; J. A. Hanley, B. J. McNeil,
 * "The meaning and use of the area under a ROC curve", Radiology 143 (1982).
 */
export function rocAuc(labels: ArrayLike<number>, scores: Float64Array, order: Uint32Array = scoreOrder(scores)): number {
  const n = scores.length;
  let positives = 0;
  for (let i = 0; i < n; i++) if (labels[i] === 1) positives++;
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  let negBelow = 0;
  let u = 0;
  let start = 0;
  while (start < n) {
    const s = scores[order[start]];
    let end = start;
    let pos = 0;
    let neg = 0;
    while (end < n && scores[order[end]] === s) {
      if (labels[order[end]] === 1) pos++;
      else neg++;
      end++;
    }
    u += pos * (negBelow + 0.5 * neg);
    negBelow += neg;
    start = end;
  }
  return u / positives / negatives;
}
