/**
 * performance-gate: compute a model's metrics from its predictions, hold
 * them to thresholds, and compare them with the champion's on the same rows
 * with real statistics (McNemar, DeLong, paired bootstrap intervals), per
 * slice, plus latency percentiles and model size. The pure evaluation is in
 * evaluate.ts; this file declares the inputs and does the reading.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import { defineGate, type GateContext, type GateResult, type Progress } from '../../core/gate.js';
import type { InputSpec, OutputSpec } from '../../core/inputs.js';
import { makeReport } from '../../core/make-report.js';
import { isMissing, rowLine, type Table } from '../../core/table.js';
import { readTable } from '../../readers/index.js';
import { alignBaseline } from './align-baseline.js';
import { parseBaselineMetrics } from './baseline-metrics.js';
import { evaluate, type EvaluationInput } from './evaluate.js';
import type { BaselineSource } from './evaluate-metrics.js';
import { parseSize } from './model-size.js';
import { extractPredictions, type ColumnOptions } from './predictions.js';
import { renderMarkdown } from './render.js';
import { reportSections } from './report-sections.js';
import { parseMargin, parseThreshold, type Margin, type ThresholdRule } from './rules.js';
import { sliceRows } from './slices.js';

export const inputs: InputSpec[] = [
  {
    name: 'predictions',
    kind: 'string',
    required: true,
    description: "The candidate model's predictions (CSV, TSV, JSON Lines, JSON or Parquet, optionally .gz): one row per example with the true label and a prediction and/or score columns.",
  },
  {
    name: 'task',
    kind: 'string',
    default: 'auto',
    description:
      '`binary`, `multiclass`, `regression` or `auto`: several score columns mean multiclass; a numeric label with fractions or more than 20 values means regression; two classes mean binary.',
  },
  { name: 'label-column', kind: 'string', default: 'label', description: 'Column holding the true label (the actual value for a regression).' },
  {
    name: 'prediction-column',
    kind: 'string',
    description: 'Column holding the predicted class (the predicted value for a regression). Without it a binary prediction is `score >= decision-threshold` and a multiclass one the class with the highest score.',
  },
  {
    name: 'score-column',
    kind: 'list',
    description:
      "Binary: the column with the positive class's probability or score (for roc_auc, pr_auc, log_loss, brier). Multiclass: one probability column per class, listed in the classes' sorted order.",
  },
  { name: 'score-prefix', kind: 'string', description: 'Multiclass: probability columns are named this prefix followed by the class, e.g. `proba_` for `proba_cat`, `proba_dog`.' },
  {
    name: 'positive-label',
    kind: 'string',
    description: 'Binary: the positive class. Default: `1`, `true`, `yes`, `pos` or `positive`, whichever the labels use.',
  },
  { name: 'decision-threshold', kind: 'number', default: '0.5', description: 'Binary without `prediction-column`: predict positive when the score is at least this.' },
  {
    name: 'metrics',
    kind: 'list',
    description:
      'Metrics to compute. Binary: accuracy, balanced_accuracy, precision, recall, specificity, f1, mcc, roc_auc, pr_auc, log_loss, brier. Multiclass: accuracy, balanced_accuracy, precision_macro, precision_weighted, recall_macro, recall_weighted, f1_macro, f1_weighted, mcc, log_loss, roc_auc, roc_auc_weighted. Regression: mae, mse, rmse, r2, mape, median_ae. Default: a task-specific set; metrics named in `thresholds` are always computed.',
  },
  {
    name: 'thresholds',
    kind: 'string',
    description:
      'Per metric, the bound it must meet: `roc_auc: ">= 0.85"`, `rmse: "<= 3.2"`, a bare number (`>=` if higher is better), or an MLflow MetricThreshold map `{threshold, min_absolute_change, min_relative_change, greater_is_better}`. Boundaries are exact decimals.',
  },
  {
    name: 'baseline-predictions',
    kind: 'string',
    description: "The champion's predictions on the same rows, in the same column layout, paired by `id-column` or by row order: enables the paired statistics (McNemar, DeLong, bootstrap intervals of the difference).",
  },
  {
    name: 'baseline-metrics',
    kind: 'string',
    description: "The champion's metric values when its predictions are not at hand: a JSON file of `{name: value}`, DVC metrics or an MLflow run. No intervals: decided on the estimate.",
  },
  { name: 'id-column', kind: 'string', description: 'Column identifying a row in both prediction files, to pair them. Without it rows are paired by order and the files must have the same length.' },
  {
    name: 'max-drop',
    kind: 'string',
    default: '0',
    description:
      'Non-inferiority margin against the baseline: how much worse than the champion a metric may be, absolute (`0.02`) or relative to the baseline (`2%`); one value for every metric or a map per metric (`{roc_auc: 0.01, log_loss: 5%}`).',
  },
  {
    name: 'decide-on',
    kind: 'string',
    default: 'interval',
    description:
      '`interval`: fail against the baseline only when the whole confidence interval of the difference lies beyond the margin (warn when only the estimate does); `estimate`: fail whenever the point estimate does.',
  },
  { name: 'confidence', kind: 'number', default: '0.95', description: 'Confidence level of the intervals.' },
  {
    name: 'bootstrap',
    kind: 'number',
    default: '1000',
    description: 'Bootstrap resamples for the intervals (0 turns the bootstrap off; ROC AUC uses DeLong either way). Confusion-matrix metrics resample cell counts, so this costs nothing on large files.',
  },
  { name: 'seed', kind: 'number', default: '42', description: 'Seed of the bootstrap: the same inputs and seed give the same intervals.' },
  { name: 'slice-by', kind: 'list', description: 'Columns whose values define slices (e.g. `region, device`); the metrics and thresholds are also evaluated per slice.' },
  { name: 'min-slice-size', kind: 'number', default: '30', description: 'Slices with fewer rows are reported as insufficient (a warning) instead of being evaluated.' },
  { name: 'latency', kind: 'string', description: 'A file of latency samples in milliseconds (one numeric column, or name it with `latency-column`).' },
  { name: 'latency-column', kind: 'string', description: 'Column of `latency` holding the samples.' },
  { name: 'latency-budget', kind: 'string', description: 'Latency limits in ms by statistic, e.g. `{p95: 100, p99: 200, mean: 50}` (`p<q>` for any percentile, `mean`, `max`).' },
  { name: 'model-path', kind: 'string', description: 'Model file or directory whose size is checked against `max-model-size`.' },
  { name: 'max-model-size', kind: 'string', description: 'Largest allowed size of `model-path`, e.g. `50MB`, `1.5GiB` or bytes.' },
];

export const outputs: OutputSpec[] = [
  { name: 'metrics', description: 'The metrics as JSON: `{"roc_auc": 0.91, ...}` (undefined metrics are null).' },
  { name: 'failed-metrics', description: 'Comma-separated names of the metrics whose checks failed.' },
];

const optionalString = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().min(1).optional());
const stringList = z.preprocess(
  (v) => (v === '' || v === null || v === undefined ? [] : typeof v === 'string' ? v.split(/[,\n]/).map((s) => s.trim()).filter(Boolean) : v),
  z.array(z.string().min(1)),
);
/**
 * A map or scalar given as YAML. Action inputs are one-line strings, and the
 * natural `p95: 100, p99: 200` is not valid YAML (a compact mapping cannot
 * nest), so a string that does not parse is tried again as a flow mapping
 * `{p95: 100, p99: 200}`. Values from the policy file arrive already typed.
 */
