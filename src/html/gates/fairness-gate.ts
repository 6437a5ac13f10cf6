/**
 * fairness-gate's page: each metric's disparity per attribute with its
 * bootstrap interval against the threshold band; per attribute, the groups'
 * selection rates with Wilson intervals inside the band the disparity
 * tolerance allows around the reference group, and their true and false
 * positive rates; intersectional groups by size with the ones too small to
 * judge marked; the table of groups.
 *
 * Group-rate intervals are Wilson score intervals (src/stats/fairness/
 * wilson-interval.ts) of the counts behind each rate (rate × its
 * denominator: rows, positive labels, negative labels), at the gate's
 * confidence level.
 */
import type { Report } from '../../core/report.js';
import { METRICS, type MetricName } from '../../gates/fairness-gate/metrics.js';
import { wilsonInterval } from '../../stats/fairness/wilson-interval.js';
import { esc } from '../escape.js';
import { fmt, groupThousands, pct, reportValue } from '../format.js';
import { badge, figure, figures, note, paragraph, table, type Cell, type Section } from '../page.js';
import { bandBars, intervals, region, rule } from '../svg/layers.js';
import { plot, type LegendItem } from '../svg/plot.js';
import { arrayOf, capped, extent, isNumber, thresholdBounds, verdictClass } from './common.js';

interface Group {
  attribute: string;
  group: string;
  n: number;
  positives: number;
  selectionRate: number | null;
  tpr: number | null;
  fpr: number | null;
  fnr: number | null;
  precision: number | null;
  accuracy: number | null;
  status: string;
  reasons: string[];
}

interface Disparity {
  metric: string;
  attribute: string | null;
  group: string | null;
  value: number | string | null;
  ciLow: number | string | null;
  ciHigh: number | string | null;
  threshold: string | null;
  reference: string | null;
  verdict: string;
  baseline?: number | string | null;
}

const INTERSECTION = ' × ';
const MAX_ROWS = 40;

function interval(k: number, n: number, confidence: number): [number | null, number | null] {
  if (!(n > 0)) return [null, null];
  const [lo, hi] = wilsonInterval(Math.round(k), n, confidence);
  return [lo, hi];
}

function metricChart(metric: string, rows: Disparity[]): string {
  const { shown } = capped(rows, MAX_ROWS);
  const labels = shown.map((d) => (d.attribute === null ? 'all rows' : d.group && d.metric.endsWith('_disparity') ? `${d.attribute}: ${d.group}` : d.attribute));
  const written = thresholdBounds(shown.find((d) => d.threshold)?.threshold ?? null);
  // A metric judged on |value| (its sign only says which side): `<= t` allows [−t, t].
  const absolute = (METRICS[metric as MetricName] as { absolute?: boolean } | undefined)?.absolute === true;
  const bounds = absolute && written?.high !== undefined && written.low === undefined ? { low: -written.high, high: written.high } : written;
  const values = shown.flatMap((d) => [reportValue(d.value), reportValue(d.ciLow), reportValue(d.ciHigh)]).filter((v): v is number => v !== null && Number.isFinite(v));
  const range = extent([...values, bounds?.low, bounds?.high]) ?? [0, 1];
  const pad = (range[1] - range[0]) * 0.08 || 0.05;
  const threshold = shown.find((d) => d.threshold)?.threshold;
  return plot({
    title: `${metric}${threshold ? ` (passes ${absolute ? `|value| ${threshold}` : threshold})` : ' (reported, not judged)'}`,
    x: { type: 'linear', title: metric.includes('ratio') || metric.includes('impact') || metric.endsWith('_disparity') ? `${metric} (ratio)` : `${metric} (difference)`, domain: [range[0] - pad, range[1] + pad] },
    y: { type: 'band', title: 'attribute', labels },
    layers: [
      ...(bounds ? [region('x', bounds.low ?? -Infinity, bounds.high ?? Infinity, 'band')] : []),
      ...(bounds?.low !== undefined ? [rule('x', bounds.low, 'muted')] : []),
      ...(bounds?.high !== undefined ? [rule('x', bounds.high, 'muted')] : []),
      intervals(
        shown.map((d, i) => ({
          band: i,
          estimate: reportValue(d.value),
          low: reportValue(d.ciLow),
          high: reportValue(d.ciHigh),
          className: verdictClass(d.verdict),
          title: `${labels[i]}: ${fmt(reportValue(d.value))}${d.reference ? ` (reference ${d.reference})` : ''}`,
        })),
      ),
    ],
    legend: [
      { label: 'allowed', className: 'band' },
      { label: 'pass', className: 'pass', shape: 'dot' },
      { label: 'warn', className: 'warn', shape: 'dot' },
      { label: 'fail', className: 'fail', shape: 'dot' },
    ],
  });
}

