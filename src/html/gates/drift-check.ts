/**
 * drift-check's page: the dataset verdict, every column's drift score
 * ranked against its threshold (p-value methods on a log axis, distances on
 * a linear one), reference vs current distributions of each drifted column
 * (overlaid histograms for numbers, paired bars for categories), missing
 * shares, and the per-column table.
 */
import type { Report } from '../../core/report.js';
import { fmt, groupThousands, pct, reportValue } from '../format.js';
import { figure, figures, note, paragraph, table, badge, type Cell, type Section } from '../page.js';
import { bandBars, bandMarks, binBars } from '../svg/layers.js';
import { plot } from '../svg/plot.js';
import { arrayOf, capped, checkVerdict, isNumber, verdictClass } from './common.js';

interface Column {
  name: string;
  type: string;
  method: string;
  statistic: number | string | null;
  pValue: number | null;
  adjustedPValue: number | null;
  threshold: number;
  operator: string;
  drifted: boolean;
  status: string;
  role: string;
  nReference: number;
  nCurrent: number;
  note?: string;
}

interface Distribution {
  column: string;
  type: 'numerical' | 'categorical';
  edges?: number[];
  labels?: string[];
  reference: number[];
  current: number[];
}

interface Quality {
  kind: string;
  column: string;
  value: number;
  threshold: number;
  flagged: boolean;
  reference?: number;
  current?: number;
  categories?: string[];
}

const MAX_RANKED = 60;

function isPValue(c: Column): boolean {
  return c.pValue !== null || c.operator === '<' || c.operator === '<=';
}

function score(c: Column): number | null {
  if (c.status === 'insufficient') return null;
  if (isPValue(c)) return c.adjustedPValue ?? c.pValue;
  return reportValue(c.statistic);
}

function scoreText(c: Column): string {
  const s = score(c);
  if (s === null) return '–';
  return isPValue(c) ? `p = ${fmt(s)}` : fmt(s);
}

function rankedChart(report: Report, columns: Column[], kind: 'p-value' | 'distance'): string {
  const { shown } = capped(columns, MAX_RANKED);
  const labels = shown.map((c) => `${c.name} · ${c.method}`);
  const cls = (c: Column) => verdictClass(checkVerdict(report, `column.${c.name}.drift`) ?? (c.status === 'insufficient' ? 'insufficient' : 'pass'));
  const scores = shown.map(score);
  if (kind === 'p-value') {
    const smallest = Math.min(...scores.filter(isNumber).filter((v) => v > 0), ...shown.map((c) => c.threshold));
    const lo = 10 ** Math.floor(Math.log10(Math.max(smallest, 1e-300)) - 0.5);
    return plot({
      title: 'p-values: drift below the threshold mark',
      x: { type: 'log', title: 'p-value (log scale; adjusted when a correction is set)', domain: [Math.max(lo, 1e-300), 1] },
      y: { type: 'band', title: 'column · method', labels },
      layers: [
        bandBars(
          scores.map((s) => (s === null ? null : Math.max(s, 1e-300))),
          (i) => cls(shown[i]),
          { from: 1 },
        ),
        bandMarks(shown.map((c, i) => ({ band: i, value: c.threshold, className: 'muted', title: `threshold ${fmt(c.threshold)}` }))),
      ],
      legend: [
        { label: 'drift (fail)', className: 'fail' },
        { label: 'drift (warn)', className: 'warn' },
        { label: 'no drift', className: 'pass' },
        { label: 'threshold', className: 'muted', shape: 'line' },
      ],
    });
  }
  const max = Math.max(...scores.filter(isNumber), ...shown.map((c) => c.threshold), 1e-9);
  return plot({
    title: 'Distances: drift from the threshold mark',
    x: { type: 'linear', title: 'distance (method units)', domain: [0, max * 1.05] },
    y: { type: 'band', title: 'column · method', labels },
    layers: [
      bandBars(
        scores.map((s) => (s === null ? null : Math.min(s, max * 1.05))),
        (i) => cls(shown[i]),
      ),
      bandMarks(shown.map((c, i) => ({ band: i, value: c.threshold, className: 'muted', title: `threshold ${fmt(c.threshold)}` }))),
    ],
    legend: [
      { label: 'drift (fail)', className: 'fail' },
      { label: 'drift (warn)', className: 'warn' },
      { label: 'no drift', className: 'pass' },
      { label: 'threshold', className: 'muted', shape: 'line' },
    ],
  });
}

