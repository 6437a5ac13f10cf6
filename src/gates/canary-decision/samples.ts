/**
 * From samples files to per-metric canary and baseline values: one file
 * with a variant column, or one file per variant. Missing cells become NaN
 * here; the metric's nan-strategy decides later what NaN means.
 */
import { UserError } from '../../core/errors.js';
import { findColumn, rowLine, type Table } from '../../core/table.js';
import type { MetricConfig } from './config.js';

/** A metric's raw values per variant (NaN where missing). */
export interface RawMetricData {
  canary: Float64Array;
  baseline: Float64Array;
}

export interface VariantRows {
  table: Table;
  /** Rows of the table that belong to the variant; null = all rows. */
  rows: Int32Array | null;
}

export interface VariantTables {
  canary: VariantRows;
  baseline: VariantRows;
}

export interface VariantLabels {
  column: string;
  canary: string;
  baseline: string;
}

/** Split one table by its variant column; any other label is an error naming its line. */
export function splitByVariant(table: Table, labels: VariantLabels): VariantTables {
  const column = findColumn(table, labels.column);
  if (!column) {
    throw new UserError(`no "${labels.column}" column to tell canary from baseline rows (columns: ${table.columns.map((c) => c.name).join(', ')})`, {
      file: table.source,
      field: labels.column,
    });
  }
  const canary: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < table.rowCount; i++) {
    const raw = column.kind === 'string' ? column.values[i] : Number.isNaN(column.values[i]) ? null : String(column.values[i]);
    const v = raw === null ? null : raw.trim();
    if (v === labels.canary) canary.push(i);
    else if (v === labels.baseline) baseline.push(i);
    else {
      throw new UserError(`variant must be "${labels.canary}" or "${labels.baseline}", got ${v === null ? 'an empty cell' : `"${v}"`}`, {
        file: table.source,
        line: rowLine(table, i) ?? i + 1,
        field: labels.column,
      });
    }
  }
  return { canary: { table, rows: Int32Array.from(canary) }, baseline: { table, rows: Int32Array.from(baseline) } };
}

function columnValues(v: VariantRows, metric: MetricConfig): Float64Array {
  const { table, rows } = v;
  const column = findColumn(table, metric.column);
  if (!column) {
    throw new UserError(`no column "${metric.column}" for metric ${metric.name} (columns: ${table.columns.map((c) => c.name).join(', ')})`, {
      file: table.source,
      field: metric.column,
    });
  }
  const n = rows ? rows.length : table.rowCount;
  if (column.kind === 'string') {
    // A column with no numeric cells at all in this variant is simply empty.
    const out = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const i = rows ? rows[k] : k;
      const cell = column.values[i];
      if (cell === null || cell.trim() === '' || /^nan$/i.test(cell.trim())) {
        out[k] = NaN;
        continue;
      }
      const num = Number(cell);
      if (!Number.isFinite(num)) {
        throw new UserError(`metric values must be numbers, got "${cell}"`, { file: table.source, line: rowLine(table, i) ?? i + 1, field: metric.column });
      }
      out[k] = num;
    }
    return out;
  }
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k] : k;
    out[k] = column.missing && column.missing[i] ? NaN : column.values[i];
  }
  return out;
}

export function metricData(tables: VariantTables, metric: MetricConfig): RawMetricData {
  return { canary: columnValues(tables.canary, metric), baseline: columnValues(tables.baseline, metric) };
}

/** Metric names when no configuration names them: every numeric column but the variant column. */
export function defaultMetricColumns(tables: VariantTables, variantColumn: string | null): string[] {
  const names = tables.canary.table.columns.filter((c) => c.kind === 'number' && c.name !== variantColumn).map((c) => c.name);
  if (tables.baseline.table !== tables.canary.table) {
    const other = new Set(tables.baseline.table.columns.map((c) => c.name));
    return names.filter((n) => other.has(n));
  }
  return names;
}

/** Kayenta's NaN strategies: `remove` drops missing values, `replace` counts them as 0. */
export function applyNanStrategy(values: Float64Array, strategy: 'remove' | 'replace'): Float64Array {
  let missing = 0;
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) missing++;
  if (missing === 0) return values;
  if (strategy === 'replace') return values.map((v) => (Number.isNaN(v) ? 0 : v));
  const out = new Float64Array(values.length - missing);
  let k = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) out[k++] = values[i];
  return out;
}
