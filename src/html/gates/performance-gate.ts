/**
 * performance-gate's page: each metric's difference from the baseline with
 * its interval against the allowed margin (or, without a baseline, its value
 * against the threshold); the ROC, precision–recall and reliability curves of
 * candidate and baseline on shared axes; the residual histogram of a
 * regression; latency against its budget; and the per-slice table.
 */
import type { Report } from '../../core/report.js';
import { fmt, groupThousands, pct } from '../format.js';
import { badge, figure, figures, note, paragraph, table, type Cell, type Section } from '../page.js';
import { bandBars, bandMarks, binBars, dots, intervals, line, region, rule } from '../svg/layers.js';
import { plot } from '../svg/plot.js';
import type { MetricRow } from '../../gates/performance-gate/evaluate-metrics.js';
import { arrayOf, extent, isNumber, verdictClass } from './common.js';

/** A metric row of the report, as performance-gate wrote it (the one declaration of its fields). */
type Metric = MetricRow;

interface Charts {
  roc?: { candidate: { fpr: number[]; tpr: number[] }; baseline?: { fpr: number[]; tpr: number[] } };
  pr?: { candidate: { recall: number[]; precision: number[] }; baseline?: { recall: number[]; precision: number[] } };
  calibration?: { candidate: Calibration; baseline?: Calibration };
  residuals?: { edges: number[]; candidate: number[]; baseline?: number[] };
}
interface Calibration {
  predicted: number[];
  observed: number[];
  count: number[];
}

/** The allowed drop as an amount in the metric's units: "0.02" or "2%" of the baseline. */
export function marginAmount(maxDrop: string | null, baseline: number | null): number | undefined {
  if (maxDrop === null) return undefined;
  const m = /^\s*([-+]?[0-9.]+(?:e[-+]?\d+)?)\s*(%)?\s*$/i.exec(maxDrop);
  if (!m) return undefined;
  const v = Number(m[1]);
  if (!Number.isFinite(v)) return undefined;
  if (!m[2]) return v;
  return baseline === null ? undefined : (Math.abs(baseline) * v) / 100;
}

/** The threshold's bound: `>= 0.85`, `<= 3.2`, or a bare number (at least, or at most when lower is better). */
function thresholdOf(m: Metric): { op: string; value: number } | undefined {
  if (!m.threshold) return undefined;
  const t = /^\s*(>=|<=|>|<|≥|≤)?\s*([-+0-9.eE]+)\s*$/.exec(m.threshold);
  if (!t || !Number.isFinite(Number(t[2]))) return undefined;
  const op = t[1] === '≥' ? '>=' : t[1] === '≤' ? '<=' : (t[1] ?? (m.higherIsBetter ? '>=' : '<='));
  return { op, value: Number(t[2]) };
}

