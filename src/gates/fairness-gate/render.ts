/**
 * fairness-gate's Markdown: the failures in plain sentences, the disparity
 * table with intervals, a chart of the selection rate per group, and the
 * per-group tables. Every value from the data goes through text()/code().
 */
import { barChart, code, details, icon, num, pct, table, text } from '../../render/markdown.js';
import type { FairnessEvaluation } from './evaluate.js';
import type { DisparityRow, GroupRow } from './report-types.js';
import { METRICS, type MetricName } from './metrics.js';

/** Rows beyond this go unshown (the JSON report has them all) to keep a PR comment under GitHub's size limit. */
const MAX_TABLE_ROWS = 150;
const MAX_CHART_GROUPS = 25;

function interval(r: DisparityRow): string {
  return r.ciLow !== null && r.ciHigh !== null ? `${num(r.ciLow, 3)} – ${num(r.ciHigh, 3)}` : '–';
}

function disparityTable(rows: DisparityRow[], withBaseline: boolean): string {
  const header = ['', 'Metric', 'Attribute', 'Group', 'Value', 'Interval', 'Threshold', 'Reference'];
  if (withBaseline) header.push('Baseline', 'Change');
  const body = rows.slice(0, MAX_TABLE_ROWS).map((r) => {
    const cells = [
      icon(r.verdict),
      code(r.metric),
      r.attribute === null ? 'all rows' : text(r.attribute),
      text(r.group ?? ''),
      num(r.value, 3),
      interval(r),
      text(r.threshold ?? 'report only'),
      text(r.reference ?? ''),
    ];
    if (withBaseline) cells.push(num(r.baseline ?? null, 3), r.change === null || r.change === undefined ? '–' : `${r.change > 0 ? '+' : ''}${num(r.change, 3)}`);
    return cells;
  });
  const more = rows.length > MAX_TABLE_ROWS ? `\n\n${rows.length - MAX_TABLE_ROWS} more rows are in the JSON report.` : '';
  return table(header, body, ['c', 'l', 'l', 'l', 'r', 'r', 'l', 'l', 'r', 'r']) + more;
}

function groupTable(rows: GroupRow[]): string {
  const body = rows.slice(0, MAX_TABLE_ROWS).map((g) => [
    text(g.group),
    num(g.n),
    pct(g.selectionRate),
    pct(g.tpr),
    pct(g.fpr),
    pct(g.fnr),
    pct(g.precision),
    pct(g.accuracy),
    g.status === 'ok' ? icon('pass') : g.status === 'empty' ? 'no rows' : `${icon('insufficient')} ${text(g.reasons.join('; '))}`,
  ]);
  const more = rows.length > MAX_TABLE_ROWS ? `\n\n${rows.length - MAX_TABLE_ROWS} more groups are in the JSON report.` : '';
  return table(['Group', 'n', 'Selection rate', 'TPR', 'FPR', 'FNR', 'Precision', 'Accuracy', 'Status'], body, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l']) + more;
}

const SHOWN_SENTENCES = 8;

export function renderFairness(ev: FairnessEvaluation, options: { confidence: number; bootstrap: number; decideOn: string }): string {
  const parts: string[] = [];
  // Failures before warnings, and only the first few in the open: a
  // reviewer should see what fails within seconds; the rest stays a click away.
  const bad = [...ev.disparities.filter((r) => r.verdict === 'fail'), ...ev.disparities.filter((r) => r.verdict === 'warn')];
  const insufficientGroups = ev.groups.filter((g) => g.status === 'insufficient');
  const baselineChecks = ev.checks.filter((c) => c.id.startsWith('baseline.') && c.verdict === 'fail');
  if (bad.length || baselineChecks.length) {
    const sentence = (verdict: 'fail' | 'warn', message: string) => `- ${icon(verdict)} ${text(message)}`;
    const lines = [
      ...baselineChecks.slice(0, 10).map((c) => sentence('fail', c.message ?? c.name)),
      ...bad.map((r) => sentence(r.verdict as 'fail' | 'warn', r.message)),
    ];
    parts.push(lines.slice(0, SHOWN_SENTENCES).join('\n'));
    if (lines.length > SHOWN_SENTENCES) {
      parts.push(details(`${lines.length - SHOWN_SENTENCES} more finding(s)`, lines.slice(SHOWN_SENTENCES, 60).join('\n') + (lines.length > 60 ? '\n- … the rest in the table below' : '')));
    }
  } else {
    parts.push(`No disparity beyond its threshold across ${new Set(ev.groups.map((g) => g.attribute)).size} attribute(s).`);
  }
  if (insufficientGroups.length) {
    const names = insufficientGroups.slice(0, 15).map((g) => `${text(g.group)} (${text(g.attribute)}, n = ${num(g.n)})`);
    parts.push(
      `${icon('insufficient')} ${insufficientGroups.length} group(s) too small to judge, left out of the metrics that need them and never counted as fair: ${names.join(', ')}${insufficientGroups.length > 15 ? ', …' : ''}.`,
    );
  }

  const main = ev.disparities.filter((r) => METRICS[r.metric as MetricName]?.kind !== 'per-group' || r.verdict !== 'pass');
  const mainBad = main.filter((r) => r.verdict !== 'pass');
  const mainPass = main.filter((r) => r.verdict === 'pass');
  const perGroup = ev.disparities.filter((r) => METRICS[r.metric as MetricName]?.kind === 'per-group');
  const withBaseline = ev.disparities.some((r) => r.baseline !== undefined);
  parts.push('### Disparities');
  if (mainBad.length) parts.push(disparityTable(mainBad, withBaseline));
  if (mainPass.length) parts.push(details(`${mainPass.length} disparities within their thresholds`, disparityTable(mainPass, withBaseline), mainBad.length === 0));
  const ciNote =
    options.bootstrap > 0
      ? `Intervals: ${Math.round(options.confidence * 100)}% percentile bootstrap, ${num(options.bootstrap)} multinomial resamples of the per-group confusion counts. Decided on the ${options.decideOn === 'interval' ? 'interval: a failure needs the whole interval beyond the threshold' : 'estimate'}.`
      : 'No bootstrap intervals (bootstrap = 0): decided on the estimates.';
  parts.push(ciNote);
  if (perGroup.length) parts.push(details(`Per-group disparities against the reference group (${perGroup.length})`, disparityTable(perGroup, withBaseline)));

  const attributes = [...new Set(ev.groups.map((g) => g.attribute))];
  parts.push('### Groups');
  for (const a of attributes) {
    const rows = ev.groups.filter((g) => g.attribute === a);
    const chartRows = rows.filter((g) => g.selectionRate !== null);
    if (!a.includes(' × ') && chartRows.length >= 2 && chartRows.length <= MAX_CHART_GROUPS) {
      parts.push(
        barChart({
          title: `Selection rate by ${a}`,
          categories: chartRows.map((g) => g.group),
          series: [{ name: 'selection rate', values: chartRows.map((g) => g.selectionRate as number) }],
          yLabel: 'selection rate',
        }),
      );
    }
    parts.push(details(`${text(a)}: ${rows.length} group(s)`, groupTable(rows), attributes.length === 1));
  }
  return parts.join('\n\n');
}
