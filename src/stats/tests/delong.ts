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

/**
 * The 2 × 2 sample covariance matrices (n − 1 denominators) of the
 * placements of models A and B, over the positives (S10) and over the
 * negatives (S01), in two passes over the rows.
 */
function placementCovariances(labels: ArrayLike<number>, pa: Float64Array, pb: Float64Array): { s10: [number, number, number]; s01: [number, number, number] } {
  const n = pa.length;
  let m1 = 0;
  let m0 = 0;
  let a1 = 0;
  let b1 = 0;
  let a0 = 0;
  let b0 = 0;
  for (let i = 0; i < n; i++) {
    if (labels[i] === 1) {
      m1++;
      a1 += pa[i];
      b1 += pb[i];
    } else {
      m0++;
      a0 += pa[i];
      b0 += pb[i];
    }
  }
  a1 /= m1;
  b1 /= m1;
  a0 /= m0;
  b0 /= m0;
  let aa1 = 0;
  let bb1 = 0;
  let ab1 = 0;
  let aa0 = 0;
  let bb0 = 0;
  let ab0 = 0;
  for (let i = 0; i < n; i++) {
    if (labels[i] === 1) {
      const da = pa[i] - a1;
      const db = pb[i] - b1;
      aa1 += da * da;
      bb1 += db * db;
      ab1 += da * db;
    } else {
      const da = pa[i] - a0;
      const db = pb[i] - b0;
      aa0 += da * da;
      bb0 += db * db;
      ab0 += da * db;
    }
  }
  const d1 = m1 - 1;
  const d0 = m0 - 1;
  const f = (x: number, d: number) => (d > 0 ? x / d : Number.NaN);
  return { s10: [f(aa1, d1), f(bb1, d1), f(ab1, d1)], s01: [f(aa0, d0), f(bb0, d0), f(ab0, d0)] };
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
  if (!scoresB) {
    const { s10, s01 } = placementCovariances(labels, pa, pa);
    const varA = s10[0] / m + s01[0] / n;
    return { aucA: a.auc, aucB: Number.NaN, varA, varB: Number.NaN, covariance: 0, difference: Number.NaN, varianceDiff: Number.NaN, z: Number.NaN, pValue: Number.NaN };
  }
  const b = aucPlacements(labels, scoresB);
  const { s10, s01 } = placementCovariances(labels, pa, b.placement);
  const varA = s10[0] / m + s01[0] / n;
  const varB = s10[1] / m + s01[1] / n;
  const cov = s10[2] / m + s01[2] / n;
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
