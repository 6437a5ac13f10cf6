/**
 * When a group is too small to judge. A rate over few rows is noise: a group
 * below `min-group-size` rows, or with fewer label positives than
 * `min-positives` for a true/false negative rate (fewer negatives for a
 * false/true positive rate, fewer predicted positives for precision), is set
 * aside for the metrics that need that rate, listed as insufficient, and never
 * counted as fair.
 */
import type { ConfusionCounts } from '../../stats/fairness/confusion-counts.js';
import type { RateName } from '../../stats/fairness/group-rates.js';
import type { FairnessOptions } from './options.js';

type Limits = Pick<FairnessOptions, 'minGroupSize' | 'minPositives' | 'minNegatives'>;

/** Why a group cannot estimate a rate, or null when it can. */
export function ineligibleReason(c: ConfusionCounts, rate: RateName, limits: Limits): string | null {
  const n = c.tp + c.fn + c.fp + c.tn;
  if (n === 0) return 'no rows';
  if (n < limits.minGroupSize) return `${n} rows, below min-group-size ${limits.minGroupSize}`;
  switch (rate) {
    case 'tpr':
    case 'fnr': {
      const pos = c.tp + c.fn;
      return pos < Math.max(1, limits.minPositives) ? `${pos} positive labels, below min-positives ${limits.minPositives}` : null;
    }
    case 'fpr':
    case 'tnr': {
      const neg = c.fp + c.tn;
      return neg < Math.max(1, limits.minNegatives) ? `${neg} negative labels, below min-negatives ${limits.minNegatives}` : null;
    }
    case 'precision': {
      const pp = c.tp + c.fp;
      return pp < Math.max(1, limits.minPositives) ? `${pp} positive predictions, below min-positives ${limits.minPositives}` : null;
    }
    case 'npv': {
      const pn = c.tn + c.fn;
      return pn < Math.max(1, limits.minNegatives) ? `${pn} negative predictions, below min-negatives ${limits.minNegatives}` : null;
    }
    default:
      return null;
  }
}

/** The first reason a group cannot estimate all of the rates, or null. */
export function ineligibleForAll(c: ConfusionCounts, rates: readonly RateName[], limits: Limits): string | null {
  if (rates.length === 0) return ineligibleReason(c, 'selectionRate', limits);
  for (const r of rates) {
    const why = ineligibleReason(c, r, limits);
    if (why) return why;
  }
  return null;
}