export function yamlish(v: unknown, input: string): unknown {
  if (typeof v !== 'string') return v;
  const s = v.trim();
  if (s === '') return undefined;
  try {
    const parsed: unknown = parseYaml(s);
    if (typeof parsed !== 'string' || !s.includes(':')) return parsed;
  } catch {
    /* try as a flow mapping below */
  }
  try {
    return parseYaml(`{${s}}`);
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new UserError(`expected a YAML map such as \`key: value, key2: value\`: ${msg}`, { field: `input ${input}` });
  }
}

const yamlMap = (input: string) => z.preprocess((v) => (v === null ? undefined : yamlish(v, input)), z.record(z.string(), z.unknown()).optional());

export const schema = z.object({
  predictions: z.string({ error: 'predictions is required: the file of predictions to evaluate' }).min(1, 'predictions is required'),
  task: z.enum(['auto', 'binary', 'multiclass', 'regression']).default('auto'),
  'label-column': z.string().min(1).default('label'),
  'prediction-column': optionalString,
  'score-column': stringList,
  'score-prefix': optionalString,
  'positive-label': z.preprocess((v) => (v === '' || v === null ? undefined : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v), z.string().optional()),
  'decision-threshold': z.coerce.number().min(0).max(1).default(0.5),
  metrics: stringList,
  thresholds: yamlMap('thresholds'),
  'baseline-predictions': optionalString,
  'baseline-metrics': optionalString,
  'id-column': optionalString,
  'max-drop': z.preprocess((v) => (v === null ? undefined : yamlish(v, 'max-drop')), z.union([z.number(), z.string(), z.record(z.string(), z.union([z.number(), z.string()]))]).default(0)),
  'decide-on': z.enum(['interval', 'estimate']).default('interval'),
  confidence: z.coerce.number().gt(0).lt(1).default(0.95),
  bootstrap: z.coerce.number().int().min(0).max(1_000_000).default(1000),
  seed: z.coerce.number().int().default(42),
  'slice-by': stringList,
  'min-slice-size': z.coerce.number().int().min(1).default(30),
  latency: optionalString,
  'latency-column': optionalString,
  'latency-budget': z.preprocess((v) => (v === null ? undefined : yamlish(v, 'latency-budget')), z.record(z.string(), z.coerce.number().positive()).optional()),
  'model-path': optionalString,
  'max-model-size': z.preprocess((v) => (v === '' || v === null ? undefined : typeof v === 'number' ? String(v) : v), z.string().optional()),
});

