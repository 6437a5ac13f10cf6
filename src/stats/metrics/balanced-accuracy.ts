import { margins, type ConfusionMatrix } from './confusion-matrix.js';

/**
 * Balanced accuracy: the mean of the per-class recalls C[c,c] / Σ_p C[c,p]
 * over the classes that occur in the truth (a class with no true rows is
 * left out, as scikit-learn does after its warning). For a binary task it is
 * (sensitivity + specificity) / 2.
 *
 * References: `sklearn.metrics.balanced_accuracy_score` (adjusted=False);
 * K. H. Brodersen et al., "The balanced accuracy and its posterior
 * distribution", ICPR 2010.
 */
export function balancedAccuracy(cm: ConfusionMatrix): number {
  const { support, correct } = margins(cm);
  let sum = 0;
  let m = 0;
  for (let c = 0; c < cm.k; c++) {
    if (support[c] === 0) continue;
    sum += correct[c] / support[c];
    m++;
  }
  return m === 0 ? Number.NaN : sum / m;
}
