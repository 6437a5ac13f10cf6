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
import { UserError } from '../../core/errors.js';
import type { AttributeCounts } from './group-counts.js';
import type { FairnessOptions, ReferenceChoice } from './options.js';

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

/** Groups named in an error: enough to spot a typo, never a wall. */
function listGroups(groups: readonly string[]): string {
  const shown = groups.slice(0, 20).map((g) => JSON.stringify(g));
  return `${shown.join(', ')}${groups.length > 20 ? `, … (${groups.length} in all)` : ''}`;
}

/**
 * A reference group that does not occur is an input error, not a silent
 * switch-off: before this rule, `reference-group: {race: Martians}` made every
 * check against the reference `insufficient` and a failing run warned.
 * A map's attribute must be a judged attribute; its group a group of it. A
 * single name applies where it is a group, so it must be a group of some
 * attribute.
 */
export function assertReferenceGroupsExist(attributes: readonly AttributeCounts[], reference: FairnessOptions['reference']): void {
  for (const [name, choice] of Object.entries(reference.byAttribute)) {
    const attr = attributes.find((a) => a.name === name);
    if (!attr) {
      throw new UserError(`"${name}" is not a judged attribute (attributes: ${attributes.map((a) => JSON.stringify(a.name)).join(', ')})`, { field: 'input reference-group' });
    }
    if (choice.kind === 'named' && !attr.groups.includes(choice.group)) {
      throw new UserError(`group "${choice.group}" does not occur in ${name} (groups: ${listGroups(attr.groups)})`, { field: `input reference-group.${name}` });
    }
  }
  const d = reference.default;
  if (d.kind === 'named' && !attributes.some((a) => a.groups.includes(d.group))) {
    const where = attributes.map((a) => `${a.name}: ${listGroups(a.groups)}`).join('; ');
    throw new UserError(`group "${d.group}" does not occur in any attribute (${where})`, { field: 'input reference-group' });
  }
}
