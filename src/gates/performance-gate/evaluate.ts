/**
 * performance-gate's evaluation: from the typed predictions (and the
 * optional baseline, slices, latency samples and model size) to the checks,
 * the report sections and the one-line summary. Pure: all reading happens
 * in gate.ts.
 */
import type { Check } from '../../core/report.js';
import { worstVerdict, type Verdict } from '../../core/verdict.js';
import { evaluateMetrics, resolveMetrics, type BaselineSource, type MetricOptions, type MetricRow } from './evaluate-metrics.js';
import { defaultMetrics } from './metric-catalog.js';
import type { Predictions } from './predictions.js';
import { scoreRangeChecks } from './score-range.js';
import { evaluateSlices, type SliceRow } from './slices.js';
import { evaluateLatency, type LatencySection } from './latency.js';
import { evaluateModelSize, type ModelSizeSection } from './model-size.js';

export interface EvaluationInput {
  candidate: Predictions;
  baseline?: BaselineSource;
  options: MetricOptions;
  slices?: { groups: Map<string, number[]>; columns: string[]; minSliceSize: number };
  latency?: { samples: Float64Array; file: string; budget: Record<string, number> };
  modelSize?: { path: string; bytes: number; maxText: string; maxBytes: number };
}

export interface Evaluation {
  verdict: Verdict;
  summary: string;
  checks: Check[];
  task: Predictions['task'];
  rows: number;
  classes: string[];
  metrics: MetricRow[];
  slices?: SliceRow[];
  latency?: LatencySection;
  modelSize?: ModelSizeSection;
}

export function evaluate(input: EvaluationInput): Evaluation {
  const { candidate, options } = input;
  // Metrics with a threshold are computed even when not listed.
  const names = options.metrics.length ? [...options.metrics] : defaultMetrics(candidate.task, !!candidate.scores);
  for (const name of Object.keys(options.thresholds)) if (!names.includes(name)) names.push(name);
  const defs = resolveMetrics(names, candidate);
  const scoreChecks = scoreRangeChecks(defs, [
    { role: 'candidate', predictions: candidate },
    ...(input.baseline?.predictions ? [{ role: 'baseline' as const, predictions: input.baseline.predictions }] : []),
  ]);
  const m = evaluateMetrics(defs, candidate, input.baseline, options);
  const checks = [...scoreChecks, ...m.checks];
  const result: Evaluation = { verdict: 'pass', summary: '', checks, task: candidate.task, rows: candidate.rows, classes: candidate.classes, metrics: m.rows };
  if (input.slices) {
    const s = evaluateSlices(input.slices.groups, defs, candidate, input.baseline?.predictions, options.thresholds, input.slices.minSliceSize);
    result.slices = s.rows;
    checks.push(...s.checks);
  }
  if (input.latency) {
    const l = evaluateLatency(input.latency.samples, input.latency.file, input.latency.budget);
    result.latency = l.section;
    checks.push(...l.checks);
  }
  if (input.modelSize) {
    const s = evaluateModelSize(input.modelSize.path, input.modelSize.bytes, input.modelSize.maxText, input.modelSize.maxBytes);
    result.modelSize = s.section;
    checks.push(s.check);
  }
  result.verdict = worstVerdict(checks.map((c) => c.verdict));
  result.summary = summarize(result);
  return result;
}

function summarize(e: Evaluation): string {
  const failing = e.checks.filter((c) => c.verdict === 'fail');
  const warning = e.checks.filter((c) => c.verdict === 'warn' || c.verdict === 'insufficient');
  const described = `${e.metrics.length} metric${e.metrics.length === 1 ? '' : 's'} on ${e.rows.toLocaleString('en-US')} rows`;
  if (failing.length) return `${failing.length} check${failing.length === 1 ? '' : 's'} failed: ${failing[0].message}`;
  if (warning.length) return `${warning.length} warning${warning.length === 1 ? '' : 's'}: ${warning[0].message}`;
  return `all checks passed (${described})`;
}
