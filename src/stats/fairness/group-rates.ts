import type { ConfusionCounts } from './confusion-counts.js';

/**
 * The per-group rates that group fairness metrics compare.
 *
 * Definitions (Ŷ the prediction, Y the label, both binary, within one group):
 * - selectionRate = P(Ŷ=1) = (TP+FP)/n  (Fairlearn `selection_rate`, Aequitas "pprev")
 * - tpr = P(Ŷ=1|Y=1) = TP/(TP+FN)       (recall, sensitivity)
 * - fpr = P(Ŷ=1|Y=0) = FP/(FP+TN)
 * - fnr = P(Ŷ=0|Y=1) = FN/(TP+FN) = 1 − tpr
 * - tnr = P(Ŷ=0|Y=0) = TN/(FP+TN) = 1 − fpr
 * - precision = P(Y=1|Ŷ=1) = TP/(TP+FP) (positive predictive value)
 * - npv = P(Y=0|Ŷ=0) = TN/(TN+FN)
 * - accuracy = (TP+TN)/n
 *
 * A rate whose denominator is zero is NaN, never 0: a group with no
 * positives has no true positive rate, and treating it as 0 (scikit-learn's
 * `zero_division` default with a warning) would count it as maximally unfair
 * or, for a ratio, hide it. Callers decide what an undefined rate means.
 *
 * No p-value: these are descriptive proportions; their uncertainty comes from
 * the bootstrap (bootstrap-disparity.ts).
 *
 * References: Fairlearn `fairlearn.metrics` base metrics
 * (selection_rate, true_positive_rate, false_positive_rate, ...);
 * Saleiro et al., "Aequitas: A Bias and Fairness Audit Toolkit" (2018), table 1;
 * Fawcett, "An introduction to ROC analysis", Pattern Recognition Letters 27 (2006).
 */
export interface GroupRates {
  selectionRate: number;
  tpr: number;
  fpr: number;
  fnr: number;
  tnr: number;
  precision: number;
  npv: number;
  accuracy: number;
}

export type RateName = keyof GroupRates;

export const RATE_NAMES: readonly RateName[] = ['selectionRate', 'tpr', 'fpr', 'fnr', 'tnr', 'precision', 'npv', 'accuracy'];

function ratio(num: number, den: number): number {
  return den > 0 ? num / den : Number.NaN;
}

export function groupRates(c: ConfusionCounts): GroupRates {
  const n = c.tp + c.fn + c.fp + c.tn;
  const pos = c.tp + c.fn;
  const neg = c.fp + c.tn;
  return {
    selectionRate: ratio(c.tp + c.fp, n),
    tpr: ratio(c.tp, pos),
    fpr: ratio(c.fp, neg),
    fnr: ratio(c.fn, pos),
    tnr: ratio(c.tn, neg),
    precision: ratio(c.tp, c.tp + c.fp),
    npv: ratio(c.tn, c.tn + c.fn),
    accuracy: ratio(c.tp + c.tn, n),
  };
}

/** One rate of one group, without building the whole record (used in bootstrap loops). */
export function groupRate(c: ConfusionCounts, rate: RateName): number {
  switch (rate) {
    case 'selectionRate':
      return ratio(c.tp + c.fp, c.tp + c.fn + c.fp + c.tn);
    case 'tpr':
      return ratio(c.tp, c.tp + c.fn);
    case 'fpr':
      return ratio(c.fp, c.fp + c.tn);
    case 'fnr':
      return ratio(c.fn, c.tp + c.fn);
    case 'tnr':
      return ratio(c.tn, c.fp + c.tn);
    case 'precision':
      return ratio(c.tp, c.tp + c.fp);
    case 'npv':
      return ratio(c.tn, c.tn + c.fn);
    case 'accuracy':
      return ratio(c.tp + c.tn, c.tp + c.fn + c.fp + c.tn);
  }
}

/**
 * Whether a larger value of the rate is the favourable direction (used to pick
 * the "best" reference group, as Aequitas's `min_metric` reference does for
 * error rates).
 */
export function higherIsBetter(rate: RateName): boolean {
  return rate !== 'fpr' && rate !== 'fnr';
}

/** One rate for each group, NaN where undefined. */
export function ratesOf(groups: readonly ConfusionCounts[], rate: RateName): Float64Array {
  const out = new Float64Array(groups.length);
  for (let i = 0; i < groups.length; i++) out[i] = groupRate(groups[i], rate);
  return out;
}

/**
 * Every rate of every group at once, from 4·G cell counts (TP, FN, FP, TN of
 * each group): rate r (its index in RATE_NAMES) of group g goes to
 * out[r·G + g]. The same expressions as groupRate, so the same values (the
 * division written out, as `ratio` does it, so that this loop needs no call
 * optimised first); used by the bootstrap, which needs all rates of all
 * groups of each resample.
 */
export function ratesOfCells(cells: Float64Array, groups: number, out: Float64Array): void {
  for (let g = 0; g < groups; g++) {
    const tp = cells[4 * g];
    const fn = cells[4 * g + 1];
    const fp = cells[4 * g + 2];
    const tn = cells[4 * g + 3];
    const n = tp + fn + fp + tn;
    const pos = tp + fn;
    const neg = fp + tn;
    const predPos = tp + fp;
    const predNeg = tn + fn;
    out[g] = n > 0 ? predPos / n : Number.NaN;
    out[groups + g] = pos > 0 ? tp / pos : Number.NaN;
    out[2 * groups + g] = neg > 0 ? fp / neg : Number.NaN;
    out[3 * groups + g] = pos > 0 ? fn / pos : Number.NaN;
    out[4 * groups + g] = neg > 0 ? tn / neg : Number.NaN;
    out[5 * groups + g] = predPos > 0 ? tp / predPos : Number.NaN;
    out[6 * groups + g] = predNeg > 0 ? tn / predNeg : Number.NaN;
    out[7 * groups + g] = n > 0 ? (tp + tn) / n : Number.NaN;
  }
}
