/**
 * canary-decision's Markdown: the score, one row per metric with the change
 * that decided it, and, collapsed, why each metric was judged so, the group
 * scores and the distributions (canary as bars, baseline as a line). The
 * headline: the decision and the metric behind it, what to do with the
 * canary's traffic, what was compared.
 *
 * Truthful rows (issue #12): the icon is the metric check's verdict; a
 * metric failed by a bound or a relative rule shows that rule's change
 * first (a zero-inflated metric's Hodges–Lehmann shift is often 0 with
 * interval [0, 0] although its mean doubled); "no data" is said only of a
 * metric with fewer values than `min-samples`, and "inconclusive" is its own
 * state, never called "no data".
 */
import type { Headline } from '../../core/gate.js';
import type { CheckVerdict } from '../../core/verdict.js';
import { barChart, niceCeil } from '../../render/charts.js';
import { collapsedSections, findingsTable, plural, type Section } from '../../render/findings.js';
import { code, htmlCode, icon, table, text } from '../../render/markdown.js';
import { decimalsFor, num, pct, pctDecimals, pPhrase, signed, withInterval } from '../../render/numbers.js';
import type { MetricResult, RuleResult } from './classify-metric.js';
import type { MetricConfig } from './config.js';
import type { CanaryEvaluation } from './evaluate.js';

/** The settings of each metric the rows need (from the configuration) and where the data came from. */
export interface CanaryRenderOptions {
  confidence: number;
  sequential: boolean;
  metrics: Pick<MetricConfig, 'name' | 'minSamples' | 'type' | 'critical'>[];
  /** The samples file(s) or the Prometheus server the values came from. */
  source: string;
  /** The canary's share of traffic now, when the run was told (`current-weight`). */
  currentWeight?: number;
}


/** The metric check's verdict (evaluate.ts decided it): the row's icon. */
function checkVerdict(e: CanaryEvaluation, r: MetricResult): CheckVerdict {
  return e.checks.find((c) => c.id === `metric.${r.name}`)?.verdict ?? 'pass';
}

function configOf(o: CanaryRenderOptions, r: MetricResult) {
  return o.metrics.find((m) => m.name === r.name);
}

function isRate(o: CanaryRenderOptions, r: MetricResult): boolean {
  return configOf(o, r)?.type === 'conversion';
}

/** The broken bound or relative rule, as "p99 +53.1 (limit +20)" or "p99 612 (max 500)". */
function ruleText(rule: RuleResult): string {
  const relative = rule.rule === 'max-increase' || rule.rule === 'max-decrease';
  const value = relative ? signed(rule.value, decimalsFor([rule.value, rule.limit])) : withInterval(rule.value, rule.limit, null).value;
  const limit = relative ? `${rule.rule === 'max-increase' ? '+' : '−'}${num(Math.abs(rule.limit))}` : num(rule.limit);
  const name = { min: 'min', max: 'max', 'max-increase': 'limit', 'max-decrease': 'limit' }[rule.rule];
  return `${text(rule.statistic)} ${value} (${name} ${limit})`;
}

/** The change that decided the metric: a broken rule first, then the test's shift with its interval. */
function changeCell(r: MetricResult, o: CanaryRenderOptions): string {
  const parts: string[] = [];
  for (const rule of r.rules.filter((x) => !x.ok)) parts.push(ruleText(rule));
  if (r.estimate !== null) {
    const rate = isRate(o, r);
    const t = withInterval(r.estimate, r.ciLow, r.ciHigh, { signed: true, percent: rate });
    const unit = rate ? ' points' : '';
    const what = r.method === 'beta-binomial' ? 'rate' : 'shift';
    const shift = `${what} ${t.value.replace('%', '')}${unit}${t.interval ? ` (${t.interval.replace(/%/g, '')})` : ''}`;
    // A shift of 0 with an interval [0, 0] that still failed: the rank test, not the shift, saw the change (docs: zero-inflated metrics).
    const tied = r.estimate === 0 && r.ciLow === 0 && r.ciHigh === 0 && (r.classification === 'High' || r.classification === 'Low');
    parts.push(tied ? `${shift}: most pairs tie at 0; rank test ${pPhrase(r.pValue)}, canary ${r.classification === 'High' ? 'higher' : 'lower'}` : shift);
  }
  if (r.method === 'beta-binomial' && r.probabilityBetter !== null) parts.push(`P(canary better) ${pct(r.probabilityBetter)}`);
  return parts.join('; ') || '–';
}

