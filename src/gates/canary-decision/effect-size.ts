/**
 * Kayenta's effect sizes of a canary against its baseline (EffectSizes.scala
 * in kayenta-judge), which decide whether a significant change is large
 * enough to count:
 *
 * - mean ratio: mean(canary) / mean(baseline); NaN when either mean is 0
 *   (Kayenta's rule: a ratio to or of nothing is no measure of the change,
 *   and a NaN effect size is then left out of the comparison).
 * - CLES, the common-language effect size (McGraw & Wong 1992; Vargha &
 *   Delaney 2000's A): P(canary > baseline) + ½ P(canary = baseline) over
 *   all pairs, which is U₁ / (n₁n₂) with U₁ the Mann–Whitney statistic of
 *   the canary. ½ means no change.
 *
 * A threshold is met when the effect size reaches it or is NaN, as Kayenta's
 * MannWhitneyClassifier compares them.
 */
import type { EffectSizeMeasure } from './config.js';

export interface EffectSizes {
  /** mean(canary) / mean(baseline), NaN when either mean is 0. */
  meanRatio: number;
  /** U₁ / (n₁n₂), NaN when no test ran. */
  cles: number;
}

export function meanRatio(canaryMean: number, baselineMean: number): number {
  return canaryMean === 0 || baselineMean === 0 ? NaN : canaryMean / baselineMean;
}

export function measured(effect: EffectSizes, measure: EffectSizeMeasure): number {
  return measure === 'cles' ? effect.cles : effect.meanRatio;
}

/** effect ≥ threshold, or an effect size that cannot be computed (Kayenta ignores it then). */
export function reaches(effect: number, threshold: number): boolean {
  return Number.isNaN(effect) || effect >= threshold;
}

/** effect ≤ threshold, or an effect size that cannot be computed. */
export function fallsTo(effect: number, threshold: number): boolean {
  return Number.isNaN(effect) || effect <= threshold;
}
