/**
 * fairness-gate: group fairness metrics (Fairlearn, AIF360 and Aequitas
 * definitions) with bootstrap intervals, judged against thresholds and
 * against the champion model, with groups too small to judge listed as
 * insufficient.
 */
import { UserError } from '../../core/errors.js';
import { defineGate, type GateContext, type GateResult, type Progress } from '../../core/gate.js';
import { makeReport } from '../../core/make-report.js';
import { reportNumber } from '../../core/report-number.js';
import type { Verdict } from '../../core/verdict.js';
import { readTable } from '../../readers/index.js';
import { evaluateTables, type FairnessEvaluation } from './evaluate.js';
import { inputs, outputs, type FairnessInputs } from './inputs.js';
import { DEFAULT_METRICS, METRIC_NAMES, METRICS, type MetricName } from './metrics.js';
import type { BinSpec, FairnessOptions, ReferenceChoice } from './options.js';
import { renderFairness, renderFairnessHeadline, ruleText, type FairnessRenderOptions } from './render.js';
import type { DisparityRow } from './report-types.js';
import { reportSections } from './report-sections.js';
import { fmt } from './sentences.js';
import { parseThreshold, type Threshold } from './thresholds.js';

export { inputs, outputs, type FairnessInputs };

function parseBins(raw: FairnessInputs['bins']): Record<string, BinSpec> {
  const out: Record<string, BinSpec> = {};
  for (const [col, spec] of Object.entries(raw ?? {})) {
    out[col] = Array.isArray(spec) ? { cuts: spec } : typeof spec === 'number' ? { quantiles: spec } : { quantiles: spec.quantiles };
  }
  return out;
}

function referenceOf(raw: string, field: string): ReferenceChoice {
  const s = raw.trim();
  if (s === 'largest') return { kind: 'largest' };
  if (s === 'best') return { kind: 'best' };
  if (s === '') throw new UserError('empty reference group', { field });
  return { kind: 'named', group: s };
}

function parseReference(raw: FairnessInputs['reference-group']): FairnessOptions['reference'] {
  if (typeof raw === 'object') {
    const byAttribute: Record<string, ReferenceChoice> = {};
    for (const [attr, v] of Object.entries(raw)) byAttribute[attr] = referenceOf(v, `input reference-group.${attr}`);
    return { default: { kind: 'largest' }, byAttribute };
  }
  return { default: referenceOf(raw, 'input reference-group'), byAttribute: {} };
}

const isMetricName = (m: string): m is MetricName => (METRIC_NAMES as readonly string[]).includes(m);

function parseMetrics(raw: string[]): MetricName[] {
  if (raw.length === 0) return [...DEFAULT_METRICS];
  const out: MetricName[] = [];
  for (const m of raw) {
    if (!isMetricName(m)) throw new UserError(`unknown metric "${m}"; known: ${METRIC_NAMES.join(', ')}`, { field: 'input metrics' });
    if (!out.includes(m)) out.push(m);
  }
  return out;
}

function parseThresholds(raw: FairnessInputs['thresholds']): Partial<Record<MetricName, Threshold | null>> {
  const out: Partial<Record<MetricName, Threshold | null>> = {};
  for (const [name, v] of Object.entries(raw ?? {})) {
    if (!isMetricName(name)) throw new UserError(`unknown metric "${name}"; known: ${METRIC_NAMES.join(', ')}`, { field: 'input thresholds' });
    out[name] = v === null || v === 'none' ? null : parseThreshold(v, METRICS[name].defaultOp, `input thresholds.${name}`);
  }
  return out;
}

/** The typed evaluation options from the validated inputs. */
export function toOptions(i: FairnessInputs): FairnessOptions {
  return {
    sensitive: i.sensitive,
    intersectional: i.intersectional,
    bins: parseBins(i.bins),
    labelColumn: i['label-column'],
    predictionColumn: i['score-column'] ? undefined : i['prediction-column'],
    scoreColumn: i['score-column'],
    decisionThreshold: i['decision-threshold'],
    positiveLabel: i['positive-label'],
    reference: parseReference(i['reference-group']),
    metrics: parseMetrics(i.metrics),
    thresholds: parseThresholds(i.thresholds),
    disparityTolerance: i['disparity-tolerance'],
    method: i.aggregation,
    agg: i['equalized-odds-agg'],
    minGroupSize: i['min-group-size'],
    minPositives: i['min-positives'],
    minNegatives: i['min-negatives'],
    confidence: i.confidence,
    bootstrap: i.bootstrap,
    seed: i.seed,
    decideOn: i['decide-on'],
    maxIncrease: i['baseline-predictions'] ? i['max-increase'] : undefined,
  };
}

