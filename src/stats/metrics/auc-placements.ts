import { scoreOrder } from './score-order.js';

export interface AucPlacements {
  /** Area under the ROC curve (NaN when one class is absent). */
  auc: number;
  /**
   * Per row (row-indexed): for a positive row V10, the share of negatives
   * scored lower (ties ½); for a negative row V01, the share of positives
   * scored higher (ties ½).
   */
  placement: Float64Array;
  positives: number;
  negatives: number;
}

/**
 * The structural components ("placements") of the ROC AUC, from which both
 * the AUC (the mean of v10, or of v01) and DeLong's variance are built.
 *
 * Definition: with X the scores of the m positives and Y those of the n
 * negatives and ψ(x, y) = 1 if x > y, ½ if x = y, 0 otherwise,
 * V10(X_i) = (1/n) Σ_j ψ(X_i, Y_j) and V01(Y_j) = (1/m) Σ_i ψ(X_i, Y_j);
 * AUC = (1/m) Σ_i V10(X_i), the Mann–Whitney U / (m·n).
 *
 * Method: one pass over the rows in score order, counting negatives below
 * each tie group (O(n log n) for the order, as Sun & Xu's fast algorithm).
 *
 * References: E. R. DeLong, D. M. DeLong, D. L. Clarke-Pearson, Biometrics
 * 44 (1988) 837–845; X. Sun, W. Xu, "Fast implementation of DeLong's
 * algorithm", IEEE Signal Processing Letters 21(11) (2014) 1389–1393.
 */
export function aucPlacements(labels: ArrayLike<number>, scores: Float64Array, order: Uint32Array = scoreOrder(scores)): AucPlacements {
  const n = scores.length;
  let positives = 0;
  for (let i = 0; i < n; i++) if (labels[i] === 1) positives++;
  const negatives = n - positives;
  const placement = new Float64Array(n);
  // Scores and labels in sorted order, read sequentially below (one scattered pass here).
  const sorted = new Float64Array(n);
  const isPos = new Uint8Array(n);
  for (let j = 0; j < n; j++) {
    const r = order[j];
    sorted[j] = scores[r];
    isPos[j] = labels[r] === 1 ? 1 : 0;
  }
  let negBelow = 0;
  let posBelow = 0;
  let sumV10 = 0;
  let start = 0;
  while (start < n) {
    const s = sorted[start];
    let end = start;
    let pos = 0;
    while (end < n && sorted[end] === s) {
      pos += isPos[end];
      end++;
    }
    const neg = end - start - pos;
    const below = negatives ? (negBelow + 0.5 * neg) / negatives : Number.NaN;
    const above = positives ? (positives - posBelow - pos + 0.5 * pos) / positives : Number.NaN;
    for (let j = start; j < end; j++) placement[order[j]] = isPos[j] ? below : above;
    sumV10 += pos * below;
    negBelow += neg;
    posBelow += pos;
    start = end;
  }
  const auc = positives > 0 && negatives > 0 ? sumV10 / positives : Number.NaN;
  return { auc, placement, positives, negatives };
}
