import { rocAuc } from './roc-auc.js';

/**
 * One-vs-rest ROC AUC of a multiclass task: for each class c, the ROC AUC
 * of "class c vs the rest" scored by the probability column of c; averaged
 * with equal weights (`macro`) or by class support (`weighted`). NaN when a
 * class has no rows or all rows are of one class (scikit-learn raises).
 *
 * References: `sklearn.metrics.roc_auc_score(multi_class="ovr")`;
 * F. Provost, P. Domingos, "Well-trained PETs: improving probability
 * estimation trees" (2000) for the support-weighted average.
 */
export function rocAucOvr(labels: ArrayLike<number>, proba: Float64Array[], average: 'macro' | 'weighted' = 'macro'): number {
  const k = proba.length;
  const n = labels.length;
  const support = new Float64Array(k);
  for (let i = 0; i < n; i++) support[labels[i]]++;
  const binary = new Uint8Array(n);
  let sum = 0;
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < n; i++) binary[i] = labels[i] === c ? 1 : 0;
    const auc = rocAuc(binary, proba[c]);
    if (Number.isNaN(auc)) return Number.NaN;
    sum += average === 'macro' ? auc / k : (auc * support[c]) / n;
  }
  return sum;
}