function metricChart(m: Metric): string | undefined {
  const conf = `${Math.round(m.confidence * 100)}%`;
  const cls = verdictClass(m.verdict);
  if (m.delta !== null) {
    const margin = marginAmount(m.maxDrop, m.baseline);
    // Worse is a negative difference when higher is better; the allowed side starts at −margin (or +margin).
    const limit = margin === undefined ? undefined : m.higherIsBetter ? -margin : margin;
    const range = extent([m.delta, m.ciLow, m.ciHigh, 0, limit]) ?? [-1, 1];
    const pad = (range[1] - range[0]) * 0.15 || Math.abs(range[0]) * 0.2 || 0.01;
    const lo = range[0] - pad;
    const hi = range[1] + pad;
    const ci = m.ciOf === 'delta' && m.ciLow !== null && m.ciHigh !== null ? ` [${fmt(m.ciLow)}, ${fmt(m.ciHigh)}]` : '';
    return plot({
      title: `${m.name}: Δ ${m.delta > 0 ? '+' : ''}${fmt(m.delta)}${ci}`,
      x: { type: 'linear', title: `candidate − baseline (${m.name}; ${m.higherIsBetter ? 'higher' : 'lower'} is better)`, domain: [lo, hi] },
      y: { type: 'band', title: 'difference', labels: [`${conf} CI`] },
      layers: [
        ...(limit !== undefined ? [region('x', limit, m.higherIsBetter ? Infinity : -Infinity, 'band')] : []),
        rule('x', 0, 'muted'),
        ...(limit !== undefined ? [rule('x', limit, 'fail', `margin ${m.maxDrop}`)] : []),
        intervals([
          {
            band: 0,
            estimate: m.delta,
            low: m.ciOf === 'delta' ? m.ciLow : null,
            high: m.ciOf === 'delta' ? m.ciHigh : null,
            className: cls,
            title: `${m.name}: ${fmt(m.value)} vs ${fmt(m.baseline)}`,
          },
        ]),
      ],
      plotHeight: 36,
      width: 520,
    });
  }
  if (m.value === null) return undefined;
  const t = thresholdOf(m);
  const range = extent([m.value, m.ciLow, m.ciHigh, t?.value]) ?? [0, 1];
  const pad = (range[1] - range[0]) * 0.2 || Math.abs(range[0]) * 0.1 || 0.05;
  const ci = m.ciOf === 'value' && m.ciLow !== null && m.ciHigh !== null ? ` [${fmt(m.ciLow)}, ${fmt(m.ciHigh)}]` : '';
  return plot({
    title: `${m.name}: ${fmt(m.value)}${ci}`,
    x: { type: 'linear', title: `${m.name} (${m.higherIsBetter ? 'higher' : 'lower'} is better)`, domain: [range[0] - pad, range[1] + pad] },
    y: { type: 'band', title: 'value', labels: [m.ciOf === 'value' ? `${conf} CI` : 'value'] },
    layers: [
      ...(t ? [region('x', t.value, t.op.startsWith('>') ? Infinity : -Infinity, 'band'), rule('x', t.value, 'fail', `threshold ${m.threshold}`)] : []),
      intervals([{ band: 0, estimate: m.value, low: m.ciOf === 'value' ? m.ciLow : null, high: m.ciOf === 'value' ? m.ciHigh : null, className: cls }]),
    ],
    plotHeight: 36,
    width: 520,
  });
}

/** A curve's legend label with its area metric, when the report has it: "candidate (AUC 0.873)". */
function curveLabel(who: 'candidate' | 'baseline', area: Metric | undefined, name: string): string {
  const v = who === 'candidate' ? area?.value : area?.baseline;
  return isNumber(v) ? `${who} (${name} ${fmt(v, 3)})` : who;
}

function rocChart(c: NonNullable<Charts['roc']>, auc: Metric | undefined): string {
  const label = (who: 'candidate' | 'baseline') => curveLabel(who, auc, 'AUC');
  return plot({
    title: 'ROC curve',
    x: { type: 'linear', title: 'false positive rate', domain: [0, 1], exact: true },
    y: { type: 'linear', title: 'true positive rate', domain: [0, 1], exact: true },
    layers: [
      line(
        [
          [0, 0],
          [1, 1],
        ],
        'muted',
        { dashed: true },
      ),
      ...(c.baseline ? [line(zip(c.baseline.fpr, c.baseline.tpr), 's2', { dashed: true })] : []),
      line(zip(c.candidate.fpr, c.candidate.tpr), 's1'),
    ],
    legend: [
      { label: label('candidate'), className: 's1', shape: 'line' },
      ...(c.baseline ? [{ label: label('baseline'), className: 's2', shape: 'dash' as const }] : []),
      { label: 'chance', className: 'muted', shape: 'dash' },
    ],
    width: 460,
    plotHeight: 260,
  });
}

function prChart(c: NonNullable<Charts['pr']>, ap: Metric | undefined): string {
  const label = (who: 'candidate' | 'baseline') => curveLabel(who, ap, 'AP');
  return plot({
    title: 'Precision–recall curve',
    x: { type: 'linear', title: 'recall', domain: [0, 1], exact: true },
    y: { type: 'linear', title: 'precision', domain: [0, 1], exact: true },
    layers: [
      ...(c.baseline ? [line(zip(c.baseline.recall, c.baseline.precision), 's2', { dashed: true, step: true })] : []),
      line(zip(c.candidate.recall, c.candidate.precision), 's1', { step: true }),
    ],
    legend: [{ label: label('candidate'), className: 's1', shape: 'line' }, ...(c.baseline ? [{ label: label('baseline'), className: 's2', shape: 'dash' as const }] : [])],
    width: 460,
    plotHeight: 260,
  });
}

