/**
 * The metric checks: each configured metric is computed (an error when it
 * cannot be), compared with its threshold, and with the baseline under the
 * non-inferiority margin `max-drop`.
 *
 * Against the baseline, "drop" is measured in the metric's bad direction
 * (a fall for accuracy, a rise for log loss). With decide-on `estimate` the
 * check fails when the point estimate drops by more than the margin. With
 * `interval` it fails only when the whole confidence interval of the
 * difference lies beyond the margin (the drop is real), warns when the
 * estimate is beyond it but the interval is not (inconclusive), and passes
 * otherwise. Without an interval (baseline given as metric values, or
 * bootstrap 0 for a metric without an analytic interval) it decides on the
 * estimate and says so.
 */
import type { Check } from '../../core/report.js';
import type { CheckVerdict } from '../../core/verdict.js';
import { worstVerdict } from '../../core/verdict.js';
import { UserError } from '../../core/errors.js';
import { compareMetric, type Comparison, type StatsOptions } from './compare-metric.js';
import { findMetric, metricNames, type MetricDef } from './metric-catalog.js';
import type { Predictions } from './predictions.js';
import { applyThreshold, marginAmount, type Margin, type ThresholdRule } from './rules.js';
import { compareDecimal, decimalToNumber, subDecimal, addDecimal, toDecimal } from './decimal.js';
import { lookupMetric, type MetricValues } from './baseline-metrics.js';

export interface MetricRow {
  name: string;
  value: number | null;
  baseline: number | null;
  delta: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  ciOf: 'delta' | 'value' | null;
  confidence: number;
  pValue: number | null;
  test: string | null;
  threshold: string | null;
  maxDrop: string | null;
  higherIsBetter: boolean;
  verdict: CheckVerdict;
}

export interface MetricOptions extends StatsOptions {
  metrics: string[];
  thresholds: Record<string, ThresholdRule>;
  /** Per metric; key "*" for every metric. */
  maxDrop: Record<string, Margin>;
  decideOn: 'estimate' | 'interval';
}

export interface BaselineSource {
  predictions?: Predictions;
  values?: MetricValues;
  file: string;
}

export function resolveMetrics(names: string[], candidate: Predictions): MetricDef[] {
  const defs: MetricDef[] = [];
  for (const name of names) {
    const def = findMetric(name, candidate.task);
    if (!def) {
      throw new UserError(`unknown metric "${name}" for a ${candidate.task} task; known: ${metricNames(candidate.task).join(', ')}`, { field: 'metrics' });
    }
    if (def.needs === 'score' && !candidate.scores) {
      throw new UserError(`${name} needs predicted scores: set score-column${candidate.task === 'multiclass' ? ' or score-prefix' : ''}`, { field: 'metrics' });
    }
    if (!defs.includes(def)) defs.push(def);
  }
  return defs;
}

const fmt = (x: number) => String(Number(x.toPrecision(4)));

export function evaluateMetrics(
  defs: MetricDef[],
  candidate: Predictions,
  baseline: BaselineSource | undefined,
  o: MetricOptions,
): { rows: MetricRow[]; checks: Check[] } {
  const rows: MetricRow[] = [];
  const checks: Check[] = [];
  for (const def of defs) {
    const name = def.name;
    const cmp: Comparison = compareMetric(def, candidate, baseline?.predictions, o);
    let baseValue = cmp.baseline;
    let delta = cmp.delta;
    if (!baseline?.predictions && baseline?.values) {
      const v = lookupMetric(baseline.values, name, baseline.file);
      baseValue = v ?? null;
      delta = v === undefined || !Number.isFinite(cmp.value) ? null : cmp.value - v;
    }
    const rule = o.thresholds[name];
    const margin = o.maxDrop[name] ?? o.maxDrop['*'];
    const metricChecks: Check[] = [];

    if (!Number.isFinite(cmp.value)) {
      metricChecks.push({
        id: `metric.${name}.computable`,
        subject: name,
        name: `${name} computable`,
        value: null,
        threshold: null,
        verdict: 'fail',
        severity: 'error',
        message: `${name} cannot be computed on ${candidate.source}: ${whyUndefined(def, candidate)}`,
      });
    } else {
      if (rule) metricChecks.push(thresholdCheck(name, def, rule, cmp.value, baseValue));
      if (baseline) metricChecks.push(baselineCheck(name, def, cmp, baseValue, delta, margin, o, baseline));
    }
    const verdict = metricChecks.length ? worstVerdict(metricChecks.map((c) => c.verdict)) : 'pass';
    rows.push({
      name,
      value: Number.isFinite(cmp.value) ? cmp.value : null,
      baseline: baseValue,
      delta,
      ciLow: cmp.ciLow,
      ciHigh: cmp.ciHigh,
      ciOf: cmp.ciOf,
      confidence: o.confidence,
      pValue: cmp.pValue,
      test: cmp.test,
      threshold: rule ? rule.text : null,
      maxDrop: baseline ? (margin?.text ?? '0') : null,
      higherIsBetter: def.higherIsBetter,
      verdict,
    });
    checks.push(...metricChecks);
  }
  return { rows, checks };
}

