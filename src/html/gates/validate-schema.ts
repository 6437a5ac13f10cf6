/**
 * validate-schema's page: offending rows per rule that does not hold, each
 * column's missing share against what the contract allows, each number
 * column's observed range against the contract's bounds, and the files read.
 */
import type { Report } from '../../core/report.js';
import { fmt, groupThousands, pct } from '../format.js';
import { figure, figures, note, paragraph, table, type Cell, type Section } from '../page.js';
import { bandBars, bandMarks, bandSpans, intervals, labels, rule } from '../svg/layers.js';
import { plot } from '../svg/plot.js';
import type { ColumnProfile } from '../../gates/validate-schema/column-profile.js';
import { arrayOf, capped, verdictClass } from './common.js';

/** A column profile of the report, as validate-schema wrote it. */
type Profile = ColumnProfile;

const MAX_ROWS = 50;
/** Rule kinds whose value is a statistic, not a count of offending rows. */
const NOT_COUNTS = /\.(max-null-fraction|mean|row-count|null-rate|row-count-change)(#\d+)?$/;

function violationChart(report: Report): string | undefined {
  const rows = report.checks.filter((c) => c.verdict !== 'pass' && typeof c.value === 'number' && Number.isInteger(c.value) && c.value > 0 && !NOT_COUNTS.test(c.id));
  if (rows.length === 0) return undefined;
  const sorted = [...rows].sort((a, b) => (b.value as number) - (a.value as number));
  const { shown } = capped(sorted, MAX_ROWS);
  const top = Math.max(...shown.map((c) => c.value as number));
  const log = top / Math.max(Math.min(...shown.map((c) => c.value as number)), 1) > 1000;
  return plot({
    title: 'Offending rows per rule that does not hold',
    x: log ? { type: 'log', title: 'offending rows (log scale)', domain: [0.5, top * 2] } : { type: 'linear', title: 'offending rows', domain: [0, top * 1.12], integer: true },
    y: { type: 'band', title: 'rule', labels: shown.map((c) => c.id) },
    layers: [
      bandBars(
        shown.map((c) => c.value as number),
        (i) => verdictClass(shown[i].verdict),
        log ? { from: 0.5 } : {},
      ),
      labels(shown.map((c, i) => ({ x: c.value as number, y: i, text: groupThousands(c.value as number), dx: 4, dy: 4 }))),
    ],
    legend: [
      { label: 'error (fails)', className: 'fail' },
      { label: 'warning', className: 'warn' },
    ],
  });
}

function missingChart(profiles: Profile[]): string | undefined {
  const rows = profiles.filter((p) => p.missing > 0 || p.allowedMissingShare !== undefined);
  if (rows.length === 0) return undefined;
  const { shown } = capped(rows, MAX_ROWS);
  const share = (p: Profile) => (p.rows ? p.missing / p.rows : 0);
  const top = Math.max(...shown.map((p) => Math.max(share(p), p.allowedMissingShare ?? 0)), 0.01);
  const label = (p: Profile) => (p.file ? `${p.column} (${p.file})` : p.column);
  return plot({
    title: 'Missing cells per column against the contract',
    x: { type: 'linear', title: 'share of missing cells', domain: [0, top * 1.1], format: (v) => pct(v, top < 0.05 ? 1 : 0) },
    y: { type: 'band', title: 'column', labels: shown.map(label) },
    layers: [
      bandBars(shown.map(share), (i) => {
        const p = shown[i];
        return p.allowedMissingShare !== undefined && share(p) > p.allowedMissingShare ? 'fail' : 's1';
      }),
      bandMarks(
        shown.flatMap((p, i) =>
          p.allowedMissingShare === undefined ? [] : [{ band: i, value: p.allowedMissingShare, className: 'muted', title: p.allowedMissingShare === 0 ? 'not null' : `at most ${pct(p.allowedMissingShare)}` }],
        ),
      ),
      labels(shown.map((p, i) => ({ x: share(p), y: i, text: `${groupThousands(p.missing)} of ${groupThousands(p.rows)}`, dx: 4, dy: 4 }))),
    ],
    legend: [
      { label: 'within the contract', className: 's1' },
      { label: 'over the contract', className: 'fail' },
      { label: 'allowed share (0: not null)', className: 'muted', shape: 'line' },
    ],
  });
}

/**
 * Observed ranges drawn in the contract's own frame: 0 is the contract's
 * minimum and 1 its maximum, so columns of any unit share one axis. A column
 * with one bound is scaled by its observed range from that bound.
 */
function rangeChart(profiles: Profile[]): string | undefined {
  const rows = profiles.filter((p) => p.min !== undefined && p.max !== undefined && (p.allowedMin !== undefined || p.allowedMax !== undefined));
  if (rows.length === 0) return undefined;
  const { shown } = capped(rows, MAX_ROWS);
  const frame = (p: Profile) => {
    const lo = p.allowedMin ?? Math.min(p.min!, p.allowedMax!);
    const hi = p.allowedMax ?? Math.max(p.max!, p.allowedMin!);
    const span = hi - lo || Math.abs(hi) || 1;
    return (v: number) => (v - lo) / span;
  };
  const positions = shown.map((p) => {
    const f = frame(p);
    return { lo: f(p.min!), hi: f(p.max!) };
  });
  const lo = Math.min(-0.1, ...positions.map((q) => q.lo));
  const hi = Math.max(1.1, ...positions.map((q) => q.hi));
  const outside = (p: Profile) => (p.allowedMin !== undefined && p.min! < p.allowedMin) || (p.allowedMax !== undefined && p.max! > p.allowedMax);
  return plot({
    title: 'Observed value range against the contract',
    x: { type: 'linear', title: "position in the contract's range (0 = its min, 1 = its max)", domain: [lo, hi] },
    y: { type: 'band', title: 'column', labels: shown.map((p) => (p.file ? `${p.column} (${p.file})` : p.column)) },
    layers: [
      bandSpans(
        shown.map((p, i) => ({
          band: i,
          from: p.allowedMin !== undefined ? 0 : -Infinity,
          to: p.allowedMax !== undefined ? 1 : Infinity,
          className: 'band',
        })),
      ),
      rule('x', 0, 'muted'),
      rule('x', 1, 'muted'),
      intervals(
        shown.map((p, i) => ({
          band: i,
          estimate: null,
          low: positions[i].lo,
          high: positions[i].hi,
          className: outside(p) ? 'fail' : 's1',
          title: `${p.column}: ${fmt(p.min)} to ${fmt(p.max)}; contract ${p.allowedMin !== undefined ? fmt(p.allowedMin) : '−∞'} to ${p.allowedMax !== undefined ? fmt(p.allowedMax) : '∞'}`,
        })),
      ),
      labels(shown.map((p, i) => ({ x: positions[i].hi, y: i, text: `${fmt(p.min, 3)} … ${fmt(p.max, 3)}`, dx: 6, dy: 4 }))),
    ],
    legend: [
      { label: 'allowed by the contract', className: 'band' },
      { label: 'observed min … max', className: 's1', shape: 'line' },
      { label: 'outside the contract', className: 'fail', shape: 'line' },
    ],
  });
}

export function validateSchemaSections(report: Report): Section[] {
  const sections: Section[] = [];
  const files = arrayOf<{ file: string; rows: number; columns: number }>(report.files);
  const contract = report.contract as { path: string; format: string } | undefined;
  const intro = paragraph(
    `${files.length === 1 ? `${files[0].file}: ${groupThousands(files[0].rows)} rows, ${files[0].columns} columns` : `${files.length} files, ${groupThousands(files.reduce((s, f) => s + f.rows, 0))} rows`}${contract ? `, checked against ${contract.path} (${contract.format})` : ''}.`,
  );
  const violations = violationChart(report);
  const bad = report.checks.filter((c) => c.verdict !== 'pass').length;
  sections.push({
    id: 'rules',
    title: 'Rules',
    html: intro + paragraph(`${report.checks.length - bad} of ${report.checks.length} rules hold.`) + (violations ? figures([figure(violations)]) : paragraph('Every rule holds: no offending rows.')),
  });
  const profiles = arrayOf<Profile>((report.charts as { columns?: unknown } | undefined)?.columns);
  const missing = missingChart(profiles);
  const ranges = rangeChart(profiles);
  if (missing || ranges) {
    sections.push({
      id: 'columns',
      title: 'Columns against the contract',
      html:
        figures([...(missing ? [figure(missing)] : []), ...(ranges ? [figure(ranges, 'Hover a range for its values and bounds.')] : [])]) +
        (profiles.length > MAX_ROWS ? note(`The first ${MAX_ROWS} columns are drawn; the JSON report has all.`) : ''),
    });
  }
  if (files.length > 1) {
    sections.push({ id: 'files', title: `Files (${files.length})`, html: table(['File', 'Rows', 'Columns'], files.map((f): Cell[] => [f.file, f.rows, f.columns]), 'lrr') });
  }
  return sections;
}
