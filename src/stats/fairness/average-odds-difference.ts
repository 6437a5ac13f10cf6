import type { ConfusionCounts } from './confusion-counts.js';
import { groupRate } from './group-rates.js';

/**
 * Average odds difference.
 *
 * Definition: for a group g against the reference group,
 * AOD_g = ½[(FPR_g − FPR_ref) + (TPR_g − TPR_ref)] (AIF360, with g the
 * unprivileged and ref the privileged group). With more than two groups the
 * signed AOD_g of largest magnitude over g ≠ ref is returned, so that with
 * two groups the number equals AIF360's. 0 means equal average of the two
 * error-related rates; the sign says which side the group is on.
 *
 * Groups whose TPR or FPR is undefined are skipped; with none left the
 * result is NaN. `averageOddsDifferenceGroup` returns the index attaining it.
 *
 * Note: Fairlearn's `equalized_odds_difference(agg="mean")` is a different
 * quantity (the mean of the two between-group ranges, unsigned).
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: AIF360 `ClassificationMetric.average_odds_difference`
 * (Bellamy et al., "AI Fairness 360", arXiv:1810.01943, 2018);
 * Hardt, Price & Srebro (NeurIPS 2016).
 */
export function averageOddsDifference(groups: readonly ConfusionCounts[], reference: number): number {
  const i = averageOddsDifferenceGroup(groups, reference);
  return i < 0 ? Number.NaN : aod(groups[i], groups[reference]);
}

function aod(g: ConfusionCounts, ref: ConfusionCounts): number {
  return averageOddsOfRates(groupRate(g, 'tpr'), groupRate(g, 'fpr'), groupRate(ref, 'tpr'), groupRate(ref, 'fpr'));
}

/** AOD_g from the two groups' rates: ½[(FPR_g − FPR_ref) + (TPR_g − TPR_ref)] (shared with the bootstrap, which has the rates already). */
export function averageOddsOfRates(tpr: number, fpr: number, tprRef: number, fprRef: number): number {
  return 0.5 * (fpr - fprRef + (tpr - tprRef));
}

export function averageOddsDifferenceGroup(groups: readonly ConfusionCounts[], reference: number): number {
  let best = -1;
  let max = -1;
  for (let i = 0; i < groups.length; i++) {
    if (i === reference) continue;
    const v = Math.abs(aod(groups[i], groups[reference]));
    if (Number.isNaN(v)) continue;
    if (v > max) {
      max = v;
      best = i;
    }
  }
  return best;
}
