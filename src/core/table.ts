/**
 * The columnar table every reader produces and every gate consumes.
 *
 * A column whose present cells all parse as numbers is a `number` column
 * (a Float64Array; missing cells are NaN and flagged in `missing`). Every
 * other column keeps its cells as strings, `null` where missing. Readers of
 * typed formats (JSON, Parquet) map booleans to "true"/"false" and dates to
 * ISO-8601 strings, so a gate sees one representation whatever the format.
 */
export interface NumberColumn {
  kind: 'number';
  name: string;
  values: Float64Array;
  /** 1 where the cell was missing (empty, null); null when none is. */
  missing: Uint8Array | null;
  /** The cells' text, when the reader kept it (CSV only, on request). */
  text?: (string | null)[];
}

export interface StringColumn {
  kind: 'string';
  name: string;
  values: (string | null)[];
}

export type Column = NumberColumn | StringColumn;

export interface Table {
  /** The file the table was read from, as the user named it. */
  source: string;
  columns: Column[];
  rowCount: number;
  /**
   * For line-oriented formats, the 1-based line each row starts on (a quoted
   * CSV field may span lines); null where rows have no lines (Parquet).
   */
  rowLines: Int32Array | null;
}

export function columnNames(table: Table): string[] {
  return table.columns.map((c) => c.name);
}

export function findColumn(table: Table, name: string): Column | undefined {
  return table.columns.find((c) => c.name === name);
}

/** Whether row i of a column is missing. */
export function isMissing(column: Column, i: number): boolean {
  return column.kind === 'number' ? column.missing !== null && column.missing[i] === 1 : column.values[i] === null;
}

/** The 1-based line of row i (0-based) where known, else the 1-based row number. */
export function rowLine(table: Table, i: number): number | undefined {
  return table.rowLines ? table.rowLines[i] : undefined;
}
