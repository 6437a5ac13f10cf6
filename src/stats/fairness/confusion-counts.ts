/**
 * The four cells of a binary confusion matrix for one group. Every group
 * fairness metric in this folder is a function of these counts alone, which
 * is why a bootstrap resample can be drawn as a multinomial over the cells
 * instead of over the rows.
 *
 * Counts are numbers (not bigints) so that weighted or resampled counts fit
 * the same type; they are non-negative.
 */
export interface ConfusionCounts {
  /** Label positive, predicted positive. */
  tp: number;
  /** Label positive, predicted negative. */
  fn: number;
  /** Label negative, predicted positive. */
  fp: number;
  /** Label negative, predicted negative. */
  tn: number;
}

/** The cell-wise sum of several groups' counts (e.g. the overall population). */
export function sumCounts(groups: readonly ConfusionCounts[]): ConfusionCounts {
  const total = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const g of groups) {
    total.tp += g.tp;
    total.fn += g.fn;
    total.fp += g.fp;
    total.tn += g.tn;
  }
  return total;
}

/** Rows in a group: TP + FN + FP + TN. */
export function groupSize(c: ConfusionCounts): number {
  return c.tp + c.fn + c.fp + c.tn;
}
