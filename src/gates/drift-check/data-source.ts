/**
 * Where the evaluation takes its columns from: a Table read from a data file
 * (optionally with sampled rows), or a reference profile (profile.ts). Both
 * give the same ColumnSample for a column, so the tests cannot tell them
 * apart.
 */
import type { Table } from '../../core/table.js';
import { columnSample, type ColumnSample, type ColumnType } from './column-sample.js';

export interface ColumnSource {
  name: string;
  /** How the data stored it: every present cell a number, or text. */
  kind: 'number' | 'string';
  sample(type: ColumnType): ColumnSample;
}

export interface DataSource {
  /** The file, as the user named it. */
  source: string;
  rowCount: number;
  columns: ColumnSource[];
}

/** `consume`: the table is not used after the evaluation (see columnSample). */
export function tableSource(table: Table, rows?: Uint32Array, consume = false): DataSource {
  return {
    source: table.source,
    rowCount: rows ? rows.length : table.rowCount,
    columns: table.columns.map((c) => ({
      name: c.name,
      kind: c.kind,
      sample: (type: ColumnType) => columnSample(c, type, table.source, rows, consume),
    })),
  };
}

export function isDataSource(x: Table | DataSource): x is DataSource {
  return x.columns.length > 0 ? typeof (x.columns[0] as Partial<ColumnSource>).sample === 'function' : !('rowLines' in x);
}
