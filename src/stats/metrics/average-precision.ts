import { scoreOrder } from './score-order.js';

/**
 * Average precision (the area under the precision–recall curve as
 * scikit-learn defines it): AP = Σ_n (R_n − R_{n−1}) · P_n over the distinct
 * score thresholds taken from the highest down, P_n and R_n being the
 * precision and recall of predicting positive at scores ≥ the n-th
 * threshold. It is a step sum, not a trapezoidal interpolation. Tied scores
 * form one threshold. NaN when there are no positives (recall undefined).
 *
 * Reference: `sklearn.metrics.average_precision_score`; M. Zhu, "Recall,
 * precision and average precision" (2004).
 */
export function averagePrecision(labels: ArrayLike<number>, scores: Float64Array, order: Uint32Array = scoreOrder(scores)): number {
  const n = scores.length;
  let positives = 0;
  for (let i = 0; i < n; i++) if (labels[i] === 1) positives++;
  if (positives === 0) return Number.NaN;
  let tp = 0;
  let fp = 0;
  let ap = 0;
  let prevRecall = 0;
  let end = n;
  while (end > 0) {
    const s = scores[order[end - 1]];
    let start = end;
    while (start > 0 && scores[order[start - 1]] === s) {
      start--;
      if (labels[order[start]] === 1) tp++;
      else fp++;
    }
    const rec = tp / positives;
    ap += (rec - prevRecall) * (tp / (tp + fp));
    prevRecall = rec;
    end = start;
  }
  return ap;
}
