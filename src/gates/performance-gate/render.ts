/**
 * performance-gate's Markdown: one finding per metric (its threshold, its
 * comparison with the baseline and its slices are one fact), each with the
 * difference and its interval; then, collapsed, every metric with its test
 * and p-value, the slices with a chart of the worst metric by slice (bars)
 * against its threshold (line), latency and model size. The headline: the
 * worst metric, what to do, what was compared. Every name from data or
 * configuration goes through text()/code().
 */
import type { Headline } from '../../core/gate.js';
import type { Check } from '../../core/report.js';
import type { CheckVerdict } from '../../core/verdict.js';
import { barChart } from '../../render/charts.js';
import { byVerdict, collapsedSections, findingsTable, plural, worstOf, type Section } from '../../render/findings.js';
import { code, icon, table, text } from '../../render/markdown.js';
import { num, numBeside, pValue, withInterval } from '../../render/numbers.js';
import type { Evaluation } from './evaluate.js';
import type { MetricRow } from './evaluate-metrics.js';

/** What was compared, from gate.ts. */
export interface PerformanceSources {
  predictions: string;
  baselinePredictions?: string;
  baselineMetrics?: string;
  idColumn?: string;
  sliceBy: string[];
}

/** A rule as written, with the comparison signs a reader expects: ">= 0.90" → "≥ 0.90". */
function ruleText(s: string): string {
  return text(s.replace(/>=/g, '≥').replace(/<=/g, '≤'));
}

/** A metric's threshold as a comparison: a bare "threshold 0.75" is a minimum for a metric where higher is better, a maximum otherwise. */
function thresholdText(m: MetricRow): string {
  return ruleText((m.threshold ?? '').replace(/^\s*threshold\s+/, m.higherIsBetter ? '>= ' : '<= '));
}

function ruleCell(m: MetricRow): string {
  const parts: string[] = [];
  if (m.threshold) parts.push(thresholdText(m));
  if (m.maxDrop !== null) parts.push(`${m.higherIsBetter ? 'drop' : 'rise'} ≤ ${text(m.maxDrop)}`);
  return parts.join('; ') || '–';
}

/** The difference and its interval in one precision, e.g. "−0.128 (−0.154 to −0.103)". */
function deltaCell(m: MetricRow): string {
  if (m.delta === null) return '–';
  if (m.ciOf !== 'delta') return withInterval(m.delta, null, null, { signed: true }).value;
  const t = withInterval(m.delta, m.ciLow, m.ciHigh, { signed: true });
  return t.interval ? `${t.value} (${t.interval}${t.outside ? `; ${t.outside}` : ''})` : t.value;
}

function valueCell(m: MetricRow): string {
  if (m.value === null) return '**undefined**';
  if (m.ciOf !== 'value') return withInterval(m.value, m.baseline, null).value;
  const t = withInterval(m.value, m.ciLow, m.ciHigh);
  return t.interval ? `${t.value} (${t.interval}${t.outside ? `; ${t.outside}` : ''})` : t.value;
}

/** Baseline with the value's decimals, so the two read side by side. */
function baselineCell(m: MetricRow): string {
  return m.baseline === null ? '–' : withInterval(m.baseline, m.value, null).value;
}

/** The checks about one metric: its threshold, its comparison, its slices. */
function metricChecks(e: Evaluation, name: string): Check[] {
  return e.checks.filter((c) => c.id.startsWith(`metric.${name}.`) || (c.id.startsWith('slice.') && c.id.endsWith(`.${name}`) && c.subject !== name));
}

/** How the metric's slice checks went: only a metric with a threshold is judged per slice. */
function sliceCell(e: Evaluation, name: string): string {
  const checks = e.checks.filter((c) => c.id.startsWith('slice.') && c.id.endsWith(`.${name}`));
  if (!checks.length) return '–';
  const failing = checks.filter((c) => c.verdict !== 'pass').length;
  return failing ? `${failing} of ${checks.length} fail` : `all ${checks.length} pass`;
}

interface Fact {
  verdict: CheckVerdict;
  cells: string[];
  metric?: MetricRow;
  /** A finding that is not a metric's (scores, latency, model size). */
  check?: Check;
  failing: number;
}