function selectionChart(attribute: string, groups: Group[], reference: Group | undefined, tolerance: number, confidence: number): string {
  const labels = groups.map((g) => `${g.group}${g === reference ? ' (ref.)' : ''}`);
  const ref = reference?.selectionRate;
  const layers = [];
  if (isNumber(ref)) layers.push(region('x', tolerance * ref, Math.min(1, ref / tolerance), 'band'), rule('x', ref, 'muted'));
  layers.push(
    intervals(
      groups.map((g, i) => {
        const [low, high] = g.selectionRate === null ? [null, null] : interval(g.selectionRate * g.n, g.n, confidence);
        return { band: i, estimate: g.selectionRate, low, high, className: g.status === 'ok' ? 's1' : 'insufficient', title: `${g.group}: ${pct(g.selectionRate)} of ${groupThousands(g.n)}` };
      }),
    ),
  );
  const legend: LegendItem[] = [{ label: `selection rate, ${Math.round(confidence * 100)}% Wilson interval`, className: 's1', shape: 'dot' }];
  if (isNumber(ref)) legend.push({ label: `within τ = ${tolerance} of the reference`, className: 'band' });
  return plot({
    title: `${attribute}: selection rate by group`,
    x: { type: 'linear', title: 'selection rate (share predicted positive)', domain: [0, 1], exact: true, format: (v) => pct(v, 0) },
    y: { type: 'band', title: 'group', labels },
    layers,
    legend,
  });
}

function errorRatesChart(attribute: string, groups: Group[], confidence: number): string {
  const rows = groups.flatMap((g, i) => {
    const negatives = g.n - g.positives;
    const [tl, th] = g.tpr === null ? [null, null] : interval(g.tpr * g.positives, g.positives, confidence);
    const [fl, fh] = g.fpr === null ? [null, null] : interval(g.fpr * negatives, negatives, confidence);
    return [
      { band: i, estimate: g.tpr, low: tl, high: th, className: 's1', offset: -0.2, title: `${g.group}: TPR ${pct(g.tpr)} of ${g.positives} positives` },
      { band: i, estimate: g.fpr, low: fl, high: fh, className: 's2', offset: 0.2, title: `${g.group}: FPR ${pct(g.fpr)} of ${negatives} negatives` },
    ];
  });
  return plot({
    title: `${attribute}: true and false positive rates by group`,
    x: { type: 'linear', title: 'rate', domain: [0, 1], exact: true, format: (v) => pct(v, 0) },
    y: { type: 'band', title: 'group', labels: groups.map((g) => g.group) },
    layers: [intervals(rows)],
    legend: [
      { label: 'true positive rate', className: 's1', shape: 'dot' },
      { label: 'false positive rate', className: 's2', shape: 'dot' },
    ],
    plotHeight: Math.max(groups.length * 28, 40),
  });
}

function intersectionChart(groups: Group[], minSize: number): string {
  const sorted = [...groups].sort((a, b) => b.n - a.n);
  const { shown } = capped(sorted, MAX_ROWS);
  return plot({
    title: 'Intersectional groups by size',
    x: { type: 'linear', title: 'rows in the group', domain: [0, Math.max(...shown.map((g) => g.n), minSize) * 1.05] },
    y: { type: 'band', title: 'group', labels: shown.map((g) => `${g.group}${g.status === 'empty' ? ' (empty)' : g.status === 'insufficient' ? ' (too small)' : ''}`) },
    layers: [
      bandBars(
        shown.map((g) => g.n),
        (i) => (shown[i].status === 'ok' ? 's1' : 'insufficient'),
      ),
      rule('x', minSize, 'fail', `min-group-size ${minSize}`),
    ],
    legend: [
      { label: 'judged', className: 's1' },
      { label: 'too small or empty', className: 'insufficient' },
    ],
  });
}

