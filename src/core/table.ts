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
  /**
   * The same cells dictionary-encoded, when the reader built them that way
   * (readers/text-dictionary.ts): `codes[i]` indexes `labels`, -1 where the
   * cell is missing. Consumers that count or group may use it instead of
   * `values`; it is never out of step with them (nothing writes into a
   * column's values). Not enumerable: it is not part of the column's value
   * (equality, JSON, posting to a worker).
   */
  readonly dictionary?: TextCodes;
}

export interface TextCodes {
  codes: Int32Array;
  labels: readonly string[];
}

/**
 * A string column held as codes: `values` is built from them on first use
 * (and kept), so a consumer that only counts never makes the million strings
 * array.
 */
export function dictionaryColumn(name: string, codes: Int32Array, labels: readonly string[]): StringColumn {
  let values: (string | null)[] | undefined;
  const column = { kind: 'string', name } as StringColumn;
  Object.defineProperty(column, 'values', {
    enumerable: true,
    get(): (string | null)[] {
      if (values === undefined) {
        values = new Array<string | null>(codes.length);
        for (let i = 0; i < codes.length; i++) {
          const code = codes[i];
          values[i] = code < 0 ? null : labels[code];
        }
      }
      return values;
    },
  });
  Object.defineProperty(column, 'dictionary', { value: { codes, labels }, enumerable: false });
  return column;
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
