/**
 * fairness-gate's Markdown: one finding per fact (findings.ts: a rate
 * compared between two groups, however many metrics and intersections see
 * it), each with the two groups' rates, the disparity with its interval and
 * the rule; then, collapsed, the groups with a chart of the rate behind the
 * first finding, the worst value of every metric, and how intervals and
 * verdicts were made. Every value from the data goes through text()/code().
 */
import type { Headline } from '../../core/gate.js';
import type { CheckVerdict } from '../../core/verdict.js';
import { barChart } from '../../render/charts.js';
import { collapsedSections, findingsTable, plural } from '../../render/findings.js';
import { code, htmlText, icon, table, text } from '../../render/markdown.js';
import { num, pct, pctDecimals, withInterval } from '../../render/numbers.js';
import type { RateName } from '../../stats/fairness/group-rates.js';
import type { FairnessEvaluation } from './evaluate.js';
import { fairnessFindings, type FairnessFinding } from './findings.js';
import { METRICS, type MetricName } from './metrics.js';
import type { DisparityRow, GroupRow } from './report-types.js';
import { RATE_LABEL } from './sentences.js';

export interface FairnessRenderOptions {
  confidence: number;
  bootstrap: number;
  decideOn: string;
}

/** The predictions file and its rows, for the headline. */
export interface FairnessSource {
  predictions: string;
  rows: number;
}

const SEP = ' × ';

/** A rule as written, as a reader reads it: ">= 0.8" → "≥ 0.8", "in [0.8, 1.25]" → "the band [0.8, 1.25]". */
export function ruleText(threshold: string): string {
  const t = threshold.trim();
  if (t.startsWith('in ')) return `the band ${t.slice(3)}`;
  return t.replace(/^>=/, '≥').replace(/^<=/, '≤');
}

/**
 * How a value stands to its rule, in words that follow the verdict the
 * evaluation decided (never a second judgement): a value outside a band is
 * never written "(in [0.8, 1.25])".
 */
export function ruleWords(row: Pick<DisparityRow, 'metric' | 'threshold' | 'verdict'>): string {
  if (row.threshold === null) return 'reported, not judged';
  const rule = ruleText(row.threshold);
  const size = METRICS[row.metric as MetricName]?.absolute ? ' (judged on its size)' : '';
  switch (row.verdict) {
    case 'fail':
      return `misses ${rule}${size}`;
    case 'warn':
      return `misses ${rule}${size} on the estimate, but its interval reaches allowed values`;
    case 'insufficient':
      return `cannot be judged against ${rule}`;
    case 'pass':
      return `meets ${rule}${size}`;
  }
}

function label(metric: string): string {
  const def = METRICS[metric as MetricName];
  if (!def) return metric;
  return def.kind === 'per-group' ? `${def.label} disparity` : def.label;
}

/** The disparity and its interval, in one precision: "0.605 (95% CI 0.503 to 0.724)". */
function disparityText(row: DisparityRow, confidence: number): string {
  if (row.value === null) return 'undefined';
  const t = withInterval(row.value, row.ciLow, row.ciHigh);
  if (!t.interval) return t.value;
  return `${t.value} (${num(confidence * 100)}% CI ${t.interval}${t.outside ? `; ${t.outside}` : ''})`;
}

function groupRow(ev: FairnessEvaluation, attribute: string | null, group: string): GroupRow | undefined {
  return ev.groups.find((g) => g.attribute === attribute && g.group === group);
}

/** "23.0% vs 38.0%": the rate of the two groups, with one precision. */
function ratesText(ev: FairnessEvaluation, f: FairnessFinding): string {
  if (!f.groups || !f.rate) return '–';
  const rate = f.rate as RateName;
  const a = groupRow(ev, f.attribute, f.groups[0])?.[rate] ?? null;
  const b = groupRow(ev, f.attribute, f.groups[1])?.[rate] ?? null;
  const d = pctDecimals([a, b]);
  return `${text(RATE_LABEL[rate])} ${pct(a, d)} vs ${pct(b, d)}`;
}