function whyUndefined(def: MetricDef, p: Predictions): string {
  if (p.rows === 0) return 'there are no rows';
  if (p.task !== 'regression') {
    const present = new Set(p.label);
    if (present.size < 2) return `only one class (${p.classes[p.label[0]]}) occurs in the labels`;
    if (p.task === 'multiclass' && present.size < p.classes.length) return 'a class has no rows';
  }
  if (def.task === 'regression' && p.rows < 2) return 'it needs at least two rows';
  return 'the value is undefined';
}

function thresholdCheck(name: string, def: MetricDef, rule: ThresholdRule, value: number, baseline: number | null): Check {
  const out = applyThreshold(rule, value, def.higherIsBetter, baseline ?? undefined);
  if (out.missing) {
    return { id: `metric.${name}.threshold`, subject: name, name: `${name} threshold`, value, threshold: rule.text, verdict: 'fail', severity: 'error', message: `${name}: ${out.missing} (set baseline-predictions or baseline-metrics)` };
  }
  return {
    id: `metric.${name}.threshold`,
    subject: name,
    name: `${name} threshold`,
    value,
    threshold: rule.text,
    verdict: out.pass ? 'pass' : 'fail',
    severity: 'error',
    message: `${name} = ${fmt(value)} ${out.pass ? 'meets' : 'misses'} ${out.boundary}`,
  };
}

function baselineCheck(
  name: string,
  def: MetricDef,
  cmp: Comparison,
  baseValue: number | null,
  delta: number | null,
  margin: Margin | undefined,
  o: MetricOptions,
  baseline: BaselineSource,
): Check {
  const id = `metric.${name}.baseline`;
  const marginText = margin?.text ?? '0';
  if (baseValue === null || !Number.isFinite(baseValue) || delta === null) {
    return {
      id,
      subject: name,
      name: `${name} vs baseline`,
      value: cmp.value,
      threshold: `max drop ${marginText}`,
      verdict: 'fail',
      severity: 'error',
      message: baseline.predictions ? `${name} cannot be computed on the baseline predictions` : `${name} is not in the baseline metrics (${baseline.file})`,
    };
  }
  const allowed = margin ? marginAmount(margin, baseValue) : toDecimal(0);
  const allowedNum = decimalToNumber(allowed);
  // The worst acceptable candidate value, exact in decimals: baseline ∓ margin.
  const bound = def.higherIsBetter ? subDecimal(toDecimal(baseValue), allowed) : addDecimal(toDecimal(baseValue), allowed);
  const c = compareDecimal(toDecimal(cmp.value), bound);
  const estimateBeyond = def.higherIsBetter ? c < 0 : c > 0;
  const hasInterval = cmp.ciOf === 'delta' && cmp.ciLow !== null && cmp.ciHigh !== null;
  let verdict: CheckVerdict;
  let how: string;
  if (o.decideOn === 'interval' && hasInterval) {
    const intervalBeyond = def.higherIsBetter ? cmp.ciHigh! < -allowedNum : cmp.ciLow! > allowedNum;
    verdict = intervalBeyond ? 'fail' : estimateBeyond ? 'warn' : 'pass';
    how = `${Math.round(o.confidence * 100)}% interval of the difference [${fmt(cmp.ciLow!)}, ${fmt(cmp.ciHigh!)}]`;
    how += intervalBeyond ? ' lies entirely beyond the margin' : estimateBeyond ? ' reaches beyond the margin but also inside it: the change is not established' : ' is within the margin';
  } else {
    verdict = estimateBeyond ? 'fail' : 'pass';
    how = `decided on the estimate${o.decideOn === 'interval' ? ' (no interval available)' : ''}`;
  }
  const dir = def.higherIsBetter ? 'drop' : 'rise';
  return {
    id,
    subject: name,
    name: `${name} vs baseline`,
    value: delta,
    threshold: `max ${dir} ${marginText}`,
    verdict,
    severity: 'error',
    message: `${name} ${fmt(cmp.value)} vs baseline ${fmt(baseValue)} (Δ ${delta >= 0 ? '+' : ''}${fmt(delta)}, allowed ${dir} ${fmt(allowedNum)}): ${how}${cmp.pValue !== null ? `; p = ${fmt(cmp.pValue)} (${cmp.test})` : ''}`,
  };
}
