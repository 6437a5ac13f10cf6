import { scoreOrder } from './score-order.js';

/**
 * The counts behind the ROC and precision–recall curves, as scikit-learn's
 * `_binary_clf_curve` computes them: for each distinct score, taken from the
 * highest down, the false and true positives of predicting positive at
 * scores ≥ it. Tied scores form one threshold.
 *
 *   thresholds[k] = the k-th highest distinct score,
 *   tps[k] = #{i : y_i = 1, s_i ≥ thresholds[k]},  fps[k] = #{i : y_i ≠ 1, s_i ≥ thresholds[k]}.
 *
 * `labels`: 1 for the positive class, anything else negative.
 * Reference: sklearn/metrics/_ranking.py, `_binary_clf_curve` (unweighted).
 */
export interface BinaryCurveCounts {
  fps: Float64Array;
  tps: Float64Array;
  thresholds: Float64Array;
}

export function binaryClfCurve(labels: ArrayLike<number>, scores: Float64Array, order: Uint32Array = scoreOrder(scores)): BinaryCurveCounts {
  const n = scores.length;
  const fps: number[] = [];
  const tps: number[] = [];
  const thresholds: number[] = [];
  let tp = 0;
  let fp = 0;
  let end = n;
  while (end > 0) {
    const s = scores[order[end - 1]];
    let start = end;
    while (start > 0 && scores[order[start - 1]] === s) {
      start--;
      if (labels[order[start]] === 1) tp++;
      else fp++;
    }
    tps.push(tp);
    fps.push(fp);
    thresholds.push(s);
    end = start;
  }
  return { fps: Float64Array.from(fps), tps: Float64Array.from(tps), thresholds: Float64Array.from(thresholds) };
}