function groupsText(f: FairnessFinding): string {
  if (!f.groups) return f.attribute === null ? 'all rows' : `${text(f.attribute)}`;
  return `${text(f.attribute ?? '')} ${code(f.groups[0])} vs ${code(f.groups[1])}`;
}

function seenBy(f: FairnessFinding): string {
  const metrics = [...new Set(f.rows.filter((r) => r !== f.lead).map((r) => label(r.metric)))].filter((m) => m !== label(f.lead.metric));
  const parts = metrics.length ? [metrics.map((m) => text(m)).join(', ')] : [];
  if (f.intersections) parts.push(`${plural(f.intersections, 'intersection row')}`);
  return parts.join('; ') || '–';
}

function findingCells(ev: FairnessEvaluation, f: FairnessFinding, confidence: number): string[] {
  const lead = f.lead;
  if (lead.value === null) {
    const metrics = [...new Set(f.rows.map((r) => label(r.metric)))];
    return [icon(f.verdict), f.attribute === null ? 'all rows' : text(f.attribute), '–', `${plural(metrics.length, 'metric')} not judged`, text(lead.message), '–'];
  }
  return [
    icon(f.verdict),
    groupsText(f),
    ratesText(ev, f),
    `${text(label(lead.metric))} ${disparityText(lead, confidence)}`,
    text(ruleWords(lead)),
    seenBy(f),
  ];
}

/**
 * A group's icon follows the findings that decided the gate: the group a
 * finding is about (the lower-rate one of its pair) takes the finding's
 * verdict, so a failing group is never marked ✅. A group too small to
 * judge says so; any other is ✅.
 */
function groupVerdicts(findings: FairnessFinding[]): Map<string, CheckVerdict> {
  // fairnessFindings lists the worst first, so a group's first finding decides its icon.
  const verdicts = new Map<string, CheckVerdict>();
  for (const f of findings) {
    if (!f.groups || f.attribute === null) continue;
    const key = `${f.attribute}\u0000${f.groups[0]}`;
    if (!verdicts.has(key)) verdicts.set(key, f.verdict);
  }
  return verdicts;
}

function groupTable(rows: GroupRow[], findings: FairnessFinding[]): string {
  const verdicts = groupVerdicts(findings);
  const body = rows.map((g) => {
    const judged = verdicts.get(`${g.attribute}\u0000${g.group}`) ?? 'pass';
    const d = pctDecimals([g.selectionRate, g.tpr, g.fpr, g.precision]);
    return [
      text(g.attribute),
      text(g.group),
      num(g.n),
      pct(g.selectionRate, d),
      pct(g.tpr, d),
      pct(g.fpr, d),
      pct(g.precision, d),
      g.status === 'ok' ? icon(judged) : g.status === 'empty' ? 'no rows' : `${icon('insufficient')} ${text(g.reasons.join('; '))}`,
    ];
  });
  return table(['Attribute', 'Group', 'n', 'Selection rate', 'TPR', 'FPR', 'Precision', ''], body, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'l']);
}

/** The rate behind the first finding, by group of its attribute (bars), with the rule's bound as a line when it is a ratio to a reference. */
function rateChart(ev: FairnessEvaluation, f: FairnessFinding | undefined, attribute: string): string {
  const rate: RateName = f?.rate ?? 'selectionRate';
  const rows = ev.groups.filter((g) => g.attribute === attribute && g[rate] !== null);
  const bars = rows.map((g) => (g[rate] as number) * 100);
  let line: number | undefined;
  let lineText = '';
  const threshold = f?.lead.threshold ?? null;
  const ratio = threshold ? /^>=\s*([\d.]+)$/.exec(threshold.trim()) : null;
  const reference = f?.groups ? rows.find((g) => g.group === f.groups![1]) : undefined;
  if (ratio && reference && reference[rate] !== null && /ratio|impact/.test(f!.lead.metric)) {
    line = Number(ratio[1]) * (reference[rate] as number) * 100;
    lineText = `${num(Number(ratio[1]) * 100)}% of ${reference.group}'s rate (the rule)`;
  }
  return barChart({
    title: `${RATE_LABEL[rate]} by ${attribute}, %`,
    barName: RATE_LABEL[rate],
    xLabel: attribute,
    yLabel: `${RATE_LABEL[rate]} (%)`,
    categories: rows.map((g) => g.group),
    bars,
    ...(line !== undefined ? { line, lineName: lineText } : {}),
    format: (v) => pct(v / 100),
  });
}

