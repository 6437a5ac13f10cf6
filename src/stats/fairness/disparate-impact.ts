import type { ConfusionCounts } from './confusion-counts.js';
import { groupRate } from './group-rates.js';

/**
 * Disparate impact (the four-fifths rule).
 *
 * Definition: for two groups, s_unprivileged / s_privileged with selection
 * rate s_g = P(Ŷ=1 | A=g) (AIF360). With more groups, every other group is
 * compared with the reference group and the smallest ratio is returned:
 * min_{g ≠ ref} s_g / s_ref. With the reference set to the group with the
 * highest selection rate this is the EEOC four-fifths rule (a ratio below
 * 0.8 is evidence of adverse impact) and equals Fairlearn's
 * demographic_parity_ratio; with another reference a ratio above 1 is
 * possible and only the smallest is returned.
 *
 * Groups with an undefined selection rate (n = 0) are skipped; with no other
 * group the result is NaN. A zero reference rate gives Infinity (or NaN).
 * `disparateImpactGroup` returns the index of the group that attains the
 * minimum, for the report's sentence.
 *
 * p-value: none; the gate attaches a percentile bootstrap interval.
 *
 * References: U.S. EEOC Uniform Guidelines, 29 CFR 1607.4(D) (1978);
 * Feldman et al., "Certifying and removing disparate impact", KDD 2015;
 * AIF360 `BinaryLabelDatasetMetric.disparate_impact`.
 */
export function disparateImpact(groups: readonly ConfusionCounts[], reference: number): number {
  const i = disparateImpactGroup(groups, reference);
  return i < 0 ? Number.NaN : groupRate(groups[i], 'selectionRate') / groupRate(groups[reference], 'selectionRate');
}

export function disparateImpactGroup(groups: readonly ConfusionCounts[], reference: number): number {
  const ref = groupRate(groups[reference], 'selectionRate');
  let best = -1;
  let min = Infinity;
  for (let i = 0; i < groups.length; i++) {
    if (i === reference) continue;
    const r = groupRate(groups[i], 'selectionRate') / ref;
    if (Number.isNaN(r)) continue;
    if (best < 0 || r < min) {
      min = r;
      best = i;
    }
  }
  return best;
}
