/**
 * The reliability (calibration) curve as
 * `sklearn.calibration.calibration_curve(y, p, n_bins, strategy="uniform")`
 * computes it, with the number of scores in each bin beside:
 *
 *   bins: edges 0, 1/n_bins, …, 1 (numpy.linspace); a score goes to the
 *   bin of the number of inner edges strictly below it
 *   (numpy.searchsorted(edges[1:-1], p), side "left");
 *   for each non-empty bin b, in order:
 *     predicted_b = Σ_{i∈b} p_i / |b|   (mean predicted probability),
 *     observed_b  = #{i∈b : y_i = 1} / |b|   (fraction of positives).
 *
 * Sums run in row order, as numpy.bincount's do. Scores must lie in [0, 1]
 * (scikit-learn refuses others; the caller checks).
 * Reference: sklearn/calibration.py, `calibration_curve`.
 */
export interface CalibrationCurve {
  predicted: number[];
  observed: number[];
  count: number[];
}

export function calibrationCurve(labels: ArrayLike<number>, scores: ArrayLike<number>, nBins = 10): CalibrationCurve {
  // numpy.linspace(0, 1, nBins + 1): start + i * step, the last edge exactly 1.
  const step = 1 / nBins;
  const inner: number[] = [];
  for (let i = 1; i < nBins; i++) inner.push(i * step);
  const sums = new Float64Array(nBins);
  const trues = new Float64Array(nBins);
  const totals = new Float64Array(nBins);
  for (let i = 0; i < scores.length; i++) {
    const p = scores[i];
    let lo = 0;
    let hi = inner.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inner[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    sums[lo] += p;
    if (labels[i] === 1) trues[lo] += 1;
    totals[lo] += 1;
  }
  const out: CalibrationCurve = { predicted: [], observed: [], count: [] };
  for (let b = 0; b < nBins; b++) {
    if (totals[b] === 0) continue;
    out.predicted.push(sums[b] / totals[b]);
    out.observed.push(trues[b] / totals[b]);
    out.count.push(totals[b]);
  }
  return out;
}