function calibrationChart(c: NonNullable<Charts['calibration']>): string {
  const pts = (cal: Calibration, cls: string, who: string) =>
    dots(cal.predicted.map((p, i) => ({ x: p, y: cal.observed[i], className: cls, title: `${who}: ${groupThousands(cal.count[i])} scores, mean ${fmt(p, 3)}, positives ${pct(cal.observed[i])}` })));
  return plot({
    title: 'Reliability (calibration) curve, 10 bins',
    x: { type: 'linear', title: 'mean predicted probability', domain: [0, 1], exact: true },
    y: { type: 'linear', title: 'fraction of positives', domain: [0, 1], exact: true },
    layers: [
      line(
        [
          [0, 0],
          [1, 1],
        ],
        'muted',
        { dashed: true },
      ),
      ...(c.baseline ? [line(zip(c.baseline.predicted, c.baseline.observed), 's2', { dashed: true }), pts(c.baseline, 's2', 'baseline')] : []),
      line(zip(c.candidate.predicted, c.candidate.observed), 's1'),
      pts(c.candidate, 's1', 'candidate'),
    ],
    legend: [
      { label: 'candidate', className: 's1', shape: 'line' },
      ...(c.baseline ? [{ label: 'baseline', className: 's2', shape: 'dash' as const }] : []),
      { label: 'perfectly calibrated', className: 'muted', shape: 'dash' },
    ],
    width: 460,
    plotHeight: 260,
  });
}

function residualChart(r: NonNullable<Charts['residuals']>): string {
  const top = Math.max(...r.candidate, ...(r.baseline ?? []), 1e-9);
  return plot({
    title: 'Residuals y − ŷ',
    x: { type: 'linear', title: 'residual (label units)', domain: [r.edges[0], r.edges[r.edges.length - 1]], exact: true },
    y: { type: 'linear', title: 'share of rows', domain: [0, top], format: (v) => pct(v, 0) },
    layers: [...(r.baseline ? [binBars(r.edges, r.baseline, 's2')] : []), binBars(r.edges, r.candidate, 's1'), rule('x', 0, 'muted')],
    legend: [{ label: 'candidate', className: 's1' }, ...(r.baseline ? [{ label: 'baseline', className: 's2' }] : [])],
    width: 520,
  });
}

function latencyChart(l: { budget: Record<string, number>; observed: Record<string, number>; p50: number; p90: number; p95: number; p99: number; max: number; mean: number }): string {
  const stats: [string, number][] = [
    ['mean', l.mean],
    ['p50', l.p50],
    ['p90', l.p90],
    ['p95', l.p95],
    ['p99', l.p99],
    ['max', l.max],
  ];
  for (const [k, v] of Object.entries(l.observed)) if (!stats.some(([s]) => s === k)) stats.push([k, v]);
  const top = Math.max(...stats.map(([, v]) => v), ...Object.values(l.budget), 1e-9);
  return plot({
    title: 'Latency against its budget',
    x: { type: 'band', title: 'statistic', labels: stats.map(([k]) => k) },
    y: { type: 'linear', title: 'latency (ms)', domain: [0, top] },
    layers: [
      bandBars(
        stats.map(([, v]) => v),
        (i) => {
          const [k, v] = stats[i];
          return l.budget[k] === undefined ? 's1' : v <= l.budget[k] ? 'pass' : 'fail';
        },
      ),
      bandMarks(stats.flatMap(([k], i) => (l.budget[k] === undefined ? [] : [{ band: i, value: l.budget[k], className: 'muted', title: `budget ${fmt(l.budget[k])} ms` }]))),
    ],
    legend: [
      { label: 'within budget', className: 'pass' },
      { label: 'over budget', className: 'fail' },
      { label: 'not budgeted', className: 's1' },
      { label: 'budget', className: 'muted', shape: 'line' },
    ],
    width: 520,
  });
}

function zip(xs: number[], ys: number[]): [number, number][] {
  return xs.map((x, i) => [x, ys[i]]);
}