function facts(e: Evaluation, hasBaseline: boolean): Fact[] {
  const out: Fact[] = e.metrics.map((m) => {
    const checks = metricChecks(e, m.name);
    const verdict = worstOf([m.verdict, ...checks.map((c) => c.verdict)]);
    return {
      verdict,
      metric: m,
      failing: checks.filter((c) => c.verdict === 'fail').length,
      cells: [icon(verdict), code(m.name), valueCell(m), ...(hasBaseline ? [baselineCell(m), deltaCell(m)] : []), ruleCell(m), sliceCell(e, m.name)],
    };
  });
  const blank = hasBaseline ? ['–', '–'] : [];
  for (const c of e.checks) {
    if (c.verdict === 'pass') continue;
    if (c.id.startsWith('metric.') || c.id.startsWith('slice.')) continue;
    const limit = typeof c.threshold === 'number' ? c.threshold : thresholdValue(typeof c.threshold === 'string' ? c.threshold : null);
    const value = typeof c.value === 'number' ? numBeside(c.value, limit) : c.value === null ? '–' : text(c.value);
    out.push({ verdict: c.verdict, check: c, failing: c.verdict === 'fail' ? 1 : 0, cells: [icon(c.verdict), text(c.name), value, ...blank, c.threshold === null ? '–' : ruleText(String(c.threshold)), '–'] });
  }
  return out;
}

function metricsTable(e: Evaluation, hasBaseline: boolean): string {
  const conf = e.metrics[0] ? `${num(e.metrics[0].confidence * 100)}%` : '';
  const header = ['Metric', 'Value', ...(hasBaseline ? ['Baseline', `Difference (${conf} CI)`, 'p'] : []), 'Rule', 'Test', ''];
  const rows = e.metrics.map((m) => [
    code(m.name),
    valueCell(m),
    ...(hasBaseline ? [baselineCell(m), deltaCell(m), pValue(m.pValue)] : []),
    ruleCell(m),
    m.test ? text(m.test) : '–',
    icon(m.verdict),
  ]);
  return table(header, rows, header.map((h) => (['Metric', 'Rule', 'Test'].includes(h) ? 'l' : 'r')));
}

function slicesSection(e: Evaluation): Section {
  const slices = e.slices!;
  const names = e.metrics.map((m) => m.name);
  const sliceRows = slices.map((s) => [
    text(s.slice),
    num(s.rows),
    ...names.map((n) => {
      const m = s.metrics.find((x) => x.name === n);
      if (!m) return '–';
      if (m.value === null) return 'undefined';
      const d = m.delta !== null ? withInterval(m.delta, m.value, null, { signed: true }).value : '';
      return `${withInterval(m.value, m.delta, null).value}${d ? ` (${d})` : ''}`;
    }),
    icon(s.verdict),
  ]);
  const parts = [table(['Slice', 'Rows', ...names.map((n) => code(n)), ''], sliceRows, ['l', 'r', ...names.map(() => 'r' as const), 'c'])];
  // The chart: the metric that fails in most slices, by slice, against its threshold.
  const counted = e.metrics
    .map((m) => ({ m, failing: slices.filter((s) => s.metrics.some((x) => x.name === m.name && x.verdict === 'fail')).length }))
    .sort((a, b) => b.failing - a.failing);
  const pick = counted[0];
  // Only slices with a value are drawn; fewer than three is no chart (the table has them all).
  const measured = pick ? slices.filter((s) => typeof s.metrics.find((x) => x.name === pick.m.name)?.value === 'number') : [];
  if (pick && measured.length >= 3) {
    const of = (s: (typeof slices)[number]) => s.metrics.find((x) => x.name === pick.m.name)!;
    const limit = thresholdValue(pick.m.threshold);
    const baselines = measured.map((s) => of(s).baseline);
    const lines = [];
    if (baselines.every((b) => typeof b === 'number')) lines.push({ name: 'baseline', values: baselines as number[] });
    if (limit !== null) lines.push({ name: `threshold ${num(limit)}`, values: limit });
    parts.push(
      barChart({
        title: `${pick.m.name} by slice${lines.length ? `: challenger against ${lines.map((l) => l.name).join(' and ')}` : ''}`,
        xLabel: 'slice',
        yLabel: pick.m.name,
        categories: measured.map((s) => s.slice),
        bars: measured.map((s) => of(s).value as number),
        barName: 'challenger',
        lines,
      }),
    );
  }
  return { title: `${plural(slices.length, 'slice')}`, body: parts.join('\n\n') };
}

/**
 * Challenger and baseline side by side, one chart: the challenger's value of
 * each metric as bars, the baseline's as a line (never two bar series, which
 * xychart draws on top of each other). Only metrics on a 0–1 scale share the
 * axis, and only those where higher is better; with fewer than three of them
 * there is no chart (the table says it).
 */
