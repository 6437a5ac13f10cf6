import { aggregateDifference } from './aggregation.js';
import { sumCounts, type ConfusionCounts } from './confusion-counts.js';
import { groupRate, ratesOf } from './group-rates.js';
import type { DisparityOptions } from './options.js';

/**
 * Demographic parity difference.
 *
 * Definition: with selection rate s_g = P(Ŷ=1 | A=g),
 * between_groups: max_g s_g − min_g s_g; to_overall: max_g |s_g − s|.
 * 0 means every group is selected at the same rate.
 *
 * p-value: none; the gate attaches a percentile bootstrap interval
 * (bootstrap-disparity.ts).
 *
 * References: Fairlearn `fairlearn.metrics.demographic_parity_difference`;
 * Calders & Verwer, "Three naive Bayes approaches for discrimination-free
 * classification", DMKD 21 (2010) (the "discrimination score"). AIF360's
 * `statistical_parity_difference` is the signed two-group version
 * s_unprivileged − s_privileged; with two groups its absolute value equals
 * this metric.
 */
export function demographicParityDifference(groups: readonly ConfusionCounts[], options: DisparityOptions = {}): number {
  const overall = options.overall ?? sumCounts(groups);
  return aggregateDifference(ratesOf(groups, 'selectionRate'), groupRate(overall, 'selectionRate'), options.method ?? 'between_groups');
}
