import { aggregateRatio } from './aggregation.js';
import { sumCounts, type ConfusionCounts } from './confusion-counts.js';
import { groupRate, ratesOf } from './group-rates.js';
import type { DisparityOptions } from './options.js';

/**
 * Demographic parity ratio.
 *
 * Definition: with selection rate s_g = P(Ŷ=1 | A=g),
 * between_groups: min_g s_g / max_g s_g; to_overall: min_g of s_g/s folded
 * below one. 1 means equal selection rates; with `between_groups` it is the
 * four-fifths-rule ratio against the most selected group.
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: Fairlearn `fairlearn.metrics.demographic_parity_ratio`;
 * U.S. EEOC Uniform Guidelines on Employee Selection Procedures,
 * 29 CFR 1607.4(D) (1978).
 */
export function demographicParityRatio(groups: readonly ConfusionCounts[], options: DisparityOptions = {}): number {
  const overall = options.overall ?? sumCounts(groups);
  return aggregateRatio(ratesOf(groups, 'selectionRate'), groupRate(overall, 'selectionRate'), options.method ?? 'between_groups');
}
