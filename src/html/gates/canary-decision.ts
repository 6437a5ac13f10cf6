/**
 * canary-decision's page: the score against the promote and rollback
 * thresholds, each metric's Hodges–Lehmann shift with its interval (relative
 * to the baseline's mean, so metrics of different units share an axis), the
 * canary and baseline distributions of each metric, the weight history of
 * sequential mode, and the metric and group tables.
 */
import type { Report } from '../../core/report.js';
import { fmt, pct } from '../format.js';
import { badge, figure, figures, note, paragraph, table, type Cell, type Section } from '../page.js';
import { binBars, dots, intervals, line, region, rule } from '../svg/layers.js';
import { plot } from '../svg/plot.js';
import { arrayOf, capped, extent } from './common.js';

interface Metric {
  name: string;
  group: string;
  classification: string;
  canaryMean: number | null;
  baselineMean: number | null;
  estimate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  pValue: number | null;
  nCanary: number;
  nBaseline: number;
  method: string;
  reason: string;
  critical: boolean;
}

interface Distribution {
  metric: string;
  edges: number[];
  canary: number[];
  baseline: number[];
}

interface Look {
  look: number;
  weight: number;
  score: number;
  decision: string;
}

const CLASS_OF: Record<string, string> = { Pass: 'pass', High: 'fail', Low: 'fail', Nodata: 'insufficient', Inconclusive: 'warn' };
const DECISION_CLASS: Record<string, string> = { promote: 'pass', continue: 'warn', rollback: 'fail' };

function scoreChart(score: number, pass: number, marginal: number, decision: string): string {
  return plot({
    title: `Canary score ${fmt(score, 3)} of 100: ${decision}`,
    x: { type: 'linear', title: 'canary score (0–100)', domain: [0, 100], exact: true },
    y: { type: 'band', title: 'canary', labels: ['score'] },
    layers: [
      region('x', 0, marginal, 'fail'),
      region('x', marginal, pass, 'warn'),
      region('x', pass, 100, 'pass'),
      rule('x', marginal, 'fail'),
      rule('x', pass, 'pass'),
      dots([{ x: score, y: 0, className: DECISION_CLASS[decision] ?? 'muted', radius: 7, title: `score ${fmt(score)}` }]),
    ],
    legend: [
      { label: 'rollback', className: 'fail' },
      { label: 'continue', className: 'warn' },
      { label: 'promote', className: 'pass' },
    ],
    plotHeight: 44,
  });
}

function shiftChart(metrics: Metric[], confidence: number): string | undefined {
  const rows = metrics.filter((m) => m.estimate !== null && m.baselineMean !== null && m.baselineMean !== 0 && m.method !== 'beta-binomial');
  if (rows.length === 0) return undefined;
  const rel = (v: number | null, m: Metric) => (v === null ? null : v / Math.abs(m.baselineMean!));
  const range = extent(rows.flatMap((m) => [rel(m.estimate, m), rel(m.ciLow, m), rel(m.ciHigh, m), 0])) ?? [-0.1, 0.1];
  const pad = (range[1] - range[0]) * 0.1 || 0.05;
  return plot({
    title: `Shift of each metric (Hodges–Lehmann, ${Math.round(confidence * 100)}% interval)`,
    x: { type: 'linear', title: 'canary − baseline, relative to the baseline mean', domain: [range[0] - pad, range[1] + pad], format: (v) => pct(v, Math.abs(range[1] - range[0]) < 0.1 ? 1 : 0) },
    y: { type: 'band', title: 'metric', labels: rows.map((m) => m.name) },
    layers: [
      rule('x', 0, 'muted'),
      intervals(
        rows.map((m, i) => ({
          band: i,
          estimate: rel(m.estimate, m),
          low: rel(m.ciLow, m),
          high: rel(m.ciHigh, m),
          className: CLASS_OF[m.classification] ?? 'insufficient',
          title: `${m.name}: ${fmt(m.estimate)} [${fmt(m.ciLow)}, ${fmt(m.ciHigh)}] (${m.classification})`,
        })),
      ),
    ],
    legend: [
      { label: 'Pass', className: 'pass', shape: 'dot' },
      { label: 'High / Low', className: 'fail', shape: 'dot' },
      { label: 'Inconclusive', className: 'warn', shape: 'dot' },
    ],
  });
}

function distributionChart(d: Distribution, m: Metric | undefined): string {
  const top = Math.max(...d.canary, ...d.baseline, 1e-9);
  const shift = m && m.estimate !== null ? `: shift ${m.estimate > 0 ? '+' : ''}${fmt(m.estimate)} [${fmt(m.ciLow)}, ${fmt(m.ciHigh)}]` : '';
  return plot({
    title: `${d.metric}${shift}${m ? ` · ${m.classification}` : ''}`,
    x: { type: 'linear', title: `${d.metric} (metric units)`, domain: [d.edges[0], d.edges[d.edges.length - 1]], exact: true },
    y: { type: 'linear', title: 'share of values', domain: [0, top], format: (v) => pct(v, 0) },
    layers: [binBars(d.edges, d.baseline, 's2'), binBars(d.edges, d.canary, 's1')],
    legend: [
      { label: `canary (n ${m?.nCanary ?? '?'})`, className: 's1' },
      { label: `baseline (n ${m?.nBaseline ?? '?'})`, className: 's2' },
    ],
    plotHeight: 170,
  });
}

