/**
 * canary-decision's Markdown: the decision first, then one row per metric
 * with its interval, the group scores, and a small chart of the canary's
 * and the baseline's distributions per metric.
 */
import { code, details, num, pct, sparkline, table, text } from '../../render/markdown.js';
import type { MetricResult } from './classify-metric.js';
import type { CanaryEvaluation } from './evaluate.js';

const DECISION_ICON = { promote: '🟢', continue: '🟡', rollback: '🔴' } as const;
const CLASS_ICON = { Pass: '✅', High: '🔺', Low: '🔻', Nodata: '❔', Inconclusive: '❔' } as const;

function interval(r: MetricResult): string {
  if (r.ciLow === null || r.ciHigh === null) return '–';
  return `[${num(r.ciLow)}, ${num(r.ciHigh)}]`;
}

function pValue(r: MetricResult): string {
  if (r.method === 'beta-binomial' && r.probabilityBetter !== null) return `P(better) ${pct(r.probabilityBetter, 1)}`;
  return r.pValue === null ? '–' : num(r.pValue, 3);
}

export function renderMarkdown(e: CanaryEvaluation, options: { confidence: number; sequential: boolean }): string {
  const lines: string[] = [];
  lines.push(
    `### ${DECISION_ICON[e.decision]} Decision: **${e.decision}** · score ${num(Number(e.score.toFixed(1)))} / 100 · next weight ${num(e.nextWeight)}%`,
  );
  lines.push('', text(e.reason));
  if (options.sequential && e.state) lines.push('', `Sequential mode: look ${e.state.looks}; p-values are always valid across looks.`);

  const level = `${Math.round(options.confidence * 1000) / 10}%`;
  const rows = e.metrics.map((r) => [
    code(r.name),
    text(r.group),
    `${CLASS_ICON[r.classification]} ${r.classification}${r.criticalFailure ? ' (critical)' : ''}`,
    num(r.canaryMean),
    num(r.baselineMean),
    num(r.estimate),
    interval(r),
    pValue(r),
    `${num(r.nCanary)} / ${num(r.nBaseline)}`,
  ]);
  lines.push(
    '',
    table(['Metric', 'Group', 'Result', 'Canary mean', 'Baseline mean', 'Shift', `${level} interval`, 'p', 'n (canary / baseline)'], rows, [
      'l',
      'l',
      'l',
      'r',
      'r',
      'r',
      'r',
      'r',
      'r',
    ]),
  );

  const reasons = e.metrics.filter((r) => r.classification !== 'Pass' && r.reason);
  if (reasons.length) {
    lines.push('', ...reasons.map((r) => `- ${code(r.name)}: ${text(r.reason)}`));
  }

  if (e.groups.length > 1) {
    const g = e.groups.map((gs) => [text(gs.name), gs.score === null ? 'no data' : num(Number(gs.score.toFixed(1))), `${gs.passed} / ${gs.judged}`, num(Number(gs.weight.toFixed(2)))]);
    lines.push('', details('Group scores', table(['Group', 'Score', 'Passed / judged', 'Weight'], g, ['l', 'r', 'r', 'r'])));
  }

  const charts = e.metrics.filter((r) => r.histogram);
  if (charts.length) {
    const body = charts
      .map((r) => {
        const h = r.histogram!;
        const top = Math.max(...h.canary, ...h.baseline);
        return [
          `${code(r.name)} from ${num(h.edges[0])} to ${num(h.edges[h.edges.length - 1])}`,
          '',
          `\`canary   ${sparkline(h.canary, top)}\`  `,
          `\`baseline ${sparkline(h.baseline, top)}\``,
        ].join('\n');
      })
      .join('\n\n');
    lines.push('', details('Distributions (canary vs baseline)', body, e.decision !== 'promote'));
  }
  return lines.join('\n');
}
