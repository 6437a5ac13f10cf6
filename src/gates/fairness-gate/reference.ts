/**
 * Choosing the reference group of an attribute among the groups that can be
 * judged: the largest (Aequitas's "majority" default, AIF360's privileged
 * group is usually the majority), the one with the best rate for the metric
 * (Aequitas's "min_metric" for error rates; for the selection rate, the
 * highest, which makes disparate impact the EEOC four-fifths rule), or a
 * named group.
 */
import { groupRate, higherIsBetter, type RateName } from '../../stats/fairness/group-rates.js';
import type { ConfusionCounts } from '../../stats/fairness/confusion-counts.js';
import type { ReferenceChoice } from './options.js';

/** Index into `groups` (restricted to `eligible`), or a reason there is none. */
export function chooseReference(
  groups: readonly ConfusionCounts[],
  labels: readonly string[],
  eligible: readonly number[],
  choice: ReferenceChoice,
  rate: RateName,
): { index: number } | { reason: string } {
  if (choice.kind === 'named') {
    const i = labels.indexOf(choice.group);
    if (i < 0) return { reason: `reference group "${choice.group}" does not occur` };
    if (!eligible.includes(i)) return { reason: `reference group "${choice.group}" is too small to judge` };
    return { index: i };
  }
  if (eligible.length === 0) return { reason: 'no group is large enough to be the reference' };
  let best = eligible[0];
  for (const i of eligible) {
    if (choice.kind === 'largest') {
      if (size(groups[i]) > size(groups[best])) best = i;
    } else {
      const a = groupRate(groups[i], rate);
      const b = groupRate(groups[best], rate);
      if (higherIsBetter(rate) ? a > b : a < b) best = i;
    }
  }
  return { index: best };
}

function size(c: ConfusionCounts): number {
  return c.tp + c.fn + c.fp + c.tn;
}
