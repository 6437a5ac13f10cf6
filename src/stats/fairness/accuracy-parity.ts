import { aggregateDifference } from './aggregation.js';
import { sumCounts, type ConfusionCounts } from './confusion-counts.js';
import { groupRate, ratesOf } from './group-rates.js';
import type { DisparityOptions } from './options.js';

/**
 * Accuracy parity (as a difference).
 *
 * Definition: between_groups: the largest minus the smallest group accuracy,
 * max_g acc_g − min_g acc_g with acc_g = (TP_g + TN_g)/n_g; to_overall:
 * max_g |acc_g − acc|. 0 means every group is classified equally well.
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: Zafar et al., "Fairness beyond disparate treatment & disparate
 * impact", WWW 2017 ("overall misclassification rate" parity); Fairlearn's
 * MetricFrame.difference over `accuracy_score`; Verma & Rubin (2018), §3.2.6
 * ("overall accuracy equality").
 */
export function accuracyParity(groups: readonly ConfusionCounts[], options: DisparityOptions = {}): number {
  const overall = options.overall ?? sumCounts(groups);
  return aggregateDifference(ratesOf(groups, 'accuracy'), groupRate(overall, 'accuracy'), options.method ?? 'between_groups');
}
