/**
 * performance-gate: compute a model's metrics from its predictions, hold
 * them to thresholds, and compare them with the champion's on the same rows
 * with real statistics (McNemar, DeLong, paired bootstrap intervals), per
 * slice, plus latency percentiles and model size. The pure evaluation is in
 * evaluate.ts; this file declares the inputs and does the reading.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UserError } from '../../core/errors.js';
import { defineGate, type GateContext, type GateResult, type Progress } from '../../core/gate.js';
import { makeReport } from '../../core/make-report.js';
import { isMissing, rowLine, type Table } from '../../core/table.js';
import { readTable } from '../../readers/index.js';
import { alignBaseline } from './align-baseline.js';
import { parseBaselineMetrics } from './baseline-metrics.js';
import { evaluate, type EvaluationInput } from './evaluate.js';
import { inputs, outputs, type PerformanceInputs } from './inputs.js';
import type { BaselineSource } from './evaluate-metrics.js';
import { parseSize } from './model-size.js';
import { extractPredictions, type ColumnOptions } from './predictions.js';
import { renderMarkdown, renderPerformanceHeadline } from './render.js';
import { reportSections } from './report-sections.js';
import { parseMargin, parseThreshold, type Margin, type ThresholdRule } from './rules.js';
import { sliceRows } from './slices.js';
import { performanceCharts } from './chart-data.js';

export { inputs, outputs, type PerformanceInputs };

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
  const table = await readTable(inputs.predictions, { ...ctx.readLimits, cwd: ctx.cwd, columns: wanted, progress });
  const candidate = extractPredictions(table, columnOptions);

  let baseline: BaselineSource | undefined;
  if (inputs['baseline-predictions']) {
    const file = inputs['baseline-predictions'];
    const baseWanted = wanted ? wanted.filter((c) => !inputs['slice-by'].includes(c) || c === inputs['label-column']) : undefined;
    // The baseline file may leave out the label column; read what is there.
    const baseTable = await readTable(file, { ...ctx.readLimits, cwd: ctx.cwd, progress }).then((t) =>
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
    const lat = await readTable(inputs.latency, { ...ctx.readLimits, cwd: ctx.cwd, progress });
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
  // Curve summaries for the visual report (chart-data.ts).
  const charts = performanceCharts(candidate, baseline?.predictions);
  const report = makeReport({
    gate: 'performance-gate',
    inputs: { ...inputs },
    checks: e.checks,
    reason: e.summary,
    sections: {
      task: e.task,
      rows: e.rows,
      ...(e.classes.length ? { classes: e.classes } : {}),
      metrics: e.metrics,
      ...(e.slices ? { slices: e.slices } : {}),
      ...(e.latency ? { latency: e.latency } : {}),
      ...(e.modelSize ? { modelSize: e.modelSize } : {}),
      ...(charts ? { charts } : {}),
    },
  });
  const metricValues = Object.fromEntries(e.metrics.map((m) => [m.name, m.value]));
  return {
    report,
    outputs: { metrics: JSON.stringify(metricValues), 'failed-metrics': e.metrics.filter((m) => m.verdict === 'fail').map((m) => m.name).join(',') },
    markdown: renderMarkdown(e),
    headline: renderPerformanceHeadline(e, report.verdict, {
      predictions: inputs.predictions,
      baselinePredictions: inputs['baseline-predictions'],
      baselineMetrics: inputs['baseline-metrics'],
      idColumn: inputs['id-column'],
      sliceBy: inputs['slice-by'],
    }),
  };
}

export default defineGate({
  name: 'performance-gate',
  title: 'Model performance',
  description: "Compute a model's metrics from its predictions, hold them to thresholds, and compare them with the champion's on the same rows with real statistics (McNemar, DeLong, paired bootstrap).",
  inputs,
  outputs,
  run: runPerformanceGate,
  reportSections,
});
