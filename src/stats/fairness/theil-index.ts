import type { ConfusionCounts } from './confusion-counts.js';

/**
 * Theil index of individual benefits (generalized entropy index, α = 1).
 *
 * Definition: each individual receives the benefit b_i = ŷ_i − y_i + 1, i.e.
 * 0 for a false negative, 1 for a correct prediction, 2 for a false positive.
 * With μ the mean benefit, T = (1/n) Σ_i (b_i/μ) ln(b_i/μ), where 0·ln 0 = 0.
 * T = 0 when every individual gets the same benefit; larger values mean the
 * model's errors fall unequally on individuals. It needs only the overall
 * counts: n_FN individuals with b = 0, n_TP + n_TN with b = 1, n_FP with b = 2.
 * It is not a between-group measure; it is reported for AIF360 parity and is
 * judged only when a threshold is configured.
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: Speicher et al., "A unified approach to quantifying algorithmic
 * unfairness: measuring individual & group unfairness via inequality indices",
 * KDD 2018; AIF360 `ClassificationMetric.theil_index`
 * (= generalized_entropy_index(alpha=1)).
 */
export function theilIndex(c: ConfusionCounts): number {
  const n = c.tp + c.fn + c.fp + c.tn;
  if (!(n > 0)) return Number.NaN;
  const mu = (c.tp + c.tn + 2 * c.fp) / n;
  if (!(mu > 0)) return Number.NaN;
  const one = 1 / mu;
  const two = 2 / mu;
  return ((c.tp + c.tn) * one * Math.log(one) + c.fp * two * Math.log(two)) / n;
}
