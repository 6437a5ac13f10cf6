/**
 * Comparison with a baseline (reference) data file: a column whose share of
 * missing cells rose by more than `nullRateIncrease` (a fraction, so 0.10 is
 * ten percentage points), and a row count that changed by more than
 * `rowCountChange` relative to the baseline's (|n − n₀| / n₀).
 */
import type { Column, Table } from '../../core/table.js';
import { columnData } from './column-data.js';
import type { RuleCheck } from './evaluate.js';
import type { Severity } from './contract/model.js';

export interface BaselineOptions {
  nullRateIncrease: number;
  /** Allowed relative change of the row count; undefined: not checked. */
  rowCountChange?: number;
  severity: Severity;
  missingValues?: string[];
}

// Shares are differences of ratios: allow for the rounding of 0.3 − 0.2 and the like.
const EPS = 1e-12;

function nullShare(column: Column, rows: number, missingValues?: string[]): number {
  return rows === 0 ? 0 : columnData(column, rows, missingValues).missingCount / rows;
}

function pp(x: number): string {
  return `${(x * 100).toFixed(1)} pp`;
}

export function compareToBaseline(current: Table, baseline: Table, options: BaselineOptions): RuleCheck[] {
  const checks: RuleCheck[] = [];
  const failing = options.severity === 'error' ? 'fail' : 'warn';
  const base = new Map(baseline.columns.map((c) => [c.name, c]));
  for (const column of current.columns) {
    const ref = base.get(column.name);
    if (!ref) continue;
    const now = nullShare(column, current.rowCount, options.missingValues);
    const before = nullShare(ref, baseline.rowCount, options.missingValues);
    const rise = now - before;
    const ok = rise <= options.nullRateIncrease + EPS;
    checks.push({
      id: `baseline.${column.name}.null-rate`,
      subject: column.name,
      name: 'null-rate increase vs baseline',
      value: rise,
      threshold: `<= +${pp(options.nullRateIncrease)}`,
      verdict: ok ? 'pass' : failing,
      severity: options.severity,
      message: `Missing cells: ${(now * 100).toFixed(1)}% now, ${(before * 100).toFixed(1)}% in the baseline (${rise >= 0 ? '+' : ''}${pp(rise)}).`,
      file: current.source,
      rows: [],
      examples: [],
      current: now,
      baseline: before,
    });
  }
  if (options.rowCountChange !== undefined) {
    const n0 = baseline.rowCount;
    const n = current.rowCount;
    const change = n0 === 0 ? (n === 0 ? 0 : Infinity) : (n - n0) / n0;
    const ok = Math.abs(change) <= options.rowCountChange + EPS;
    checks.push({
      id: 'baseline.row-count',
      subject: null,
      name: 'row-count change vs baseline',
      value: Number.isFinite(change) ? change : null,
      threshold: `|change| <= ${options.rowCountChange}`,
      verdict: ok ? 'pass' : failing,
      severity: options.severity,
      message: `${n} rows now, ${n0} in the baseline (${Number.isFinite(change) ? `${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)}%` : 'baseline empty'}).`,
      file: current.source,
      rows: [],
      examples: [],
      current: n,
      baseline: n0,
    });
  }
  return checks;
}