/** The worst row of each metric (over attributes): a compact view of everything judged. */
function metricsTable(ev: FairnessEvaluation, confidence: number): string {
  const RANK: Record<CheckVerdict, number> = { pass: 0, insufficient: 1, warn: 2, fail: 3 };
  const byMetric = new Map<string, DisparityRow[]>();
  for (const r of ev.disparities) byMetric.set(r.metric, [...(byMetric.get(r.metric) ?? []), r]);
  const rows = [...byMetric.entries()].map(([metric, list]) => {
    const worst = list.reduce((w, r) => (RANK[r.verdict] > RANK[w.verdict] ? r : w), list[0]);
    const failing = list.filter((r) => r.verdict !== 'pass').length;
    return [
      icon(worst.verdict),
      text(label(metric)),
      worst.attribute === null ? 'all rows' : `${text(worst.attribute)}${worst.group ? ` ${code(worst.group)}` : ''}`,
      disparityText(worst, confidence),
      // A signed difference is judged on its size: "−0.150" beside a bare "≤ 0.1" would read as a pass.
      worst.threshold === null ? 'reported only' : `${METRICS[metric as MetricName]?.absolute ? 'size ' : ''}${text(ruleText(worst.threshold))}`,
      failing ? `${failing} of ${list.length}` : `0 of ${list.length}`,
    ];
  });
  return table(['', 'Metric', 'Shown for', 'Value', 'Rule', 'Rows not passing'], rows, ['c', 'l', 'l', 'r', 'l', 'r']);
}

export function renderFairness(ev: FairnessEvaluation, options: FairnessRenderOptions): string {
  const parts: string[] = [];
  const findings = fairnessFindings(ev);
  const baselineChecks = ev.checks.filter((c) => c.id.startsWith('baseline.') && c.verdict === 'fail');
  if (findings.length) {
    const rows = findings.map((f) => findingCells(ev, f, options.confidence));
    parts.push(
      findingsTable(['', 'Groups', 'Rates', `Disparity (${num(options.confidence * 100)}% CI)`, 'Rule', 'Also seen by'], rows, {
        align: ['c', 'l', 'l', 'l', 'l', 'l'],
        more: (n) => `${plural(n, 'more finding')}`,
      }),
    );
  }
  if (baselineChecks.length) {
    const items = baselineChecks.slice(0, 5).map((c) => `- ${icon('fail')} ${text(c.message ?? c.name)}`);
    parts.push(`Worse than the baseline model:\n\n${items.join('\n')}${baselineChecks.length > 5 ? `\n- … and ${baselineChecks.length - 5} more in the JSON report` : ''}`);
  }
  const insufficient = ev.groups.filter((g) => g.status === 'insufficient');
  if (insufficient.length) {
    const names = insufficient.slice(0, 8).map((g) => `${code(g.group)} of ${text(g.attribute)} (n = ${num(g.n)})`);
    parts.push(
      `${icon('insufficient')} ${plural(insufficient.length, 'group')} too small to judge, left out of the metrics that need them and never counted as fair: ${names.join(', ')}${insufficient.length > 8 ? ', …' : ''}.`,
    );
  }

  const attributes = [...new Set(ev.groups.map((g) => g.attribute))];
  const single = attributes.filter((a) => !a.includes(SEP));
  const crossed = attributes.length - single.length;
  const focus = findings[0]?.attribute && !findings[0].attribute.includes(SEP) ? findings[0].attribute : single[0];
  const groupParts = [groupTable(ev.groups.filter((g) => single.includes(g.attribute)), findings)];
  if (focus) groupParts.push(rateChart(ev, findings[0]?.attribute === focus ? findings[0] : undefined, focus));
  if (crossed) groupParts.push(`The ${plural(ev.groups.length - ev.groups.filter((g) => single.includes(g.attribute)).length, 'group')} of ${plural(crossed, 'intersection')} are in the JSON report (\`groups\`).`);

  const ciNote =
    options.bootstrap > 0
      ? `Intervals: ${num(options.confidence * 100)}% percentile bootstrap, ${num(options.bootstrap)} multinomial resamples of the per-group confusion counts. Decided on the ${options.decideOn === 'interval' ? 'interval: a failure needs the whole interval beyond the threshold' : 'estimate'}.`
      : 'No bootstrap intervals (bootstrap = 0): decided on the estimates.';
  const passing = ev.checks.every((c) => c.verdict === 'pass');
  parts.push(
    collapsedSections(
      [
        { title: `Groups of ${single.map((a) => htmlText(a)).join(', ')}`, body: groupParts.join('\n\n') },
        { title: `Every metric: its worst value over ${plural(attributes.length, 'attribute')}`, body: `${metricsTable(ev, options.confidence)}\n\n${ciNote}` },
      ],
      passing,
      `Groups of ${single.map((a) => htmlText(a)).join(', ')}, and every metric's worst value`,
    ),
  );
  return parts.filter(Boolean).join('\n\n');
}