function distributionChart(d: Distribution, c: Column | undefined): string {
  const title = `${d.column}: ${c ? `${c.method} ${scoreText(c)} (threshold ${fmt(c.threshold)})` : 'drifted'}`;
  const legend = [
    { label: 'reference', className: 's1' },
    { label: 'current', className: 's2' },
  ];
  const top = Math.max(...d.reference, ...d.current, 1e-9);
  if (d.type === 'numerical' && d.edges && d.edges.length >= 2) {
    return plot({
      title,
      x: { type: 'linear', title: `${d.column} (value)`, domain: [d.edges[0], d.edges[d.edges.length - 1]], exact: true },
      y: { type: 'linear', title: 'share of non-missing values', domain: [0, top], format: (v) => pct(v, top < 0.1 ? 1 : 0) },
      layers: [binBars(d.edges, d.reference, 's1'), binBars(d.edges, d.current, 's2')],
      legend,
      plotHeight: 180,
    });
  }
  const labels = d.labels ?? [];
  return plot({
    title,
    x: { type: 'band', title: `${d.column} (category)`, labels },
    y: { type: 'linear', title: 'share of non-missing values', domain: [0, top], format: (v) => pct(v, 0) },
    layers: [bandBars(d.reference, 's1', { slot: 0, slots: 2 }), bandBars(d.current, 's2', { slot: 1, slots: 2 })],
    legend,
    plotHeight: 180,
  });
}

function missingChart(quality: Quality[]): string | undefined {
  const rows = quality.filter((q) => q.kind === 'null-share' && ((q.reference ?? 0) > 0 || (q.current ?? 0) > 0));
  if (rows.length === 0) return undefined;
  const { shown } = capped(rows, MAX_RANKED);
  const top = Math.max(...shown.map((q) => Math.max(q.reference ?? 0, q.current ?? 0)), 1e-9);
  return plot({
    title: 'Missing cells: reference vs current share',
    x: { type: 'linear', title: 'share of missing cells', domain: [0, top], format: (v) => pct(v, 0) },
    y: { type: 'band', title: 'column', labels: shown.map((q) => q.column) },
    layers: [
      bandBars(
        shown.map((q) => q.reference ?? 0),
        's1',
        { slot: 0, slots: 2 },
      ),
      bandBars(
        shown.map((q) => q.current ?? 0),
        (i) => (shown[i].flagged ? 'warn' : 's2'),
        { slot: 1, slots: 2 },
      ),
      bandMarks(shown.map((q, i) => ({ band: i, value: (q.reference ?? 0) + q.threshold, className: 'muted', title: `allowed: reference + ${pct(q.threshold)}` }))),
    ],
    legend: [
      { label: 'reference', className: 's1' },
      { label: 'current', className: 's2' },
      { label: 'current, flagged', className: 'warn' },
      { label: 'allowed increase', className: 'muted', shape: 'line' },
    ],
  });
}