export function fairnessSections(report: Report): Section[] {
  const groups = arrayOf<Group>(report.groups);
  const disparities = arrayOf<Disparity>(report.disparities);
  const inputs = report.inputs ?? {};
  const confidence = typeof inputs.confidence === 'number' ? inputs.confidence : 0.95;
  const tolerance = typeof inputs['disparity-tolerance'] === 'number' ? (inputs['disparity-tolerance'] as number) : 0.8;
  const minSize = typeof inputs['min-group-size'] === 'number' ? (inputs['min-group-size'] as number) : 30;
  const sections: Section[] = [];

  const metrics = [...new Set(disparities.map((d) => d.metric))];
  const judged = metrics.filter((m) => disparities.some((d) => d.metric === m && d.threshold));
  const reported = metrics.filter((m) => !judged.includes(m));
  const chartOf = (m: string) => figure(metricChart(m, disparities.filter((d) => d.metric === m)));
  sections.push({
    id: 'disparities',
    title: 'Disparities by attribute',
    html:
      figures(judged.map(chartOf)) +
      note(`Dots are the metric over each attribute's groups, whiskers its ${Math.round(confidence * 100)}% bootstrap interval; the shaded band passes.`) +
      (reported.length ? `<details><summary>Metrics reported without a threshold (${reported.length})</summary>${figures(reported.map(chartOf))}</details>` : ''),
  });

  const attributes = [...new Set(groups.map((g) => g.attribute))].filter((a) => !a.includes(INTERSECTION));
  const rateCharts: string[] = [];
  for (const a of attributes) {
    const own = groups.filter((g) => g.attribute === a && g.status !== 'empty');
    const refName = disparities.find((d) => d.attribute === a && d.reference !== null && (d.metric === 'disparate_impact' || d.metric === 'selection_rate_disparity'))?.reference;
    const reference = own.find((g) => g.group === refName) ?? [...own].sort((x, y) => y.n - x.n)[0];
    const { shown } = capped(own, MAX_ROWS);
    rateCharts.push(figure(selectionChart(a, shown, reference, tolerance, confidence)));
    if (shown.some((g) => g.tpr !== null || g.fpr !== null)) rateCharts.push(figure(errorRatesChart(a, shown, confidence)));
  }
  if (rateCharts.length) {
    sections.push({
      id: 'rates',
      title: 'Group rates',
      html:
        figures(rateCharts) +
        note(`Whiskers are ${Math.round(confidence * 100)}% Wilson score intervals of each rate. The shaded band is the disparity tolerance τ = ${tolerance} around the reference group's selection rate (ratios within [τ, 1/τ]). Grey: groups too small to judge.`),
    });
  }

  const intersections = groups.filter((g) => g.attribute.includes(INTERSECTION));
  if (intersections.length) {
    const small = intersections.filter((g) => g.status !== 'ok').length;
    sections.push({
      id: 'intersections',
      title: `Intersectional groups (${intersections.length})`,
      html:
        paragraph(`${intersections.length} intersectional groups, ${small} too small to judge or empty (min-group-size ${minSize}).`) +
        figures([figure(intersectionChart(intersections, minSize))]) +
        (intersections.length > MAX_ROWS ? note(`The ${MAX_ROWS} largest are drawn; the table below lists every group.`) : ''),
    });
  }

  const { shown, left } = capped(groups, 400);
  sections.push({
    id: 'groups',
    title: `Groups (${groups.length})`,
    html:
      table(
        ['Attribute', 'Group', 'Rows', 'Positives', 'Selection rate', 'TPR', 'FPR', 'Precision', 'Accuracy', 'Status'],
        shown.map((g): Cell[] => [
          g.attribute,
          g.group,
          g.n,
          g.positives,
          pct(g.selectionRate),
          pct(g.tpr),
          pct(g.fpr),
          pct(g.precision),
          pct(g.accuracy),
          g.status === 'ok' ? badge('pass') : { html: `${badge('insufficient').html} ${esc(g.reasons.length ? g.reasons.join('; ') : g.status)}` },
        ]),
        'llrrrrrrrl',
      ) + (left ? note(`${left} more groups are in the JSON report.`) : ''),
  });
  return sections;
}