export function performanceSections(report: Report): Section[] {
  const metrics = arrayOf<Metric>(report.metrics);
  const sections: Section[] = [];
  const classes = arrayOf<string>(report.classes);
  const task = String(report.task ?? '');
  const hasBaseline = metrics.some((m) => m.baseline !== null);
  const intro = paragraph(
    `${task === 'regression' ? 'Regression' : `${task === 'binary' ? 'Binary' : 'Multiclass'} classification${classes.length ? ` (${classes.join(', ')})` : ''}`} on ${groupThousands(Number(report.rows ?? 0))} rows${hasBaseline ? ', candidate against the baseline' : ''}.`,
  );
  const charts = metrics.map(metricChart).filter((s): s is string => s !== undefined);
  const conf = metrics[0] ? `${Math.round(metrics[0].confidence * 100)}%` : '';
  sections.push({
    id: 'metrics',
    title: hasBaseline ? 'Differences from the baseline' : 'Metrics',
    html:
      intro +
      figures(charts.map((c) => figure(c))) +
      note(
        hasBaseline
          ? `Each dot is the candidate's value minus the baseline's, with its ${conf} interval; the shaded side of the red margin line is allowed.`
          : `Each dot is the metric with its ${conf} interval where there is one; the shaded side of the threshold passes.`,
      ) +
      table(
        ['Metric', 'Value', ...(hasBaseline ? ['Baseline', 'Δ', `Δ ${conf} CI`, 'p-value'] : ['CI']), 'Rule', 'Test', 'Status'],
        metrics.map((m): Cell[] => [
          m.name,
          m.value,
          ...(hasBaseline
            ? [m.baseline, m.delta, m.ciOf === 'delta' && m.ciLow !== null ? `[${fmt(m.ciLow)}, ${fmt(m.ciHigh)}]` : '–', m.pValue]
            : [m.ciOf === 'value' && m.ciLow !== null ? `[${fmt(m.ciLow)}, ${fmt(m.ciHigh)}]` : '–']),
          [m.threshold, m.maxDrop !== null ? `max ${m.higherIsBetter ? 'drop' : 'rise'} ${m.maxDrop}` : null].filter(Boolean).join('; ') || '–',
          m.test ?? '–',
          badge(m.verdict),
        ]),
        hasBaseline ? 'lrrrrrlll' : 'lrrlll',
      ),
  });

  const c = (report.charts ?? {}) as Charts;
  const curves: string[] = [];
  if (c.roc) curves.push(figure(rocChart(c.roc, metrics.find((m) => m.name === 'roc_auc'))));
  if (c.pr) curves.push(figure(prChart(c.pr, metrics.find((m) => m.name === 'pr_auc'))));
  if (c.calibration) curves.push(figure(calibrationChart(c.calibration), 'Dots are the bins; hover for their size.'));
  if (c.residuals) curves.push(figure(residualChart(c.residuals), 'Bins span the pooled 1st–99th percentiles; residuals beyond are counted in the end bins.'));
  if (curves.length) sections.push({ id: 'curves', title: task === 'regression' ? 'Residuals' : 'Curves', html: figures(curves) });

  const latency = report.latency as Parameters<typeof latencyChart>[0] & { samples: number; file: string } | undefined;
  const size = report.modelSize as { path: string; bytes: number; maxBytes: number } | undefined;
  if (latency || size) {
    const parts: string[] = [];
    if (latency) parts.push(paragraph(`${groupThousands(latency.samples)} latency samples from ${latency.file}.`), figures([figure(latencyChart(latency))]));
    if (size) parts.push(paragraph(`Model size: ${size.path} is ${fmt(size.bytes / 1e6)} MB (limit ${fmt(size.maxBytes / 1e6)} MB): ${size.bytes <= size.maxBytes ? 'within' : 'over'} the limit.`));
    sections.push({ id: 'serving', title: 'Latency and model size', html: parts.join('') });
  }

  const slices = arrayOf<{ slice: string; rows: number; metrics: { name: string; value: number | null; baseline: number | null; delta: number | null; verdict: string }[]; verdict: string }>(report.slices);
  if (slices.length) {
    const names = metrics.map((m) => m.name);
    sections.push({
      id: 'slices',
      title: `Slices (${slices.length})`,
      html: table(
        ['Slice', 'Rows', ...names, 'Status'],
        slices.slice(0, 500).map((s): Cell[] => [
          s.slice,
          s.rows,
          ...names.map((n): Cell => {
            const sm = s.metrics.find((x) => x.name === n);
            if (!sm) return '–';
            return sm.value === null ? 'undefined' : `${fmt(sm.value)}${sm.delta !== null ? ` (${sm.delta >= 0 ? '+' : ''}${fmt(sm.delta)})` : ''}`;
          }),
          badge(s.verdict),
        ]),
        `lr${'r'.repeat(names.length)}l`,
      ) + (slices.length > 500 ? note(`${slices.length - 500} more slices are in the JSON report.`) : ''),
    });
  }
  return sections;
}
