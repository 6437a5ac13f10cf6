/**
 * A reference file's columns prepared for the drift tests before the current
 * file is known: each column's sample in the type it will most likely be
 * compared as (its declared `column-types` type, else numerical for a number
 * column and categorical for a text one). Plain data (typed arrays, Maps),
 * so a worker thread can prepare it and hand it over without copying (see
 * reference-worker.ts) while the main thread reads the current file.
 *
 * The one case decided only later, a number column compared as categorical
 * because the current file holds it as text, is derived from the sorted
 * numbers exactly as column-sample.ts does it (their distinct values).
 */
import { UserError } from '../../core/errors.js';
import type { Table } from '../../core/table.js';
import { columnSample, countsOfValues, type ColumnSample, type ColumnType } from './column-sample.js';
import type { DataSource } from './data-source.js';

export interface PreparedColumn {
  name: string;
  kind: 'number' | 'string';
  /** Absent for a column left out (`exclude`), or when preparing it failed (`error`). */
  sample?: ColumnSample;
  /** A UserError met preparing this column, raised only if the column is compared. */
  error?: { message: string; file?: string; line?: number; field?: string };
}

export interface PreparedReference {
  source: string;
  /** Rows of the table (before sampling). */
  tableRows: number;
  /** Rows compared (after sampling). */
  rowCount: number;
  columns: PreparedColumn[];
}

export interface PrepareOptions {
  columnTypes: Record<string, ColumnType>;
  /** Columns not compared: not prepared. */
  skip: string[];
  /** Sampled row indices, if any. */
  rows?: Uint32Array;
  /** The table is not used afterwards: its number arrays may be sorted in place. */
  consume?: boolean;
}

/** The type a column is prepared as; typeOf in evaluate.ts agrees unless the current file stores it differently. */
export function likelyType(name: string, kind: 'number' | 'string', types: Record<string, ColumnType>): ColumnType {
  return types[name] ?? (kind === 'number' ? 'numerical' : 'categorical');
}

export function prepareReference(table: Table, options: PrepareOptions): PreparedReference {
  const columns: PreparedColumn[] = [];
  for (const c of table.columns) {
    if (options.skip.includes(c.name)) {
      columns.push({ name: c.name, kind: c.kind });
      continue;
    }
    try {
      const sample = columnSample(c, likelyType(c.name, c.kind, options.columnTypes), table.source, options.rows, options.consume);
      columns.push({ name: c.name, kind: c.kind, sample });
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      columns.push({ name: c.name, kind: c.kind, error: { message: err.message, ...err.location } });
    }
  }
  return { source: table.source, tableRows: table.rowCount, rowCount: options.rows ? options.rows.length : table.rowCount, columns };
}

/** The buffers to transfer (not copy) when posting a prepared reference to another thread. */
export function transferList(p: PreparedReference): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const c of p.columns) if (c.sample?.type === 'numerical') out.add(c.sample.values.buffer as ArrayBuffer);
  return [...out];
}

/** A prepared reference as the evaluation's DataSource. */
export function preparedSource(p: PreparedReference): DataSource {
  return {
    source: p.source,
    rowCount: p.rowCount,
    columns: p.columns.map((c) => ({
      name: c.name,
      kind: c.kind,
      sample(type: ColumnType): ColumnSample {
        if (c.error) {
          const { message, ...location } = c.error;
          throw new UserError(message, location);
        }
        const s = c.sample;
        if (!s) throw new Error(`drift-check: column ${c.name} of the reference was not prepared`);
        if (s.type === type) return s;
        if (s.type === 'numerical' && type === 'categorical') {
          return { type, counts: countsOfValues(s.values), n: s.values.length, rows: s.rows, missing: s.missing, numbers: true };
        }
        throw new Error(`drift-check: column ${c.name} of the reference was prepared as ${s.type}, not ${type}`);
      },
    })),
  };
}

/** Two ascending arrays as one ascending array. */
function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
  if (i < a.length) out.set(a.subarray(i), k);
  else if (j < b.length) out.set(b.subarray(j), k);
  return out;
}

/** One column's samples of two halves (rows of `a` first) as the whole's, or null when they differ in type. */
export function mergeSamples(a: ColumnSample, b: ColumnSample): ColumnSample | null {
  if (a.type === 'numerical' && b.type === 'numerical') {
    return { type: 'numerical', values: mergeSorted(a.values, b.values), rows: a.rows + b.rows, missing: a.missing + b.missing };
  }
  if (a.type === 'categorical' && b.type === 'categorical') {
    const counts = new Map(a.counts);
    for (const [k, v] of b.counts) counts.set(k, (counts.get(k) ?? 0) + v);
    return { type: 'categorical', counts, n: a.n + b.n, rows: a.rows + b.rows, missing: a.missing + b.missing, ...(a.numbers && b.numbers ? { numbers: true as const } : {}) };
  }
  return null;
}
