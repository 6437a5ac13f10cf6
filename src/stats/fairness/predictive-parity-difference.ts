import { aggregateDifference } from './aggregation.js';
import { sumCounts, type ConfusionCounts } from './confusion-counts.js';
import { groupRate, ratesOf } from './group-rates.js';
import type { DisparityOptions } from './options.js';

/**
 * Predictive parity difference.
 *
 * Definition: the aggregated difference of the precisions (positive
 * predictive values) PPV_g = P(Y=1 | Ŷ=1, A=g): between_groups
 * max_g PPV_g − min_g PPV_g, to_overall max_g |PPV_g − PPV|. 0 means a
 * positive prediction is equally reliable in every group.
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: Chouldechova, "Fair prediction with disparate impact: a study of
 * bias in recidivism prediction instruments", Big Data 5(2) (2017)
 * ("predictive parity"); Verma & Rubin, "Fairness definitions explained",
 * FairWare 2018, §3.2.1. Aequitas reports the same comparison as the
 * precision disparity (a ratio to the reference group); here it is aggregated
 * like Fairlearn's MetricFrame.difference over `precision_score`.
 */
export function predictiveParityDifference(groups: readonly ConfusionCounts[], options: DisparityOptions = {}): number {
  const overall = options.overall ?? sumCounts(groups);
  return aggregateDifference(ratesOf(groups, 'precision'), groupRate(overall, 'precision'), options.method ?? 'between_groups');
}