export type PerformanceInputs = z.infer<typeof schema>;

function parseRules(inputs: PerformanceInputs): { thresholds: Record<string, ThresholdRule>; maxDrop: Record<string, Margin> } {
  const thresholds: Record<string, ThresholdRule> = {};
  for (const [metric, raw] of Object.entries(inputs.thresholds ?? {})) thresholds[metric] = parseThreshold(metric, raw);
  const maxDrop: Record<string, Margin> = {};
  const md = inputs['max-drop'];
  if (typeof md === 'object') for (const [metric, raw] of Object.entries(md)) maxDrop[metric === 'default' ? '*' : metric] = parseMargin(metric, raw);
  else maxDrop['*'] = parseMargin('*', md);
  return { thresholds, maxDrop };
}

/** Size of a file, or of every file under a directory. */
async function sizeOf(path: string): Promise<number> {
  const s = await stat(path);
  if (!s.isDirectory()) return s.size;
  let total = 0;
  for (const entry of await readdir(path)) total += await sizeOf(join(path, entry));
  return total;
}

function latencySamples(table: Table, column: string | undefined): Float64Array {
  const numeric = table.columns.filter((c) => c.kind === 'number');
  const col = column ? table.columns.find((c) => c.name === column) : numeric.length === 1 ? numeric[0] : undefined;
  if (!col) {
    throw new UserError(
      column ? `no column "${column}" (set by latency-column)` : `cannot tell which column holds the latency (numeric columns: ${numeric.map((c) => c.name).join(', ') || 'none'}): set latency-column`,
      { file: table.source, field: 'latency-column' },
    );
  }
  if (col.kind !== 'number') throw new UserError('latency samples must be numbers (milliseconds)', { file: table.source, field: col.name });
  for (let i = 0; i < table.rowCount; i++) {
    // Infinity is refused too: no statistic of it is a latency, and JSON would write it as null.
    if (isMissing(col, i) || !(col.values[i] >= 0 && col.values[i] < Infinity)) throw new UserError(`latency must be a finite non-negative number of ms, got ${isMissing(col, i) ? 'an empty cell' : col.values[i]}`, { file: table.source, line: rowLine(table, i) ?? i + 1, field: col.name });
  }
  return col.values;
}