export function driftSections(report: Report): Section[] {
  const columns = arrayOf<Column>(report.columns);
  const sections: Section[] = [];
  const profile = report.profile as { path: string; rows: number; columns: number } | undefined;
  if (profile && columns.length === 0) {
    sections.push({ id: 'profile', title: 'Reference profile', html: paragraph(`Wrote the profile of ${groupThousands(profile.rows)} rows and ${profile.columns} columns.`) });
    return sections;
  }
  const dataset = report.dataset as { drifted: boolean; share: number; threshold: number; driftedColumns: string[]; evaluatedColumns: number; insufficientColumns: number } | undefined;
  const rows = report.rows as { reference: number; current: number; sampledReference: number | null; sampledCurrent: number | null } | undefined;
  const overview: string[] = [];
  if (dataset) {
    overview.push(
      paragraph(
        `${dataset.drifted ? 'Dataset drift' : 'No dataset drift'}: ${dataset.driftedColumns.length} of ${dataset.evaluatedColumns} feature columns drifted (${pct(dataset.share)}; dataset drift from ${pct(dataset.threshold)}).` +
          (dataset.insufficientColumns ? ` ${dataset.insufficientColumns} columns had too few values to judge.` : ''),
      ),
    );
  }
  if (rows) {
    overview.push(
      paragraph(
        `Rows: ${groupThousands(rows.reference)} reference${rows.sampledReference !== null ? ` (${groupThousands(rows.sampledReference)} sampled)` : ''}, ${groupThousands(rows.current)} current${rows.sampledCurrent !== null ? ` (${groupThousands(rows.sampledCurrent)} sampled)` : ''}.`,
      ),
    );
  }
  const judged = columns.filter((c) => c.status !== 'insufficient');
  const pColumns = judged.filter(isPValue);
  const dColumns = judged.filter((c) => !isPValue(c));
  const ranked = [
    ...(pColumns.length ? [figure(rankedChart(report, pColumns, 'p-value'), 'Bars run from 1 down to the p-value: the longer the bar, the stronger the evidence of drift.')] : []),
    ...(dColumns.length ? [figure(rankedChart(report, dColumns, 'distance'))] : []),
  ];
  const left = Math.max(pColumns.length - MAX_RANKED, 0) + Math.max(dColumns.length - MAX_RANKED, 0);
  sections.push({
    id: 'scores',
    title: 'Drift scores of every column',
    html: overview.join('') + figures(ranked) + (left ? note(`${left} more columns are in the table below and the JSON report.`) : ''),
  });

  const distributions = arrayOf<Distribution>((report.charts as { distributions?: unknown } | undefined)?.distributions);
  if (distributions.length) {
    const byName = new Map(columns.map((c) => [c.name, c]));
    sections.push({
      id: 'distributions',
      title: `Drifted columns (${distributions.length})`,
      html:
        figures(distributions.map((d) => figure(distributionChart(d, byName.get(d.column))))) +
        note('Shares of each sample’s non-missing values. Numbers: bins span the pooled 0.5th–99.5th percentiles, values beyond are counted in the end bins. Categories: the most frequent of both samples.'),
    });
  } else if (dataset) {
    sections.push({ id: 'distributions', title: 'Drifted columns', html: paragraph('No column drifted.') });
  }

  const quality = arrayOf<Quality>(report.quality);
  const missing = missingChart(quality);
  const flagged = quality.filter((q) => q.flagged);
  if (missing || flagged.length) {
    const rowsOf = flagged.map((q): Cell[] => [
      q.column,
      q.kind,
      q.kind === 'null-share' ? `${pct(q.reference)} → ${pct(q.current)}` : (q.categories ?? []).slice(0, 8).join(', '),
      pct(q.value, 2),
      pct(q.threshold, 2),
    ]);
    sections.push({
      id: 'quality',
      title: 'Data quality',
      html: (missing ? figures([figure(missing)]) : '') + (rowsOf.length ? table(['Column', 'Finding', 'Detail', 'Value', 'Threshold'], rowsOf, 'lllrr') : ''),
    });
  }

  const { shown, left: more } = capped(columns, 300);
  sections.push({
    id: 'columns',
    title: `Columns (${columns.length})`,
    html:
      table(
        ['', 'Column', 'Role', 'Type', 'Method', 'Score', 'Threshold', 'Reference n', 'Current n', 'Note'],
        shown.map((c): Cell[] => [
          badge(checkVerdict(report, `column.${c.name}.drift`) ?? (c.status === 'insufficient' ? 'insufficient' : 'pass')),
          c.name,
          c.role,
          c.type,
          c.method,
          scoreText(c),
          `${c.operator === '<' || c.operator === '<=' ? 'drift below' : 'drift from'} ${fmt(c.threshold)}`,
          c.nReference,
          c.nCurrent,
          c.note ?? '',
        ]),
        'llllllrrrl',
      ) + (more ? note(`${more} more columns are in the JSON report.`) : ''),
  });
  return sections;
}