function resultCell(r: MetricResult, o: CanaryRenderOptions): string {
  const critical = configOf(o, r)?.critical ? ' (critical)' : '';
  switch (r.classification) {
    case 'Pass':
      return `pass${critical}`;
    case 'High':
      return `higher${critical}`;
    case 'Low':
      return `lower${critical}`;
    case 'Inconclusive':
      return `inconclusive${critical}`;
    case 'Nodata': {
      const min = configOf(o, r)?.minSamples;
      const have = Math.min(r.nCanary, r.nBaseline);
      return `no data${min !== undefined ? ` (${num(have)} of ${num(min)} values)` : ''}${critical}`;
    }
  }
}

function meansCells(r: MetricResult, o: CanaryRenderOptions): [string, string] {
  if (isRate(o, r)) {
    const d = pctDecimals([r.canaryMean, r.baselineMean]);
    return [pct(r.canaryMean, d), pct(r.baselineMean, d)];
  }
  return [withInterval(r.canaryMean, r.baselineMean, null).value, withInterval(r.baselineMean, r.canaryMean, null).value];
}

function distributionChart(r: MetricResult): string | null {
  const h = r.histogram;
  if (!h) return null;
  // A 0/1 metric fills two bins: its means say everything, a chart would not.
  const used = h.canary.filter((v, i) => v > 0 || h.baseline[i] > 0).length;
  if (used < 3) return null;
  const canary = h.canary.map((v) => v * 100);
  const baseline = h.baseline.map((v) => v * 100);
  const labels = h.canary.map((_, i) => num(h.edges[i]));
  return barChart({
    title: `${r.name}: % of values per bin from ${num(h.edges[0])} `,
    xLabel: `${r.name} (bin start)`,
    yLabel: '% of values',
    categories: labels,
    bars: canary,
    barName: 'canary',
    line: baseline,
    lineName: 'baseline',
    yMax: niceCeil(Math.max(...canary, ...baseline)),
  });
}

function scoreLine(e: CanaryEvaluation): string {
  const judged = e.groups.reduce((s, g) => s + g.judged, 0);
  const score = judged === 0 ? 'No score yet (no metric judged)' : `Score **${num(Number(e.score.toFixed(1)))}** / 100`;
  const critical = e.metrics.some((m) => m.criticalFailure) ? ' (a critical failure sets it to 0)' : '';
  return `${score}${critical} · next canary weight ${num(e.nextWeight)}%`;
}

function groupScore(g: CanaryEvaluation['groups'][number]): string {
  if (g.score !== null) return num(Number(g.score.toFixed(1)));
  if (g.inconclusive && !g.noData) return 'not scored: inconclusive';
  if (g.noData && !g.inconclusive) return 'not scored: no data';
  return 'not scored';
}

export function renderMarkdown(e: CanaryEvaluation, o: CanaryRenderOptions): string {
  const lines: string[] = [];
  lines.push(`${scoreLine(e)}.`);
  if (o.sequential && e.state) lines.push(`Sequential mode, look ${num(e.state.looks)}: the p-values stay valid across looks.`);

  const level = `${num(o.confidence * 100)}%`;
  const rows = e.metrics.map((r) => {
    const [canary, baseline] = meansCells(r, o);
    return [icon(checkVerdict(e, r)), code(r.name), canary, baseline, changeCell(r, o), resultCell(r, o), `${num(r.nCanary)} / ${num(r.nBaseline)}`];
  });
  const header = ['', 'Metric', 'Canary mean', 'Baseline mean', `Change (${level} interval)`, 'Result', 'n (canary / baseline)'];
  const align: ('l' | 'r' | 'c')[] = ['c', 'l', 'r', 'r', 'l', 'l', 'r'];
  const passing = e.verdict === 'pass';
  const sections: Section[] = [];
  // On a promotion the table is collapsed with the rest; otherwise it is the finding.
  if (passing) sections.push({ title: `${plural(e.metrics.length, 'metric')}`, body: table(header, rows, align) });
  else lines.push(findingsTable(header, rows, { align, more: (n) => `${plural(n, 'more metric')}` }));

  const reasons = e.metrics.map((r) => `- ${code(r.name)} (${text(r.group)}): ${text(r.reason)}`);
  const groups = table(
    ['Group', 'Score', 'Passed / judged', 'Weight'],
    e.groups.map((g) => [text(g.name), groupScore(g), `${g.passed} / ${g.judged}`, num(Number(g.weight.toFixed(2)))]),
    ['l', 'r', 'r', 'r'],
  );
  sections.push({ title: 'Why each metric was judged so, and the group scores', body: `${reasons.join('\n')}\n\n${groups}` });

  const charts = e.metrics.map((r) => [r, distributionChart(r)] as const).filter((x): x is readonly [MetricResult, string] => x[1] !== null);
  if (charts.length) sections.push({ title: `Distributions of ${charts.map(([r]) => htmlCode(r.name)).join(', ')}`, body: charts.map(([, c]) => c).join('\n\n') });
  lines.push(collapsedSections(sections, passing, `${plural(e.metrics.length, 'metric')}: the table, why each was judged so, the group scores${charts.length ? ' and the distributions' : ''}`));
  return lines.filter(Boolean).join('\n\n');
}