export async function runPerformanceGate(inputs: PerformanceInputs, ctx: GateContext): Promise<GateResult> {
  const { thresholds, maxDrop } = parseRules(inputs);
  if (inputs['max-model-size'] && !inputs['model-path']) throw new UserError('max-model-size needs model-path', { field: 'input max-model-size' });
  if (inputs['latency-budget'] && !inputs.latency) throw new UserError('latency-budget needs latency (the file of samples)', { field: 'input latency-budget' });
  const progress = (p: Progress) => ctx.progress(p);
  const columnOptions: ColumnOptions = {
    task: inputs.task,
    labelColumn: inputs['label-column'],
    predictionColumn: inputs['prediction-column'],
    scoreColumns: inputs['score-column'],
    scorePrefix: inputs['score-prefix'],
    positiveLabel: inputs['positive-label'],
    decisionThreshold: inputs['decision-threshold'],
    idColumn: inputs['id-column'],
  };
  // Read only the columns needed (all of them when score columns are found by prefix).
  const wanted = inputs['score-prefix']
    ? undefined
    : [...new Set([inputs['label-column'], inputs['prediction-column'], ...inputs['score-column'], inputs['id-column'], ...inputs['slice-by']].filter((c): c is string => !!c))];
  const table = await readTable(inputs.predictions, { cwd: ctx.cwd, columns: wanted, progress });
  const candidate = extractPredictions(table, columnOptions);

  let baseline: BaselineSource | undefined;
  if (inputs['baseline-predictions']) {
    const file = inputs['baseline-predictions'];
    const baseWanted = wanted ? wanted.filter((c) => !inputs['slice-by'].includes(c) || c === inputs['label-column']) : undefined;
    // The baseline file may leave out the label column; read what is there.
    const baseTable = await readTable(file, { cwd: ctx.cwd, progress }).then((t) =>
      baseWanted ? { ...t, columns: t.columns.filter((c) => baseWanted.includes(c.name)) } : t,
    );
    const base = extractPredictions(baseTable, columnOptions, { task: candidate.task, classes: candidate.classes });
    baseline = { predictions: alignBaseline(candidate, base, { candidate: inputs.predictions, baseline: file }, (line) => ctx.log.debug(`performance-gate: ${line}`)), file };
    if (inputs['baseline-metrics']) ctx.log.info('performance-gate: baseline-predictions given, so baseline-metrics is not used');
  } else if (inputs['baseline-metrics']) {
    const file = inputs['baseline-metrics'];
    let content: string;
    try {
      content = await readFile(resolve(ctx.cwd, file), 'utf8');
    } catch (err) {
      throw new UserError(`cannot read the baseline metrics: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { file });
    }
    baseline = { values: parseBaselineMetrics(content, file), file };
  }

  const input: EvaluationInput = {
    candidate,
    baseline,
    options: {
      metrics: inputs.metrics,
      thresholds,
      maxDrop,
      decideOn: inputs['decide-on'],
      confidence: inputs.confidence,
      bootstrap: inputs.bootstrap,
      seed: inputs.seed,
    },
  };
  if (inputs['slice-by'].length) input.slices = { groups: sliceRows(table, inputs['slice-by']), columns: inputs['slice-by'], minSliceSize: inputs['min-slice-size'] };
  if (inputs.latency) {
    const lat = await readTable(inputs.latency, { cwd: ctx.cwd, progress });
    input.latency = { samples: latencySamples(lat, inputs['latency-column']), file: inputs.latency, budget: inputs['latency-budget'] ?? {} };
  }
  if (inputs['model-path'] && inputs['max-model-size']) {
    let bytes: number;
    try {
      bytes = await sizeOf(resolve(ctx.cwd, inputs['model-path']));
    } catch (err) {
      throw new UserError(`cannot read the model: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { file: inputs['model-path'], field: 'model-path' });
    }
    input.modelSize = { path: inputs['model-path'], bytes, maxText: inputs['max-model-size'], maxBytes: parseSize(inputs['max-model-size']) };
  }

  const e = evaluate(input);
  // Warnings about the data itself (scores that are not probabilities) go to the log too.
  for (const c of e.checks) if (c.id.startsWith('scores.') && c.verdict === 'warn') ctx.log.warn(`performance-gate: ${c.message}`);
  const report = makeReport({
    gate: 'performance-gate',
    inputs: { ...inputs },
    checks: e.checks,
    summary: e.summary,
    sections: {
      task: e.task,
      rows: e.rows,
      ...(e.classes.length ? { classes: e.classes } : {}),
      metrics: e.metrics,
      ...(e.slices ? { slices: e.slices } : {}),
      ...(e.latency ? { latency: e.latency } : {}),
      ...(e.modelSize ? { modelSize: e.modelSize } : {}),
    },
  });
  const metricValues = Object.fromEntries(e.metrics.map((m) => [m.name, m.value]));
  return {
    report,
    outputs: { metrics: JSON.stringify(metricValues), 'failed-metrics': e.metrics.filter((m) => m.verdict === 'fail').map((m) => m.name).join(',') },
    markdown: renderMarkdown(e),
  };
}

export default defineGate<PerformanceInputs>({
  name: 'performance-gate',
  title: 'Model performance',
  description: "Compute a model's metrics from its predictions, hold them to thresholds, and compare them with the champion's on the same rows with real statistics (McNemar, DeLong, paired bootstrap).",
  inputs,
  outputs,
  schema: schema as unknown as z.ZodType<PerformanceInputs>,
  run: runPerformanceGate,
  reportSections,
});
