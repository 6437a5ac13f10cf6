import type { ConfusionMatrix } from './confusion-matrix.js';

/**
 * Specificity (true-negative rate) of a binary task: tn / (tn + fp), the
 * share of negative rows predicted negative; 0 when there are no negatives.
 * It equals scikit-learn's recall with pos_label=0.
 *
 * Reference: `sklearn.metrics.recall_score(..., pos_label=0)`.
 */
export function specificity(cm: ConfusionMatrix): number {
  if (cm.k !== 2) throw new RangeError(`specificity needs 2 classes, got ${cm.k}`);
  const tn = cm.counts[0];
  const fp = cm.counts[1];
  return tn + fp === 0 ? 0 : tn / (tn + fp);
}
