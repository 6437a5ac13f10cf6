import { aggregateRatio } from './aggregation.js';
import { sumCounts, type ConfusionCounts } from './confusion-counts.js';
import { groupRate, ratesOf } from './group-rates.js';
import type { OddsAggregation } from './equalized-odds-difference.js';
import type { DisparityOptions } from './options.js';

/**
 * Equalized odds ratio.
 *
 * Definition: let R_TPR and R_FPR be the aggregated ratios (see
 * aggregation.ts) of the true and false positive rates per group. agg
 * `worst_case` (default): min(R_TPR, R_FPR); agg `mean`: (R_TPR + R_FPR)/2.
 * 1 means equal TPR and FPR across groups.
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: Fairlearn `fairlearn.metrics.equalized_odds_ratio`;
 * Hardt, Price & Srebro (NeurIPS 2016).
 */
export function equalizedOddsRatio(
  groups: readonly ConfusionCounts[],
  options: DisparityOptions & { agg?: OddsAggregation } = {},
): number {
  const overall = options.overall ?? sumCounts(groups);
  const method = options.method ?? 'between_groups';
  const rTpr = aggregateRatio(ratesOf(groups, 'tpr'), groupRate(overall, 'tpr'), method);
  const rFpr = aggregateRatio(ratesOf(groups, 'fpr'), groupRate(overall, 'fpr'), method);
  return combineOddsRatios(rTpr, rFpr, options.agg ?? 'worst_case');
}

/** The equalized odds ratio from the TPR and FPR ratios (shared with the bootstrap, which has the rates already). */
export function combineOddsRatios(rTpr: number, rFpr: number, agg: OddsAggregation): number {
  if (Number.isNaN(rTpr) || Number.isNaN(rFpr)) return Number.NaN;
  return agg === 'worst_case' ? Math.min(rTpr, rFpr) : (rTpr + rFpr) / 2;
}