function metricsChart(e: Evaluation): string {
  // Metrics where lower is better (log loss, error rates) would read upside down beside the others: left to the table.
  const shown = e.metrics.filter((m) => m.higherIsBetter && m.value !== null && m.baseline !== null && m.value >= 0 && m.value <= 1 && m.baseline >= 0 && m.baseline <= 1);
  if (shown.length < 3) return '';
  return barChart({
    title: 'Each metric where higher is better: challenger against baseline',
    xLabel: 'metric',
    yLabel: 'value',
    categories: shown.map((m) => m.name),
    bars: shown.map((m) => m.value as number),
    barName: 'challenger',
    lines: [{ name: 'baseline', values: shown.map((m) => m.baseline as number) }],
    yMax: 1,
  });
}

/** The number in a simple threshold (">= 0.90" → 0.9); null for anything else. */
function thresholdValue(threshold: string | null): number | null {
  const m = threshold ? /^\s*(?:>=|<=|>|<|threshold)\s*(-?\d+(?:\.\d+)?)\s*(?:ms)?\s*$/.exec(threshold) : null;
  return m ? Number(m[1]) : null;
}

function latencySection(e: Evaluation): string {
  const l = e.latency!;
  const keys = Object.keys(l.budget);
  const line = `${num(l.samples)} samples from ${code(l.file)}: p50 ${num(l.p50)} ms, p95 ${num(l.p95)} ms, p99 ${num(l.p99)} ms, max ${num(l.max)} ms.`;
  if (!keys.length) return line;
  const rows = keys.map((k) => [text(k), num(l.observed[k]), num(l.budget[k]), icon(l.observed[k] <= l.budget[k] ? 'pass' : 'fail')]);
  return `${line}\n\n${table(['Statistic', 'Observed (ms)', 'Budget (ms)', ''], rows, ['l', 'r', 'r', 'c'])}`;
}

export function renderMarkdown(e: Evaluation): string {
  const out: string[] = [];
  const hasBaseline = e.metrics.some((m) => m.baseline !== null);
  const conf = e.metrics[0] ? `${num(e.metrics[0].confidence * 100)}%` : '';
  const all = facts(e, hasBaseline);
  const bad = byVerdict(
    all.filter((f) => f.verdict !== 'pass'),
    (f) => f.verdict,
  );
  const header = ['', 'Metric', 'Challenger', ...(hasBaseline ? ['Baseline', `Difference (${conf} CI)`] : []), 'Rule', 'Slices'];
  const align: ('l' | 'r' | 'c')[] = ['c', 'l', 'r', ...(hasBaseline ? (['r', 'r'] as const) : []), 'l', 'l'];
  if (bad.length) out.push(findingsTable(header, bad.map((f) => f.cells), { align, more: (n) => `${plural(n, 'more finding')}` }));

  const judged = `${plural(e.metrics.length, 'metric')}${hasBaseline ? ' against the baseline' : ''}, with tests and p-values`;
  const sections: Section[] = [{ title: `All ${judged}`, body: [metricsTable(e, hasBaseline), metricsChart(e)].filter(Boolean).join('\n\n') }];
  if (e.slices?.length) sections.push(slicesSection(e));
  if (e.latency) sections.push({ title: `Latency: p95 ${num(e.latency.p95)} ms, p99 ${num(e.latency.p99)} ms`, body: latencySection(e) });
  if (e.modelSize) {
    const s = e.modelSize;
    sections.push({ title: `Model size: ${num(s.bytes / 1e6)} MB`, body: `${code(s.path)} is ${num(s.bytes / 1e6)} MB (limit ${num(s.maxBytes / 1e6)} MB) ${icon(s.bytes <= s.maxBytes ? 'pass' : 'fail')}` });
  }
  const what = [plural(e.metrics.length, 'metric'), e.slices?.length ? plural(e.slices.length, 'slice') : '', e.latency ? 'latency' : '', e.modelSize ? 'model size' : ''].filter(Boolean);
  out.push(collapsedSections(sections, !bad.length, `${what.join(', ')}: tests, p-values and values`));
  return out.filter(Boolean).join('\n\n');
}

/** "`f1` fell from 0.847 to 0.718 (−0.128, 95% CI −0.154 to −0.103)". */
function metricPhrase(m: MetricRow): string {
  const value = m.value === null ? 'undefined' : withInterval(m.value, m.baseline, null).value;
  if (m.baseline === null || m.delta === null) return `${code(m.name)} is ${value}`;
  const base = baselineCell(m);
  const verb = m.delta === 0 ? 'stayed at' : m.delta < 0 ? 'fell from' : 'rose from';
  const t = withInterval(m.delta, m.ciOf === 'delta' ? m.ciLow : null, m.ciOf === 'delta' ? m.ciHigh : null, { signed: true });
  const ci = t.interval ? `, ${num(m.confidence * 100)}% CI ${t.interval}` : '';
  return m.delta === 0 ? `${code(m.name)} stayed at ${value}` : `${code(m.name)} ${verb} ${base} to ${value} (${t.value}${ci})`;
}

