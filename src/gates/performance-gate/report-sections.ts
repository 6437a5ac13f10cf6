/**
 * performance-gate's own sections of the JSON report, beside the common
 * fields (see core/report.ts). Published in docs/schemas/report.schema.json
 * for reports of this gate; written by gate.ts from the Evaluation of
 * evaluate.ts.
 *
 * Numbers that are undefined (NaN, e.g. a metric with one class in the
 * labels, or a baseline metric that cannot be computed) are written as null:
 * the row types say so, and JSON.stringify writes any remaining NaN as null.
 */
import { z } from 'zod';
import { CHECK_VERDICTS, VERDICTS } from '../../core/verdict.js';

const maybeNumber = z.number().nullable();

const metricRow = z
  .object({
    name: z.string().describe('Metric name, e.g. "roc_auc"'),
    value: maybeNumber.describe("The candidate's value; null when undefined on these rows"),
    baseline: maybeNumber.describe("The champion's value; null without a baseline or when undefined"),
    delta: maybeNumber.describe('value − baseline; null without both'),
    ciLow: maybeNumber.describe('Lower end of the confidence interval (of `delta` or of `value`, see `ciOf`)'),
    ciHigh: maybeNumber.describe('Upper end of the confidence interval'),
    ciOf: z.enum(['delta', 'value']).nullable().describe('What the interval bounds: the paired difference, the value itself, or null when there is no interval'),
    confidence: z.number().describe('Confidence level of the interval'),
    pValue: maybeNumber.describe('Two-sided p-value of the difference from the baseline, or null'),
    test: z.string().nullable().describe('How the interval and p-value were obtained, e.g. "DeLong\'s test"'),
    threshold: z.string().nullable().describe('The threshold rule as written, or null'),
    maxDrop: z.string().nullable().describe('The non-inferiority margin against the baseline as written; null without a baseline'),
    higherIsBetter: z.boolean().describe('Whether a higher value is better'),
    verdict: z.enum(VERDICTS).describe("The worst verdict of the metric's checks"),
  })
  .strict();

const sliceMetric = z
  .object({
    name: z.string(),
    value: maybeNumber.describe("The candidate's value in the slice; null when undefined"),
    baseline: maybeNumber.describe("The champion's value in the slice; null without a baseline or when undefined"),
    delta: maybeNumber.describe('value − baseline; null without both'),
    verdict: z.enum(CHECK_VERDICTS).describe("The threshold check's verdict; insufficient when the metric is undefined in the slice"),
  })
  .strict();

const sliceRow = z
  .object({
    slice: z.string().describe('The slice, as column=value pairs joined by ", " (a missing cell reads (missing))'),
    rows: z.number().int().min(0).describe('Rows in the slice'),
    metrics: z.array(sliceMetric).describe('The metrics in the slice; empty when the slice is smaller than min-slice-size'),
    verdict: z.enum(CHECK_VERDICTS).describe('fail if a threshold failed, insufficient if the slice is too small or a metric undefined, else the worst verdict'),
  })
  .strict();

const latency = z
  .object({
    file: z.string().describe('The latency file as given'),
    samples: z.number().int().min(1).describe('Number of samples'),
    mean: z.number().describe('Mean latency in ms'),
    p50: z.number().describe('Median latency in ms (linear interpolation, numpy default)'),
    p90: z.number().describe('90th percentile in ms'),
    p95: z.number().describe('95th percentile in ms'),
    p99: z.number().describe('99th percentile in ms'),
    max: z.number().describe('Largest sample in ms'),
    budget: z.record(z.string(), z.number()).describe('The latency-budget input: statistic (p<q>, mean, max) → limit in ms'),
    observed: z.record(z.string(), z.number()).describe('Each budgeted statistic → its observed value in ms'),
  })
  .strict();

const modelSize = z
  .object({
    path: z.string().describe('The model-path input'),
    bytes: z.number().int().min(0).describe('Size of the file, or of every file under the directory, in bytes'),
    maxBytes: z.number().int().min(0).describe('The max-model-size input in bytes'),
  })
  .strict();

const numbers = z.array(z.number());
const rocPoints = z.object({ fpr: numbers.describe('False positive rates, ascending'), tpr: numbers.describe('True positive rates') }).strict();
const prPoints = z.object({ recall: numbers.describe('Recall, descending'), precision: numbers.describe('Precision') }).strict();
const calibrationPoints = z
  .object({
    predicted: numbers.describe('Mean predicted probability of each non-empty bin'),
    observed: numbers.describe('Fraction of positives in the bin'),
    count: numbers.describe('Scores in the bin'),
  })
  .strict();
const pair = <T extends z.ZodType>(s: T) => z.object({ candidate: s, baseline: s.optional() }).strict();

const charts = z
  .object({
    roc: pair(rocPoints).optional().describe("ROC curves (scikit-learn's roc_curve, drop_intermediate), binary tasks with scores"),
    pr: pair(prPoints).optional().describe("Precision–recall curves (scikit-learn's precision_recall_curve)"),
    calibration: pair(calibrationPoints).optional().describe('Reliability curves over 10 uniform bins (scikit-learn\'s calibration_curve), when the scores are probabilities'),
    residuals: z
      .object({
        edges: numbers.describe('Bin edges of the residual y − ŷ over the pooled 1st–99th percentiles (values beyond are counted in the end bins)'),
        candidate: numbers.describe("Share of the candidate's residuals per bin"),
        baseline: numbers.optional().describe("Share of the baseline's residuals per bin"),
      })
      .strict()
      .optional()
      .describe('Residual histograms, regression tasks'),
  })
  .strict();

export const reportSections = z.object({
  task: z.enum(['binary', 'multiclass', 'regression']).describe('The task the predictions were evaluated as.'),
  rows: z.number().int().min(0).describe('Rows of the predictions file evaluated.'),
  classes: z.array(z.string()).optional().describe('Class names, negative class first for a binary task; absent for a regression.'),
  metrics: z.array(metricRow).describe('One entry per metric computed, with its baseline comparison and interval.'),
  slices: z.array(sliceRow).optional().describe('The metrics per slice (with slice-by).'),
  latency: latency.optional().describe('Latency percentiles against the budget (with latency).'),
  modelSize: modelSize.optional().describe('The model size against its limit (with model-path and max-model-size).'),
  charts: charts
    .optional()
    .describe('Summaries the HTML report draws: curves thinned to points 1/250 apart, 5 significant digits; never rows.'),
});
