/**
 * The report's checks from a drift evaluation:
 * - `dataset.drift-share`: fail when the share of drifted feature columns is
 *   at least `drift-share`; warn when it is at least `warn-share` (> 0);
 * - `column.<name>.drift`: per column, warn when drifted (features only once
 *   the share reaches `warn-share`; target and prediction always),
 *   insufficient below `min-samples`;
 * - `column.<name>.null-share`, `.new-categories`, `.missing-categories`:
 *   warn when over their thresholds;
 * - `column.<name>.unmatched`: warn for a column in only one file.
 */
import type { Check } from '../../core/report.js';
import type { Verdict } from '../../core/verdict.js';
import type { ColumnResult, DriftEvaluation } from './evaluate.js';
import type { Operator } from './methods.js';

/** The condition under which a score passes, as written in the report. */
export function passCondition(operator: Operator, threshold: number): string {
  const passes = { '<': '>=', '<=': '>', '>=': '<', '>': '<=' } as const;
  return `${passes[operator]} ${threshold}`;
}

function decisive(c: ColumnResult): number | null {
  return c.score === 'p-value' ? c.adjustedPValue ?? c.pValue : c.statistic;
}

function fmt(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v);
}

export function driftChecks(e: DriftEvaluation): Check[] {
  const checks: Check[] = [];
  const d = e.dataset;
  const warnByShare = d.share >= d.warnShare;
  checks.push({
    id: 'dataset.drift-share',
    subject: null,
    name: 'Share of drifted columns',
    value: d.share,
    threshold: `< ${d.threshold}`,
    verdict: d.drifted ? 'fail' : d.warnShare > 0 && d.share >= d.warnShare ? 'warn' : 'pass',
    severity: 'error',
    message: `${d.driftedColumns.length} of ${d.evaluatedColumns} feature columns drifted (${fmt(d.share * 100)}%); dataset drift at ${fmt(d.threshold * 100)}% or more`,
  });
  for (const c of e.columns) {
    const value = decisive(c);
    const what = c.role === 'feature' ? 'column' : c.role;
    checks.push({
      id: `column.${c.name}.drift`,
      subject: c.name,
      name: `${c.method} ${c.score}`,
      // JSON has no ∞: an infinite score (a category the reference never saw under chisquare) is written as text.
      value: value === null || Number.isNaN(value) ? null : Number.isFinite(value) ? value : String(value),
      threshold: passCondition(c.operator, c.threshold),
      verdict:
        c.status === 'insufficient' ? 'insufficient' : c.drifted && (c.role !== 'feature' || warnByShare) ? 'warn' : 'pass',
      severity: 'warn',
      message:
        c.status === 'insufficient'
          ? `${what} ${c.name}: not tested, ${c.note}`
          : `${what} ${c.name}: ${c.method} ${c.score} ${fmt(value as number)} ${c.drifted ? 'crosses' : 'is within'} the threshold ${c.threshold}${c.drifted ? ' (drift)' : ''}`,
    });
  }
  for (const q of e.quality) {
    const message =
      q.kind === 'null-share'
        ? `null share of ${q.column} went from ${fmt((q.reference ?? 0) * 100)}% to ${fmt((q.current ?? 0) * 100)}%`
        : q.kind === 'new-categories'
          ? `${q.categories?.length ?? 0} categories of ${q.column} are new in the current data (${fmt(q.value * 100)}% of rows)`
          : `${q.categories?.length ?? 0} categories of ${q.column} are gone from the current data (${fmt(q.value * 100)}% of reference rows)`;
    checks.push({
      id: `column.${q.column}.${q.kind}`,
      subject: q.column,
      name: q.kind === 'null-share' ? 'Null share increase' : q.kind === 'new-categories' ? 'Share of rows in new categories' : 'Share of reference rows in vanished categories',
      value: q.value,
      threshold: `<= ${q.threshold}`,
      verdict: q.flagged ? 'warn' : 'pass',
      severity: 'warn',
      message,
      ...(q.categories && q.categories.length ? { categories: q.categories } : {}),
    });
  }
  for (const u of e.unmatched) {
    checks.push({
      id: `column.${u.column}.unmatched`,
      subject: u.column,
      name: 'Column in both files',
      value: u.in,
      threshold: null,
      verdict: 'warn',
      severity: 'warn',
      message: `column ${u.column} is only in the ${u.in} data and was not compared`,
    });
  }
  return checks;
}

/**
 * The summary's reason for the verdict the checks add up to (decided once,
 * in makeReport): it names what the checks flagged, never judges again.
 */
export function driftReason(e: DriftEvaluation, checks: Check[]): (verdict: Verdict) => string {
  return (verdict) => {
    const d = e.dataset;
    const n = `${d.driftedColumns.length} of ${d.evaluatedColumns} columns drifted (${fmt(d.share * 100)}%)`;
    if (verdict === 'fail') return `dataset drift, ${n}: ${d.driftedColumns.slice(0, 5).join(', ')}${d.driftedColumns.length > 5 ? ', …' : ''}`;
    const flagged = checks.filter((c) => c.verdict !== 'pass');
    if (verdict === 'pass') {
      if (d.driftedColumns.length === 0) return `no drift in ${d.evaluatedColumns} columns`;
      return `${n}, below the warning share ${fmt(d.warnShare * 100)}%`;
    }
    const parts: string[] = [];
    if (flagged.some((c) => c.id === 'dataset.drift-share' || (c.id.endsWith('.drift') && e.columns.some((x) => x.name === c.subject && x.role === 'feature')))) parts.push(n);
    const others = e.columns.filter((c) => c.role !== 'feature' && c.drifted).map((c) => `${c.role} ${c.name} drifted`);
    parts.push(...others);
    const quality = flagged.filter((c) => /\.(null-share|new-categories|missing-categories|unmatched)$/.test(c.id)).length;
    if (quality) parts.push(`${quality} data-quality findings`);
    const insufficient = flagged.filter((c) => c.verdict === 'insufficient').length;
    if (insufficient) parts.push(`${insufficient} columns with too few values to test`);
    return parts.join('; ') || n;
  };
}