function weightChart(looks: Look[], pass: number, marginal: number): string {
  const last = looks[looks.length - 1]?.look ?? 1;
  const first = looks[0]?.look ?? 1;
  return plot({
    title: 'Weight history (sequential looks)',
    x: { type: 'linear', title: 'look', domain: [first - 0.5, last + 0.5], exact: true, format: (v) => (Number.isInteger(v) ? String(v) : '') },
    y: { type: 'linear', title: 'canary weight (%) · score (0–100)', domain: [0, 100], exact: true },
    layers: [
      rule('y', pass, 'muted'),
      rule('y', marginal, 'muted'),
      line(
        looks.map((l) => [l.look, l.score]),
        's3',
        { dashed: true },
      ),
      line(
        looks.map((l) => [l.look, l.weight]),
        's1',
        { step: true },
      ),
      dots(looks.map((l) => ({ x: l.look, y: l.weight, className: DECISION_CLASS[l.decision] ?? 'muted', title: `look ${l.look}: ${l.decision}, weight ${fmt(l.weight)}%, score ${fmt(l.score)}` }))),
    ],
    legend: [
      { label: 'canary weight after the look', className: 's1', shape: 'line' },
      { label: 'score', className: 's3', shape: 'dash' },
      { label: 'promote', className: 'pass', shape: 'dot' },
      { label: 'continue', className: 'warn', shape: 'dot' },
      { label: 'rollback', className: 'fail', shape: 'dot' },
    ],
  });
}

export function canarySections(report: Report): Section[] {
  const metrics = arrayOf<Metric>(report.metrics);
  const thresholds = (report.thresholds ?? { pass: 95, marginal: 75, confidence: 0.95 }) as { pass: number; marginal: number; confidence: number };
  const decision = String(report.decision ?? '');
  const score = typeof report.score === 'number' ? report.score : 0;
  const charts = (report.charts ?? {}) as { distributions?: Distribution[]; weights?: Look[] };
  const sections: Section[] = [];

  const shift = shiftChart(metrics, thresholds.confidence);
  sections.push({
    id: 'decision',
    title: 'Decision',
    html:
      paragraph(`Decision: ${decision}; next canary weight ${fmt(Number(report.nextWeight ?? 0))}%.`) +
      figures([figure(scoreChart(score, thresholds.pass, thresholds.marginal, decision), `Rollback below ${fmt(thresholds.marginal)}, promote from ${fmt(thresholds.pass)}.`), ...(shift ? [figure(shift, 'Whiskers: the interval of the shift; a metric passes when it stays within its allowed change.')] : [])]),
  });

  const distributions = arrayOf<Distribution>(charts.distributions);
  if (distributions.length) {
    const byName = new Map(metrics.map((m) => [m.name, m]));
    const { shown, left } = capped(distributions, 40);
    sections.push({
      id: 'distributions',
      title: 'Distributions (canary vs baseline)',
      html:
        figures(shown.map((d) => figure(distributionChart(d, byName.get(d.metric))))) +
        note('Shares of each variant’s values; bins span the pooled 1st–99th percentiles, values beyond are counted in the end bins.') +
        (left ? note(`${left} more metrics are in the JSON report.`) : ''),
    });
  }

  const looks = arrayOf<Look>(charts.weights);
  if (looks.length) {
    sections.push({ id: 'weights', title: 'Weight history', html: figures([figure(weightChart(looks, thresholds.pass, thresholds.marginal), `${looks.length} looks from the state file; grey lines: the promote and rollback scores.`)]) });
  }

  sections.push({
    id: 'metrics',
    title: `Metrics (${metrics.length})`,
    html: table(
      ['Metric', 'Group', 'Class', 'Canary mean', 'Baseline mean', 'Shift', 'Interval', 'p-value', 'n canary', 'n baseline', 'Why'],
      metrics.map((m): Cell[] => [
        m.name,
        m.group,
        badge(CLASS_OF[m.classification] ?? 'insufficient'),
        m.canaryMean,
        m.baselineMean,
        m.estimate,
        m.ciLow !== null ? `[${fmt(m.ciLow)}, ${fmt(m.ciHigh)}]` : '–',
        m.pValue,
        m.nCanary,
        m.nBaseline,
        `${m.classification}${m.critical ? ' (critical)' : ''}: ${m.reason}`,
      ]),
      'lllrrrrrrrl',
    ),
  });

  const groups = arrayOf<{ name: string; score: number | null; passed: number; judged: number; weight: number }>(report.groups);
  if (groups.length > 1) {
    sections.push({
      id: 'groups',
      title: 'Group scores',
      html: table(
        ['Group', 'Score', 'Passed / judged', 'Weight (%)'],
        groups.map((g): Cell[] => [g.name, g.score, `${g.passed} / ${g.judged}`, g.weight]),
        'lrrr',
      ),
    });
  }
  return sections;
}