/** The first three lines: the first finding, what to do, what was compared. */
export function renderFairnessHeadline(ev: FairnessEvaluation, options: FairnessRenderOptions, verdict: string, source: FairnessSource): Headline {
  const findings = fairnessFindings(ev);
  const attributes = [...new Set(ev.groups.map((g) => g.attribute))];
  const single = attributes.filter((a) => !a.includes(SEP));
  const crossed = attributes.length - single.length;
  const compared = `${code(source.predictions)} (${plural(source.rows, 'row')}): ${plural(ev.groups.filter((g) => single.includes(g.attribute)).length, 'group')} of ${single.map((a) => code(a)).join(', ')}${crossed ? `, and ${plural(ev.groups.length - ev.groups.filter((g) => single.includes(g.attribute)).length, 'group')} in ${plural(crossed, 'intersection')}` : ''}.`;
  const baselineFails = ev.checks.filter((c) => c.id.startsWith('baseline.') && c.verdict === 'fail');
  if (!findings.length && !baselineFails.length) {
    const judged = ev.disparities.filter((d) => d.threshold !== null).length;
    return { reason: `No disparity beyond its threshold: ${plural(judged, 'judged value')} over ${plural(attributes.length, 'attribute')} meet their rules.`, next: 'nothing to do.', compared };
  }
  if (!findings.length) {
    return { reason: `${text(baselineFails[0].message ?? baselineFails[0].name)}.`, next: 'keep the baseline model, or find out what made the challenger less fair.', compared };
  }
  const f = findings[0];
  const lead = f.lead;
  const where = f.groups ? `${text(f.attribute ?? '')} ${code(f.groups[0])} against ${code(f.groups[1])}` : f.attribute === null ? 'all rows' : text(f.attribute);
  const rates = f.groups && f.rate ? `: ${ratesText(ev, f)}` : '';
  const more = findings.length > 1 ? `; ${plural(findings.length - 1, 'more finding')} below` : '';
  const reason = `${where}${rates}; ${text(label(lead.metric))} ${disparityText(lead, options.confidence)} ${text(ruleWords(lead))}${more}.`;
  let next: string;
  const groupsAtFault = [...new Set(findings.filter((x) => x.verdict === 'fail' && x.groups).map((x) => `${text(x.attribute ?? '')} ${code(x.groups![0])}`))];
  if (verdict === 'fail') {
    const who = groupsAtFault.length ? groupsAtFault.slice(0, 2).join(' and ') : 'the groups below';
    next = `find out why the model treats ${who} differently (features that stand in for the attribute, too few examples); retrain (e.g. reweight the groups) or post-process per group, then run again.`;
  } else if (findings.every((x) => x.verdict === 'insufficient')) {
    next = 'collect more rows for the groups too small to judge, or lower `min-group-size`.';
  } else {
    next = 'the estimates miss the rules but the intervals do not establish it: evaluate on more rows before deciding.';
  }
  return { reason, next, compared };
}
