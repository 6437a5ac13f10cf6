import { binaryClfCurve, type BinaryCurveCounts } from './binary-clf-curve.js';

/**
 * The precision–recall curve as `sklearn.metrics.precision_recall_curve`
 * (scikit-learn 1.1 and later) returns it: at each distinct score threshold
 * (binary-clf-curve.ts), from the lowest up,
 *
 *   precision_k = tps_k / (tps_k + fps_k)  (0 where nothing is predicted positive),
 *   recall_k = tps_k / tps_last  (1 everywhere when there is no positive),
 *
 * followed by the point (recall 0, precision 1).
 * Reference: sklearn/metrics/_ranking.py, `precision_recall_curve`.
 */
export interface PrecisionRecallCurve {
  precision: number[];
  recall: number[];
}

export function precisionRecallCurve(labels: ArrayLike<number>, scores: Float64Array, counts: BinaryCurveCounts = binaryClfCurve(labels, scores)): PrecisionRecallCurve {
  const { fps, tps } = counts;
  const m = tps.length;
  const last = m ? tps[m - 1] : 0;
  const precision: number[] = [];
  const recall: number[] = [];
  for (let k = m - 1; k >= 0; k--) {
    const predicted = tps[k] + fps[k];
    precision.push(predicted !== 0 ? tps[k] / predicted : 0);
    recall.push(last === 0 ? 1 : tps[k] / last);
  }
  precision.push(1);
  recall.push(0);
  return { precision, recall };
}