/** Why a failing metric fails, from its checks (the threshold, the margin). */
function metricBreaks(e: Evaluation, m: MetricRow): string {
  const checks = metricChecks(e, m.name).filter((c) => c.verdict !== 'pass' && !c.id.startsWith('slice.'));
  const parts: string[] = [];
  for (const c of checks) {
    if (c.id.endsWith('.threshold') && m.threshold) parts.push(`misses ${thresholdText(m)}`);
    else if (c.id.endsWith('.baseline')) parts.push(`${c.verdict === 'warn' ? 'may exceed' : 'exceeds'} the allowed ${m.higherIsBetter ? 'drop' : 'rise'} of ${text(m.maxDrop ?? '0')}`);
    else parts.push(text(c.message ?? c.name));
  }
  const slices = sliceCell(e, m.name);
  if (e.slices?.length && !slices.startsWith('all')) parts.push(`in ${slices.replace(' fail', '')} slices too`);
  return parts.join(', ');
}

/** The first three lines: the worst metric, what to do, what was compared. */
export function renderPerformanceHeadline(e: Evaluation, verdict: string, sources: PerformanceSources): Headline {
  const hasBaseline = e.metrics.some((m) => m.baseline !== null);
  const all = facts(e, hasBaseline);
  const bad = all.filter((f) => f.verdict !== 'pass').sort((a, b) => (b.verdict === 'fail' ? 1 : 0) - (a.verdict === 'fail' ? 1 : 0) || b.failing - a.failing);
  let reason: string;
  if (!bad.length) {
    const better = e.metrics.filter((m) => m.delta !== null && (m.higherIsBetter ? m.delta > 0 : m.delta < 0));
    const best = e.metrics.filter((m) => m.delta !== null).sort((a, b) => Math.abs(b.delta!) - Math.abs(a.delta!))[0];
    reason = `All ${plural(e.metrics.length, 'metric')} meet their rules${hasBaseline ? `; better than the baseline on ${better.length} of ${e.metrics.length}` : ''}${best && hasBaseline ? ` (${metricPhrase(best)})` : ''}.`;
  } else {
    const worst = bad[0];
    const others = bad.length - 1;
    const tail = others ? `; ${plural(others, 'more finding')} below` : '';
    reason = worst.metric ? `${metricPhrase(worst.metric)}: ${metricBreaks(e, worst.metric)}${tail}.` : `${text(worst.check?.message ?? '')}${tail}.`;
  }

  let next: string;
  const baselineFails = e.checks.filter((c) => c.id.endsWith('.baseline') && c.verdict === 'fail');
  const thresholdFails = e.metrics.filter((m) => metricChecks(e, m.name).some((c) => c.id.endsWith('.threshold') && c.verdict === 'fail'));
  const latencyFails = e.checks.filter((c) => c.id.startsWith('latency.') && c.verdict === 'fail');
  if (verdict === 'pass') next = 'nothing to do.';
  else if (baselineFails.length) {
    const everywhere = e.slices?.length && e.slices.every((s) => s.verdict === 'fail') ? `, in all ${e.slices.length} slices` : '';
    next = `keep the baseline model: the challenger is worse on ${baselineFails.length} of ${e.metrics.length} metrics${everywhere}; retrain before comparing again.`;
  } else if (thresholdFails.length) {
    const m = thresholdFails[0];
    next = `improve ${code(m.name)} to ${thresholdText(m)} (now ${withInterval(m.value, null, null).value}), or change its threshold in the policy.`;
  } else if (latencyFails.length) {
    next = `bring ${text(latencyFails[0].message ?? 'latency')} within the budget.`;
  } else if (verdict === 'warn') {
    next = 'the differences are not established either way: evaluate on more rows before deciding.';
  } else next = 'fix the findings below.';

  const rows = plural(e.rows, 'row');
  const task = e.task === 'regression' ? 'regression' : `${e.task} classification (${e.classes.map((c) => code(c)).join(', ')})`;
  const against = sources.baselinePredictions
    ? ` against ${code(sources.baselinePredictions)} on the same ${rows}${sources.idColumn ? ` (paired by ${code(sources.idColumn)})` : ''}`
    : sources.baselineMetrics
      ? ` (${rows}) against the baseline metrics in ${code(sources.baselineMetrics)}`
      : ` (${rows})`;
  const slices = e.slices?.length ? `; ${plural(e.slices.length, 'slice')} by ${sources.sliceBy.map((s) => code(s)).join(', ')}` : '';
  const latency = e.latency ? `; latency from ${code(e.latency.file)}` : '';
  return { reason, next, compared: `${code(sources.predictions)}${against}: ${task}${slices}${latency}.` };
}
