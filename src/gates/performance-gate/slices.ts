/**
 * Metrics per slice: rows are grouped by the values of the `slice-by`
 * columns; each group of at least `min-slice-size` rows gets the metrics
 * (and the baseline's on the same rows) and the thresholds; a smaller group
 * is reported as insufficient (a warning, never a silent pass), and so is a
 * metric that is undefined on a slice (e.g. ROC AUC of a slice with one class).
 */
import type { Check } from '../../core/report.js';
import type { CheckVerdict } from '../../core/verdict.js';
import { worstVerdict } from '../../core/verdict.js';
import { findColumn, isMissing, type Table } from '../../core/table.js';
import { UserError } from '../../core/errors.js';
import type { MetricDef } from './metric-catalog.js';
import type { Predictions } from './predictions.js';
import { applyThreshold, type ThresholdRule } from './rules.js';

export interface SliceRow {
  slice: string;
  rows: number;
  metrics: { name: string; value: number | null; baseline: number | null; delta: number | null; verdict: CheckVerdict }[];
  verdict: CheckVerdict;
}

/** Row indices per slice key ("col=value, col2=value"), in order of first appearance. */
export function sliceRows(table: Table, columns: string[]): Map<string, number[]> {
  const cols = columns.map((name) => {
    const c = findColumn(table, name);
    if (!c) throw new UserError(`no column "${name}" (set by slice-by)`, { file: table.source, field: 'slice-by' });
    return c;
  });
  const groups = new Map<string, number[]>();
  for (let i = 0; i < table.rowCount; i++) {
    const key = cols
      .map((c) => `${c.name}=${isMissing(c, i) ? '(missing)' : c.kind === 'number' ? String(c.values[i]) : c.values[i]}`)
      .join(', ');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  }
  return groups;
}

export function evaluateSlices(
  groups: Map<string, number[]>,
  defs: MetricDef[],
  candidate: Predictions,
  baseline: Predictions | undefined,
  thresholds: Record<string, ThresholdRule>,
  minSliceSize: number,
): { rows: SliceRow[]; checks: Check[] } {
  const rows: SliceRow[] = [];
  const checks: Check[] = [];
  for (const [slice, members] of groups) {
    const idx = Uint32Array.from(members);
    if (idx.length < minSliceSize) {
      checks.push({
        id: `slice.${slice}.size`,
        subject: slice,
        name: 'slice size',
        value: idx.length,
        threshold: `>= ${minSliceSize}`,
        verdict: 'insufficient',
        severity: 'warn',
        message: `slice ${slice} has ${idx.length} rows, fewer than min-slice-size ${minSliceSize}: not evaluated`,
      });
      rows.push({ slice, rows: idx.length, metrics: [], verdict: 'insufficient' });
      continue;
    }
    const metrics: SliceRow['metrics'] = [];
    for (const def of defs) {
      const value = def.compute(candidate, idx);
      const base = baseline ? def.compute(baseline, idx) : Number.NaN;
      let verdict: CheckVerdict = 'pass';
      const rule = thresholds[def.name];
      if (!Number.isFinite(value)) {
        verdict = 'insufficient';
        checks.push({ id: `slice.${slice}.${def.name}`, subject: slice, name: `${def.name} in slice`, value: null, threshold: rule?.text ?? null, verdict, severity: 'warn', message: `${def.name} is undefined in slice ${slice} (e.g. one class only)` });
      } else if (rule && (rule.value || Number.isFinite(base))) {
        // Change rules apply against the baseline on the same slice; without one, only the absolute threshold.
        const applied = Number.isFinite(base) ? rule : { ...rule, minAbsoluteChange: undefined, minRelativeChange: undefined };
        const out = applyThreshold(applied, value, def.higherIsBetter, Number.isFinite(base) ? base : undefined);
        verdict = out.pass ? 'pass' : 'fail';
        checks.push({
          id: `slice.${slice}.${def.name}`,
          subject: slice,
          name: `${def.name} in slice`,
          value,
          threshold: rule.text,
          verdict,
          severity: 'error',
          message: `${def.name} = ${Number(value.toPrecision(4))} in slice ${slice} (${idx.length} rows) ${out.pass ? 'meets' : 'misses'} ${out.boundary}`,
        });
      }
      metrics.push({ name: def.name, value: Number.isFinite(value) ? value : null, baseline: Number.isFinite(base) ? base : null, delta: Number.isFinite(value - base) ? value - base : null, verdict });
    }
    // A slice with an undefined metric stays 'insufficient' (not folded into 'warn') unless something failed.
    const worst = worstVerdict(metrics.map((m) => m.verdict));
    const verdict: CheckVerdict = worst === 'fail' ? 'fail' : metrics.some((m) => m.verdict === 'insufficient') ? 'insufficient' : worst;
    rows.push({ slice, rows: idx.length, metrics, verdict });
  }
  return { rows, checks };
}
