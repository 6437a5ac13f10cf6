import { aucPlacements } from '../metrics/auc-placements.js';
import { normalSf } from '../distributions/normal.js';

export interface DeLongResult {
  aucA: number;
  /** NaN when there is no second model. */
  aucB: number;
  /** Variance of the estimate of AUC A. */
  varA: number;
  varB: number;
  /** Covariance of the two AUC estimates (0 without a second model). */
  covariance: number;
  /** aucA − aucB. */
  difference: number;
  /** Var(aucA − aucB) = varA + varB − 2·covariance. */
  varianceDiff: number;
  /** difference / sqrt(varianceDiff). */
  z: number;
  /** Two-sided p-value of H0: AUC A = AUC B (normal approximation). */
  pValue: number;
}

/** Sample covariance (n − 1 denominator) of x and y over the rows of one class (positives when `positive`). */
function covariance(labels: ArrayLike<number>, positive: boolean, x: Float64Array, y: Float64Array): number {
  let n = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < x.length; i++) {
    if ((labels[i] === 1) !== positive) continue;
    n++;
    mx += x[i];
    my += y[i];
  }
  if (n < 2) return Number.NaN;
  mx /= n;
  my /= n;
  let s = 0;
  for (let i = 0; i < x.length; i++) if ((labels[i] === 1) === positive) s += (x[i] - mx) * (y[i] - my);
  return s / (n - 1);
}

/**
 * DeLong's nonparametric test for the difference of two correlated ROC AUCs
 * (two models scored on the same rows), and the variance of one AUC.
 *
 * Definition: with placements V10 (per positive) and V01 (per negative) of
 * each model (see aucPlacements), S10 and S01 are their sample covariance
 * matrices across positives (m) and negatives (n); the covariance matrix of
 * the AUC estimates is S = S10 / m + S01 / n, and
 * z = (A − B) / sqrt(S_AA + S_BB − 2 S_AB).
 *
 * p-value: two-sided from the standard normal, 2·(1 − Φ(|z|)). When the
 * variance is 0 (identical or perfectly separating models) p is 1 for a zero
 * difference and 0 otherwise.
 *
 * References: E. R. DeLong, D. M. DeLong, D. L. Clarke-Pearson, "Comparing
 * the areas under two or more correlated receiver operating characteristic
 * curves: a nonparametric approach", Biometrics 44 (1988) 837–845;
 * X. Sun, W. Xu, IEEE Signal Processing Letters 21 (2014) 1389–1393; the
 * same computation as R's pROC::roc.test(method = "delong").
 */
export function delong(labels: ArrayLike<number>, scoresA: Float64Array, scoresB?: Float64Array): DeLongResult {
  const a = aucPlacements(labels, scoresA);
  const m = a.positives;
  const n = a.negatives;
  const pa = a.placement;
  const varA = covariance(labels, true, pa, pa) / m + covariance(labels, false, pa, pa) / n;
  if (!scoresB) {
    return { aucA: a.auc, aucB: Number.NaN, varA, varB: Number.NaN, covariance: 0, difference: Number.NaN, varianceDiff: Number.NaN, z: Number.NaN, pValue: Number.NaN };
  }
  const b = aucPlacements(labels, scoresB);
  const pb = b.placement;
  const varB = covariance(labels, true, pb, pb) / m + covariance(labels, false, pb, pb) / n;
  const cov = covariance(labels, true, pa, pb) / m + covariance(labels, false, pa, pb) / n;
  const difference = a.auc - b.auc;
  const varianceDiff = Math.max(0, varA + varB - 2 * cov);
  let z: number;
  let pValue: number;
  if (Number.isNaN(difference) || Number.isNaN(varianceDiff)) {
    z = Number.NaN;
    pValue = Number.NaN;
  } else if (varianceDiff === 0) {
    z = difference === 0 ? 0 : Math.sign(difference) * Number.POSITIVE_INFINITY;
    pValue = difference === 0 ? 1 : 0;
  } else {
    z = difference / Math.sqrt(varianceDiff);
    pValue = Math.min(1, 2 * normalSf(Math.abs(z)));
  }
  return { aucA: a.auc, aucB: b.auc, varA, varB, covariance: cov, difference, varianceDiff, z, pValue };
}