/** The first three lines: the decision and the metric behind it, what to do with the traffic, what was compared. */
export function renderCanaryHeadline(e: CanaryEvaluation, o: CanaryRenderOptions): Headline {
  const failed = e.metrics.filter((r) => checkVerdict(e, r) === 'fail');
  const waiting = e.metrics.filter((r) => r.classification === 'Nodata' || r.classification === 'Inconclusive');
  const worst = failed.find((r) => r.criticalFailure) ?? failed[0];
  let reason: string;
  if (e.decision === 'rollback' && worst) {
    const [canary, baseline] = meansCells(worst, o);
    const critical = worst.criticalFailure ? 'the critical metric ' : '';
    const broken = worst.rules.filter((x) => !x.ok).map(ruleText);
    const why = broken.length ? broken.join('; ') : changeCell(worst, o);
    const more = failed.length > 1 ? `; ${plural(failed.length - 1, 'more metric')} failed` : '';
    reason = `Roll back: ${critical}${code(worst.name)} went from ${baseline} to ${canary}: ${why}${more}.`;
  } else if (e.decision === 'rollback') {
    reason = `Roll back: ${text(e.reason)}.`;
  } else if (e.decision === 'promote') {
    reason = `Promote: ${text(e.reason)}; ${e.metrics.filter((r) => r.classification === 'Pass').length} of ${plural(e.metrics.length, 'metric')} pass.`;
  } else {
    const names = waiting.map((r) => `${code(r.name)} (${resultCell(r, o)})`);
    reason = `Keep waiting: ${text(e.reason)}${names.length ? `: ${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}` : ''}.`;
  }

  let next: string;
  if (e.decision === 'rollback') next = `send all traffic back to the baseline${worst ? ` and find out why ${code(worst.name)} changed` : ''} before the next canary.`;
  else if (e.decision === 'promote') next = e.nextWeight >= 100 ? 'promote the canary to all traffic.' : `raise the canary to ${num(e.nextWeight)}% of traffic and judge it again.`;
  else {
    const nodata = waiting.filter((r) => r.classification === 'Nodata');
    const min = Math.max(...nodata.map((r) => configOf(o, r)?.minSamples ?? 0), 0);
    next = `keep the canary at ${num(e.nextWeight)}% and run again ${nodata.length ? `when every metric has ${num(min)} values a side` : 'when more requests have come in'}.`;
  }

  const n = e.metrics.length ? Math.min(...e.metrics.map((r) => Math.min(r.nCanary, r.nBaseline))) : 0;
  const most = e.metrics.length ? Math.max(...e.metrics.map((r) => Math.max(r.nCanary, r.nBaseline))) : 0;
  const counts = n === most ? `${num(n)} values a side` : `${num(n)} to ${num(most)} values a side`;
  const groups = new Set(e.metrics.map((r) => r.group)).size;
  return {
    reason,
    next,
    compared: `canary against baseline from ${code(o.source)}: ${plural(e.metrics.length, 'metric')} in ${plural(groups, 'group')}, ${counts}${o.currentWeight !== undefined ? `; canary at ${num(o.currentWeight)}% of traffic` : ''}.`,
  };
}
