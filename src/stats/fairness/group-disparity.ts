import type { ConfusionCounts } from './confusion-counts.js';
import { groupRate, type RateName } from './group-rates.js';

/**
 * Per-group disparity against a reference group, as Aequitas defines it.
 *
 * Definition: disparity_g = r_g / r_ref for a rate r (selection rate, TPR,
 * FPR, FNR, precision, ...), one value per group (the reference's own is 1).
 * Aequitas calls a group fair on that rate when
 * τ ≤ disparity_g ≤ 1/τ, with τ = 0.8 by default (the four-fifths rule
 * extended symmetrically to rates where lower is better). `withinBand`
 * applies that test.
 *
 * A zero reference rate gives ±Infinity (or NaN for 0/0), as the division
 * does in Aequitas; the gate reports such groups rather than hiding them.
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: Saleiro et al., "Aequitas: A Bias and Fairness Audit Toolkit",
 * arXiv:1811.05577 (2018), §3 ("disparity" and the fairness threshold τ);
 * Aequitas `Bias.get_disparity_predefined_groups` / `Fairness` classes.
 */
export function groupDisparity(groups: readonly ConfusionCounts[], reference: number, rate: RateName): Float64Array {
  const ref = groupRate(groups[reference], rate);
  const out = new Float64Array(groups.length);
  for (let i = 0; i < groups.length; i++) out[i] = groupRate(groups[i], rate) / ref;
  return out;
}

/** Aequitas's fairness band: τ ≤ d ≤ 1/τ. NaN is not within the band. */
export function withinBand(disparity: number, tau: number): boolean {
  return disparity >= tau && disparity <= 1 / tau;
}
