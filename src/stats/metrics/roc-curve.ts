import { binaryClfCurve, type BinaryCurveCounts } from './binary-clf-curve.js';

/**
 * The ROC curve as `sklearn.metrics.roc_curve(y, s, drop_intermediate=True)`
 * returns it: false and true positive rates at each distinct score
 * threshold (binary-clf-curve.ts), with the points that lie on a straight
 * segment between their neighbours dropped (where the second differences of
 * both fps and tps are zero), and (0, 0) prepended:
 *
 *   fpr_k = fps_k / fps_last,  tpr_k = tps_k / tps_last.
 *
 * A class that does not occur makes its rate NaN (0/0), as scikit-learn's
 * division does. Thresholds are left out (the charts do not use them).
 * Reference: sklearn/metrics/_ranking.py, `roc_curve`.
 */
export interface RocCurve {
  fpr: number[];
  tpr: number[];
}

export function rocCurve(labels: ArrayLike<number>, scores: Float64Array, counts: BinaryCurveCounts = binaryClfCurve(labels, scores)): RocCurve {
  let { fps, tps } = counts;
  const m = fps.length;
  if (m > 2) {
    const keep: number[] = [0];
    for (let k = 1; k < m - 1; k++) {
      const d2f = fps[k + 1] - 2 * fps[k] + fps[k - 1];
      const d2t = tps[k + 1] - 2 * tps[k] + tps[k - 1];
      if (d2f !== 0 || d2t !== 0) keep.push(k);
    }
    keep.push(m - 1);
    fps = Float64Array.from(keep, (k) => fps[k]);
    tps = Float64Array.from(keep, (k) => tps[k]);
  }
  const lastF = fps.length ? fps[fps.length - 1] : 0;
  const lastT = tps.length ? tps[tps.length - 1] : 0;
  return { fpr: [0, ...Array.from(fps, (f) => f / lastF)], tpr: [0, ...Array.from(tps, (t) => t / lastT)] };
}