/** The summary's reason for the verdict the checks add up to (decided once, in makeReport). */
export function fairnessReason(ev: FairnessEvaluation, rows: number): (verdict: Verdict) => string {
  return (verdict) => {
    const judged = ev.disparities.filter((d) => d.threshold !== null);
    const failed = ev.checks.filter((c) => c.verdict === 'fail');
    const warned = ev.checks.filter((c) => c.verdict === 'warn');
    const unjudged = ev.checks.filter((c) => c.verdict === 'insufficient');
    const insufficient = ev.groups.filter((g) => g.status === 'insufficient').length;
    const attrs = new Set(ev.groups.map((g) => g.attribute)).size;
    const worst = ev.disparities.find((d) => d.metric === ev.worstMetric && (d.verdict === verdict || verdict === 'pass'));
    // "= 2.50, rule: the band [0.8, 1.25]", never "2.50 (in [0.8, 1.25])", which reads as if it were inside.
    const worstText = worst && worst.value !== null ? `; worst ${worst.metric}${worst.attribute ? ` for ${worst.attribute}` : ''} = ${fmt(worst.value)}${worst.threshold ? `, rule: ${ruleText(worst.threshold)}` : ''}` : '';
    const small = insufficient ? `; ${insufficient} group(s) too small to judge` : '';
    if (verdict === 'pass') return `${judged.length} disparities within thresholds over ${attrs} attribute(s) and ${rows} rows${small}`;
    if (verdict === 'fail') return `${failed.length} of ${ev.checks.length} checks fail${worstText}${small}`;
    const counts = [warned.length ? `${warned.length} check(s) warn` : '', unjudged.length ? `${unjudged.length} check(s) could not be judged` : ''].filter(Boolean).join(', ');
    return `${counts}${worstText}${small}`;
  };
}

/** A disparity row as the JSON report writes it: an infinite value (a ratio over a zero rate) as "Infinity", not as null (see core/report-number.ts). */
function disparityForReport(d: DisparityRow) {
  const { baseline, change, ...rest } = d;
  return {
    ...rest,
    value: reportNumber(d.value),
    ciLow: reportNumber(d.ciLow),
    ciHigh: reportNumber(d.ciHigh),
    ...(baseline !== undefined ? { baseline: reportNumber(baseline) } : {}),
    ...(change !== undefined ? { change: reportNumber(change) } : {}),
  };
}

export async function runFairness(inputs: FairnessInputs, ctx: GateContext): Promise<GateResult> {
  const options = toOptions(inputs);
  const columns = [...options.sensitive, options.labelColumn, options.scoreColumn ?? options.predictionColumn!];
  const read = (file: string) => readTable(file, { ...ctx.readLimits, cwd: ctx.cwd, columns, progress: (p: Progress) => ctx.progress(p) });
  const table = await read(inputs.predictions);
  const baseline = inputs['baseline-predictions'] ? await read(inputs['baseline-predictions']) : undefined;
  const ev = evaluateTables(table, options, baseline);
  const report = makeReport({
    gate: 'fairness-gate',
    inputs: { ...inputs },
    checks: ev.checks,
    reason: fairnessReason(ev, table.rowCount),
    sections: { groups: ev.groups, disparities: ev.disparities.map(disparityForReport) },
  });
  const renderOptions: FairnessRenderOptions = {
    confidence: options.confidence,
    bootstrap: options.bootstrap,
    decideOn: options.decideOn,
  };
  return {
    report,
    outputs: { 'worst-metric': ev.worstMetric, 'insufficient-groups': String(ev.groups.filter((g) => g.status === 'insufficient').length) },
    markdown: renderFairness(ev, renderOptions),
    headline: renderFairnessHeadline(ev, renderOptions, report.verdict, { predictions: inputs.predictions, rows: table.rowCount }),
  };
}

export default defineGate({
  name: 'fairness-gate',
  title: 'Fairness',
  description:
    'Group fairness metrics (demographic parity, equalized odds, disparate impact, Aequitas disparities) with bootstrap intervals, against thresholds and the champion model; groups too small to judge are listed, never counted as fair.',
  inputs,
  outputs,
  run: runFairness,
  reportSections,
});
