import { aggregateDifference } from './aggregation.js';
import { sumCounts, type ConfusionCounts } from './confusion-counts.js';
import { groupRate, ratesOf } from './group-rates.js';
import type { DisparityOptions } from './options.js';

/**
 * Equal opportunity difference.
 *
 * Definition: the aggregated difference of the true positive rates
 * TPR_g = P(Ŷ=1 | Y=1, A=g): between_groups max_g TPR_g − min_g TPR_g,
 * to_overall max_g |TPR_g − TPR|. 0 means every group's qualified members
 * are selected at the same rate.
 *
 * Differences between libraries: this follows Fairlearn
 * (`fairlearn.metrics.equal_opportunity_difference`), which is non-negative.
 * AIF360's `equal_opportunity_difference` is the signed two-group
 * TPR_unprivileged − TPR_privileged; with two groups its absolute value is
 * this number.
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: Hardt, Price & Srebro (NeurIPS 2016), "equal opportunity";
 * Fairlearn; AIF360 `ClassificationMetric.equal_opportunity_difference`.
 */
export function equalOpportunityDifference(groups: readonly ConfusionCounts[], options: DisparityOptions = {}): number {
  const overall = options.overall ?? sumCounts(groups);
  return aggregateDifference(ratesOf(groups, 'tpr'), groupRate(overall, 'tpr'), options.method ?? 'between_groups');
}
