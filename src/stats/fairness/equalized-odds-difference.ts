import { aggregateDifference } from './aggregation.js';
import { sumCounts, type ConfusionCounts } from './confusion-counts.js';
import { groupRate, ratesOf } from './group-rates.js';
import type { DisparityOptions } from './options.js';

/** How the TPR and FPR disparities are combined (Fairlearn's `agg`). */
export type OddsAggregation = 'worst_case' | 'mean';

/**
 * Equalized odds difference.
 *
 * Definition: let D_TPR and D_FPR be the aggregated differences (see
 * aggregation.ts) of the true positive rates P(Ŷ=1 | Y=1, A=g) and of the
 * false positive rates P(Ŷ=1 | Y=0, A=g). agg `worst_case` (default):
 * max(D_TPR, D_FPR); agg `mean`: (D_TPR + D_FPR)/2. 0 means equal TPR and
 * FPR across groups (Hardt et al.'s equalized odds).
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: Hardt, Price & Srebro, "Equality of Opportunity in Supervised
 * Learning", NeurIPS 2016; Fairlearn `fairlearn.metrics.equalized_odds_difference`
 * (the `agg` argument since Fairlearn 0.10).
 */
export function equalizedOddsDifference(
  groups: readonly ConfusionCounts[],
  options: DisparityOptions & { agg?: OddsAggregation } = {},
): number {
  const overall = options.overall ?? sumCounts(groups);
  const method = options.method ?? 'between_groups';
  const dTpr = aggregateDifference(ratesOf(groups, 'tpr'), groupRate(overall, 'tpr'), method);
  const dFpr = aggregateDifference(ratesOf(groups, 'fpr'), groupRate(overall, 'fpr'), method);
  return combineOddsDifferences(dTpr, dFpr, options.agg ?? 'worst_case');
}

/** The equalized odds difference from the TPR and FPR differences (shared with the bootstrap, which has the rates already). */
export function combineOddsDifferences(dTpr: number, dFpr: number, agg: OddsAggregation): number {
  // Python's max() over a pandas Series with a NaN is order-dependent; the
  // only defined answer when one part is undefined is "undefined".
  if (Number.isNaN(dTpr) || Number.isNaN(dFpr)) return Number.NaN;
  return agg === 'worst_case' ? Math.max(dTpr, dFpr) : (dTpr + dFpr) / 2;
}
