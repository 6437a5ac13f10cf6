/**
 * The top-level sections fairness-gate adds to the JSON report (`groups`,
 * `disparities`; their TypeScript shapes are in report-types.ts), as a zod
 * schema: the build publishes it in docs/schemas/report.schema.json for
 * reports of this gate.
 *
 * Undefined rates and metrics are null. A value that is infinite (a ratio
 * over a zero rate) is the text "Infinity" (core/report-number.ts).
 */
import { z } from 'zod';
import { CHECK_VERDICTS } from '../../core/verdict.js';
import { METRIC_NAMES } from './metrics.js';

/** A number, null, or ±∞ as text (core/report-number.ts). */
const reportNumber = z.union([z.number(), z.enum(['Infinity', '-Infinity'])]).nullable();

const rate = (what: string) => z.number().nullable().describe(`${what}; null when its denominator is zero`);

const groupSchema = z
  .object({
    attribute: z.string().describe('Sensitive attribute: a column, or columns joined by " × " for an intersection'),
    group: z.string().describe('Group of the attribute (a value, a bin such as "[25, 40)", or values joined by " × ")'),
    n: z.number().int().nonnegative().describe('Rows in the group'),
    positives: z.number().int().nonnegative().describe('Rows of the group with a positive label'),
    selectionRate: rate('Share of positive predictions'),
    tpr: rate('True positive rate'),
    fpr: rate('False positive rate'),
    fnr: rate('False negative rate'),
    tnr: rate('True negative rate'),
    precision: rate('Precision (positive predictive value)'),
    npv: rate('Negative predictive value'),
    accuracy: rate('Accuracy'),
    status: z.enum(['ok', 'insufficient', 'empty']).describe('insufficient: too small for a rate a judged metric needs; empty: an intersection no row has'),
    reasons: z.array(z.string()).describe('Why the group is insufficient, one entry per rate it cannot estimate; empty otherwise'),
  })
  .strict();

const disparitySchema = z
  .object({
    metric: z.enum(METRIC_NAMES).describe('Fairness metric'),
    attribute: z.string().nullable().describe('Attribute the metric is computed over; null for a metric of all rows (theil_index)'),
    group: z.string().nullable().describe('Per-group disparities: the group compared; reference metrics: the group attaining the value; else null'),
    value: reportNumber.describe('The metric; null when it cannot be computed (too few groups, a zero rate in a difference), "Infinity" for a ratio over a zero rate'),
    ciLow: reportNumber.describe('Lower end of the bootstrap interval; null without one'),
    ciHigh: reportNumber.describe('Upper end of the bootstrap interval; null without one'),
    threshold: z.string().nullable().describe('Threshold as written (e.g. ">= 0.8", "in [0.8, 1.25]"); null when the metric is only reported'),
    reference: z.string().nullable().describe('Reference group, for metrics that compare with one; else null'),
    verdict: z.enum(CHECK_VERDICTS).describe('Verdict of the row, the baseline comparison included'),
    comparedGroups: z.number().int().nonnegative().describe('Groups the metric was computed over'),
    insufficientGroups: z.array(z.string()).describe('Non-empty groups set aside as too small for this metric'),
    baseline: reportNumber.optional().describe("With baseline-predictions: the champion's value of the same metric (null when it has none)"),
    change: reportNumber.optional().describe('With baseline-predictions: how much worse than the champion, in the metric\'s units (positive: worse); null when either value is missing'),
    message: z.string().describe('One sentence a reviewer can read'),
  })
  .strict();

export const reportSections = z.object({
  groups: z.array(groupSchema).describe('One entry per group of every attribute (and intersection), with its size, rates and status'),
  disparities: z.array(disparitySchema).describe('One entry per metric and attribute (per group for the *_disparity metrics), with interval, threshold and verdict'),
});
