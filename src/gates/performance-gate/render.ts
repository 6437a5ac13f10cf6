/**
 * performance-gate's Markdown body (job summary and PR comment): the
 * metrics table (value, baseline, difference with its interval, threshold,
 * test, status), a chart of candidate vs baseline, then slices, latency and
 * model size when used. Every name from data or configuration goes through
 * text()/code().
 */
import { barChart, code, details, icon, num, table, text } from '../../render/markdown.js';
import type { Evaluation } from './evaluate.js';
import type { MetricRow } from './evaluate-metrics.js';

function signed(x: number | null): string {
  if (x === null) return '–';
  return `${x > 0 ? '+' : x < 0 ? '−' : '±'}${num(Math.abs(x))}`;
}

function deltaCell(m: MetricRow): string {
  if (m.delta === null) return '–';
  const ci = m.ciOf === 'delta' && m.ciLow !== null && m.ciHigh !== null ? ` [${num(m.ciLow)}, ${num(m.ciHigh)}]` : '';
  return `${signed(m.delta)}${ci}`;
}

function valueCell(m: MetricRow): string {
  const ci = m.ciOf === 'value' && m.ciLow !== null && m.ciHigh !== null ? ` [${num(m.ciLow)}, ${num(m.ciHigh)}]` : '';
  return `${m.value === null ? '**undefined**' : num(m.value)}${ci}`;
}

function ruleCell(m: MetricRow): string {
  const parts: string[] = [];
  if (m.threshold) parts.push(text(m.threshold));
  if (m.maxDrop !== null) parts.push(`max ${m.higherIsBetter ? 'drop' : 'rise'} ${text(m.maxDrop)}`);
  return parts.join('; ') || '–';
}

export function renderMarkdown(e: Evaluation): string {
  const out: string[] = [];
  const hasBaseline = e.metrics.some((m) => m.baseline !== null);
  const conf = e.metrics[0] ? `${Math.round(e.metrics[0].confidence * 100)}%` : '';
  out.push(
    `${e.task === 'regression' ? 'Regression' : `${e.task === 'binary' ? 'Binary' : 'Multiclass'} classification (${e.classes.map((c) => code(c)).join(', ')})`} on ${num(e.rows)} rows.`,
  );
  out.push('');
  const valueIntervals = e.metrics.some((m) => m.ciOf === 'value');
  const header = [
    'Metric',
    valueIntervals ? `Value [${conf} CI]` : 'Value',
    ...(hasBaseline ? ['Baseline', `Δ [${conf} CI]`] : []),
    'Rule',
    ...(hasBaseline ? ['p-value'] : []),
    'Test',
    'Status',
  ];
  const rows = e.metrics.map((m) => [
    code(m.name),
    valueCell(m),
    ...(hasBaseline ? [num(m.baseline), deltaCell(m)] : []),
    ruleCell(m),
    ...(hasBaseline ? [m.pValue === null ? '–' : num(m.pValue, 3)] : []),
    m.test ? text(m.test) : '–',
    `${icon(m.verdict)} ${m.verdict}`,
  ]);
  out.push(table(header, rows, header.map((h) => (['Metric', 'Rule', 'Test', 'Status'].includes(h) ? 'l' : 'r'))));
  const charted = e.metrics.filter((m) => m.value !== null && (!hasBaseline || m.baseline !== null));
  if (charted.length > 0) {
    out.push('');
    out.push(
      barChart({
        title: hasBaseline ? 'Candidate (first bar) vs baseline (second bar)' : 'Candidate metrics',
        categories: charted.map((m) => m.name),
        series: [
          { name: 'candidate', values: charted.map((m) => m.value!) },
          ...(hasBaseline ? [{ name: 'baseline', values: charted.map((m) => m.baseline!) }] : []),
        ],
      }),
    );
  }
  const bad = e.checks.filter((c) => c.verdict !== 'pass');
  if (bad.length > 0) {
    out.push('');
    out.push('**Findings**');
    out.push('');
    for (const c of bad.slice(0, 20)) out.push(`- ${icon(c.verdict)} ${text(c.message ?? c.name)}`);
    if (bad.length > 20) out.push(`- … and ${bad.length - 20} more in the JSON report`);
  }
  if (e.slices && e.slices.length > 0) {
    const names = e.metrics.map((m) => m.name);
    const sliceRows = e.slices.map((s) => [
      text(s.slice),
      num(s.rows),
      ...names.map((n) => {
        const m = s.metrics.find((x) => x.name === n);
        if (!m) return '–';
        return m.value === null ? 'undefined' : `${num(m.value)}${m.delta !== null ? ` (${signed(m.delta)})` : ''}`;
      }),
      `${icon(s.verdict)} ${s.verdict}`,
    ]);
    out.push('');
    out.push(details(`Slices (${e.slices.length})`, table(['Slice', 'Rows', ...names.map((n) => code(n)), 'Status'], sliceRows), e.slices.some((s) => s.verdict === 'fail')));
  }
  if (e.latency) {
    const l = e.latency;
    const keys = Object.keys(l.budget);
    out.push('');
    out.push(`**Latency** (${num(l.samples)} samples from ${code(l.file)}): p50 ${num(l.p50)} ms, p95 ${num(l.p95)} ms, p99 ${num(l.p99)} ms, max ${num(l.max)} ms.`);
    if (keys.length) {
      out.push('');
      out.push(table(['Statistic', 'Observed (ms)', 'Budget (ms)', 'Status'], keys.map((k) => [text(k), num(l.observed[k]), num(l.budget[k]), l.observed[k] <= l.budget[k] ? `${icon('pass')} pass` : `${icon('fail')} fail`]), ['l', 'r', 'r', 'l']));
    }
  }
  if (e.modelSize) {
    const s = e.modelSize;
    out.push('');
    out.push(`**Model size**: ${code(s.path)} is ${num(s.bytes / 1e6)} MB (limit ${num(s.maxBytes / 1e6)} MB) ${icon(s.bytes <= s.maxBytes ? 'pass' : 'fail')}`);
  }
  return out.join('\n');
}
