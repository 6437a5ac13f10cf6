/**
 * performance-gate's inputs, each declared once (see core/inputs.ts):
 * action.yml, the CLI flags, the policy keys, the docs table and the typed
 * inputs of `runPerformanceGate` all come from this list.
 */
import { z } from 'zod';
import { defineInputs, type InputsOf, type OutputSpec } from '../../core/inputs.js';

const optionalString = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().min(1).optional());
const stringList = z.preprocess(
  (v) => (v === '' || v === null || v === undefined ? [] : typeof v === 'string' ? v.split(/[,\n]/).map((s) => s.trim()).filter(Boolean) : v),
  z.array(z.string().min(1)),
);
/** YAML reads `1` or `true` as a number or boolean where a label or size is text. */
const textOf = (s: z.ZodType<string | undefined>) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v), s);

export const inputs = defineInputs({
  predictions: {
    file: true,
    schema: z.string({ error: 'predictions is required: the file of predictions to evaluate' }).min(1, 'predictions is required'),
    description: "The candidate model's predictions (CSV, TSV, JSON Lines, JSON or Parquet, optionally .gz): one row per example with the true label and a prediction and/or score columns.",
    examples: ['eval/challenger.csv'],
  },
  task: {
    schema: z.enum(['auto', 'binary', 'multiclass', 'regression']).default('auto'),
    description:
      '`binary`, `multiclass`, `regression` or `auto`: several score columns mean multiclass; a numeric label with fractions or more than 20 values means regression; two classes mean binary.',
    examples: ['auto', 'binary', 'multiclass', 'regression'],
  },
  'label-column': { schema: z.string().min(1).default('label'), description: 'Column holding the true label (the actual value for a regression).' },
  'prediction-column': {
    schema: optionalString,
    description: 'Column holding the predicted class (the predicted value for a regression). Without it a binary prediction is `score >= decision-threshold` and a multiclass one the class with the highest score.',
    examples: ['prediction'],
  },
  'score-column': {
    schema: stringList,
    description:
      "Binary: the column with the positive class's probability or score (for roc_auc, pr_auc, log_loss, brier). Multiclass: one probability column per class, listed in the classes' sorted order.",
    examples: ['score', 'p_cat, p_dog, p_fish'],
  },
  'score-prefix': {
    schema: optionalString,
    description: 'Multiclass: probability columns are named this prefix followed by the class, e.g. `proba_` for `proba_cat`, `proba_dog`.',
    examples: ['proba_'],
  },
  'positive-label': {
    schema: textOf(z.string().optional()),
    description: 'Binary: the positive class. Default: `1`, `true`, `yes`, `pos` or `positive`, whichever the labels use.',
    examples: ['1', 'true', 'yes', 'churned'],
  },
  'decision-threshold': {
    schema: z.coerce.number().min(0).max(1).default(0.5),
    description: 'Binary without `prediction-column`: predict positive when the score is at least this.',
  },
  metrics: {
    schema: stringList,
    description:
      'Metrics to compute. Binary: accuracy, balanced_accuracy, precision, recall, specificity, f1, mcc, roc_auc, pr_auc, log_loss, brier. Multiclass: accuracy, balanced_accuracy, precision_macro, precision_weighted, recall_macro, recall_weighted, f1_macro, f1_weighted, mcc, log_loss, roc_auc, roc_auc_weighted. Regression: mae, mse, rmse, r2, mape, median_ae. Default: a task-specific set; metrics named in `thresholds` are always computed.',
    examples: ['accuracy, roc_auc', 'rmse, mae'],
  },
  thresholds: {
    schema: z.record(z.string(), z.unknown()).optional(),
    description:
      'Per metric, the bound it must meet: `roc_auc: ">= 0.85"`, `rmse: "<= 3.2"`, a bare number (`>=` if higher is better), or an MLflow MetricThreshold map (keys `threshold`, `min_absolute_change`, `min_relative_change`, `greater_is_better`), e.g. `f1: {threshold: 0.75, min_absolute_change: 0.01, greater_is_better: true}`. Boundaries are exact decimals.',
    examples: ['roc_auc: ">= 0.85"', 'rmse: "<= 3.2"', 'accuracy: 0.9', 'f1: {threshold: 0.75, min_absolute_change: 0.01, greater_is_better: true}', '{roc_auc: ">= 0.85", log_loss: "<= 0.45"}'],
  },
  'baseline-predictions': {
    file: true,
    schema: optionalString,
    description: "The champion's predictions on the same rows, in the same column layout, paired by `id-column` or by row order: enables the paired statistics (McNemar, DeLong, bootstrap intervals of the difference).",
    examples: ['eval/champion.csv'],
  },
  'baseline-metrics': {
    file: true,
    schema: optionalString,
    description: "The champion's metric values when its predictions are not at hand: a JSON file of `{name: value}`, DVC metrics or an MLflow run. No intervals: decided on the estimate.",
  },
  'id-column': {
    schema: optionalString,
    description: 'Column identifying a row in both prediction files, to pair them. Without it rows are paired by order and the files must have the same length.',
    examples: ['id'],
  },
  'max-drop': {
    schema: z.union([z.number(), z.string(), z.record(z.string(), z.union([z.number(), z.string()]))]).default(0),
    description:
      'Non-inferiority margin against the baseline: how much worse than the champion a metric may be, absolute (`0.02`) or relative to the baseline (`2%`); one value for every metric or a map per metric (`{roc_auc: 0.01, log_loss: 5%}`).',
    examples: ['0.02', '2%', '{roc_auc: 0.01, log_loss: 5%}'],
  },
  'decide-on': {
    schema: z.enum(['interval', 'estimate']).default('interval'),
    description:
      '`interval`: fail against the baseline only when the whole confidence interval of the difference lies beyond the margin (warn when only the estimate does); `estimate`: fail whenever the point estimate does.',
    examples: ['interval', 'estimate'],
  },
  confidence: { schema: z.coerce.number().gt(0).lt(1).default(0.95), description: 'Confidence level of the intervals.' },
  bootstrap: {
    schema: z.coerce.number().int().min(0, 'bootstrap must be 0 (off) or more resamples').max(1_000_000).default(1000),
    description: 'Bootstrap resamples for the intervals (0 turns the bootstrap off; ROC AUC uses DeLong either way). Confusion-matrix metrics resample cell counts, so this costs nothing on large files.',
  },
  seed: { schema: z.coerce.number().int().default(42), description: 'Seed of the bootstrap: the same inputs and seed give the same intervals.' },
  'slice-by': {
    schema: stringList,
    description: 'Columns whose values define slices (e.g. `region, device`); the metrics and thresholds are also evaluated per slice.',
    examples: ['region, device'],
  },
  'min-slice-size': { schema: z.coerce.number().int().min(1).default(30), description: 'Slices with fewer rows are reported as insufficient (a warning) instead of being evaluated.' },
  latency: { file: true, schema: optionalString, description: 'A file of latency samples in milliseconds (one numeric column, or name it with `latency-column`).' },
  'latency-column': { schema: optionalString, description: 'Column of `latency` holding the samples.' },
  'latency-budget': {
    schema: z.record(z.string(), z.coerce.number().positive()).optional(),
    description: 'Latency limits in ms by statistic, e.g. `{p95: 100, p99: 200, mean: 50}` (`p<q>` for any percentile, `mean`, `max`).',
    examples: ['{p95: 100, p99: 200, mean: 50}', 'p95: 100, p99: 200'],
  },
  'model-path': { file: true, schema: optionalString, description: 'Model file or directory whose size is checked against `max-model-size`.' },
  'max-model-size': {
    schema: textOf(z.string().optional()),
    description: 'Largest allowed size of `model-path`, e.g. `50MB`, `1.5GiB` or bytes.',
    examples: ['50MB', '1.5GiB', '1048576'],
  },
});

export type PerformanceInputs = InputsOf<typeof inputs>;

export const outputs: OutputSpec[] = [
  { name: 'metrics', description: 'The metrics as JSON: `{"roc_auc": 0.91, ...}` (undefined metrics are null).' },
  { name: 'failed-metrics', description: 'Comma-separated names of the metrics whose checks failed.' },
];
