/**
 * The top-level sections canary-decision adds to the JSON report (gate.ts,
 * `makeReport({ sections })`), as a zod schema: the build publishes it in
 * docs/schemas/report.schema.json for reports of this gate.
 *
 * Numbers that are not finite never reach the report as numbers: the
 * classifier turns an infinite ratio or p-value into null (classify-metric.ts),
 * and JSON.stringify would write any other NaN or ±∞ as null, which the
 * nullable fields below allow and the plain numbers do not.
 */
import { z } from 'zod';
import { STATISTICS } from './config.js';

const ruleSchema = z
  .object({
    rule: z.enum(['min', 'max', 'max-increase', 'max-decrease']).describe('The bound: an absolute min/max of the canary, or a largest change against the baseline'),
    statistic: z.enum(STATISTICS).describe('The sample statistic the rule compares'),
    value: z.number().describe("The canary's statistic (min, max) or its change from the baseline's (max-increase, max-decrease)"),
    limit: z.number().describe('The bound; negative for max-decrease (the change may not fall below it)'),
    ok: z.boolean().describe('Whether the value keeps within the bound'),
  })
  .strict();

const metricSchema = z
  .object({
    name: z.string().describe('Metric name'),
    group: z.string().describe('First metric group the metric belongs to'),
    classification: z
      .enum(['Pass', 'High', 'Low', 'Nodata', 'Inconclusive'])
      .describe("Kayenta's classification of the canary against the baseline; Inconclusive: a conversion metric with data but no clear probability either way"),
    canaryMean: z.number().nullable().describe("Mean of the canary's values; null without canary data"),
    baselineMean: z.number().nullable().describe("Mean of the baseline's values; null without baseline data"),
    estimate: z.number().nullable().describe('Hodges–Lehmann shift (canary − baseline), or the difference of rates for conversion metrics; null when not computed'),
    ciLow: z.number().nullable().describe('Lower end of the interval of the estimate at the confidence level'),
    ciHigh: z.number().nullable().describe('Upper end of the interval of the estimate at the confidence level'),
    pValue: z.number().nullable().describe('Mann–Whitney U p-value, or the always-valid mSPRT p-value in sequential mode; null when not computed'),
    nCanary: z.number().int().nonnegative().describe('Canary values judged'),
    nBaseline: z.number().int().nonnegative().describe('Baseline values judged'),
    ratio: z.number().nullable().describe("Canary mean / baseline mean (Kayenta's mean ratio); 1 for identical samples; null without data or when either mean is 0"),
    cles: z.number().nullable().describe("Kayenta's common-language effect size P(canary > baseline) + ½ P(tie), 0–1; null when no test ran"),
    method: z.enum(['mann-whitney', 'sequential', 'beta-binomial', 'none']).describe('How the metric was judged; none when no test ran (no data, identical samples)'),
    reason: z.string().describe('Why the metric got its classification'),
    critical: z.boolean().describe('A critical metric failed beyond its critical effect size or bound, or had no data: the canary is rolled back'),
    probabilityBetter: z.number().nullable().describe('Conversion metrics with a direction: posterior probability that the canary is better; else null'),
    rules: z.array(ruleSchema).describe('The absolute and relative bounds set on the metric, each with its outcome'),
  })
  .strict();

const groupSchema = z
  .object({
    name: z.string().describe('Metric group'),
    score: z.number().nullable().describe('Share of judged metrics of the group that passed, 0–100; null when none was judged'),
    passed: z.number().int().nonnegative().describe('Metrics of the group that passed'),
    judged: z.number().int().nonnegative().describe('Metrics of the group judged (with data, or failing for lack of it)'),
    noData: z.number().int().nonnegative().describe('Metrics of the group without enough data, left out of its score'),
    inconclusive: z.number().int().nonnegative().describe('Metrics of the group with data but inconclusive, left out of its score'),
    weight: z.number().describe('Weight (percent) of the group in the canary score'),
  })
  .strict();

const charts = z
  .object({
    distributions: z
      .array(
        z
          .object({
            metric: z.string(),
            edges: z.array(z.number()).describe('16 equal bins over the pooled 1st–99th percentiles (values beyond are counted in the end bins)'),
            canary: z.array(z.number()).describe("Share of the canary's values per bin"),
            baseline: z.array(z.number()).describe("Share of the baseline's values per bin"),
          })
          .strict(),
      )
      .describe('Per metric with data in both variants: histograms on shared bins'),
    weights: z
      .array(
        z
          .object({
            look: z.number().int().min(1),
            weight: z.number().describe('The canary weight this look set (percent)'),
            score: z.number().describe('The canary score of the look'),
            decision: z.enum(['promote', 'continue', 'rollback']),
          })
          .strict(),
      )
      .optional()
      .describe('Sequential mode: the looks so far from the state file, oldest first (at most 200)'),
  })
  .strict();

export const reportSections = z.object({
  decision: z.enum(['promote', 'continue', 'rollback']).describe('What to do with the canary'),
  score: z.number().describe('Canary score, 0–100, rounded to 4 decimals'),
  nextWeight: z.number().describe("The canary's next traffic percentage (0 on rollback, 100 for full promotion)"),
  metrics: z.array(metricSchema).describe('One entry per metric, in configuration order'),
  groups: z.array(groupSchema).describe('Score per metric group (report-only metrics are in none)'),
  thresholds: z
    .object({
      pass: z.number().describe('Score at or above which the canary is promoted'),
      marginal: z.number().describe('Score below which the canary is rolled back'),
      confidence: z.number().describe('Confidence level of the intervals and the sequential test'),
    })
    .strict()
    .describe('The score thresholds and confidence level in effect'),
  sequential: z
    .object({
      looks: z.number().int().positive().describe('How many looks so far, this one included'),
      statePath: z.string().nullable().describe('The state file as given in `state`; null when none was given'),
    })
    .strict()
    .optional()
    .describe('Sequential mode only: the looks taken and the state file'),
  charts: charts.optional().describe('Summaries the HTML report draws; never the samples'),
});
