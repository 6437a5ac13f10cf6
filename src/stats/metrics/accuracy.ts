import type { ConfusionMatrix } from './confusion-matrix.js';

/**
 * Accuracy: the share of rows whose predicted class equals the true class,
 * trace(C) / ΣC. NaN for an empty matrix.
 *
 * Reference: `sklearn.metrics.accuracy_score`.
 */
export function accuracy(cm: ConfusionMatrix): number {
  const { k, counts } = cm;
  let correct = 0;
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  for (let c = 0; c < k; c++) correct += counts[c * k + c];
  return total === 0 ? Number.NaN : correct / total;
}
