/**
 * The rows of a table a rule looks at: all of them, or those a row condition
 * (Great Expectations' `row_condition`) selects, copied into a table of
 * their own so that every rule runs unchanged on it; `rows` maps the view's
 * rows back to the table's, for the row numbers and lines in the report.
 */
import { dictionaryColumn, type Column, type Table } from '../../core/table.js';
import { conditionColumns, selectRows, type RowCondition } from './row-condition.js';

export interface RowView {
  table: Table;
  byName: Map<string, Column>;
  /** Table row of each view row; null when the view is the whole table. */
  rows: Int32Array | null;
}

export function wholeTable(table: Table): RowView {
  return { table, byName: new Map(table.columns.map((c) => [c.name, c])), rows: null };
}

/** The view of the rows `condition` selects, or a message when it names a column the table lacks. */
export function conditionView(table: Table, condition: RowCondition, missingValues?: readonly string[]): RowView | string {
  const names = new Set(table.columns.map((c) => c.name));
  const absent = conditionColumns(condition.expr).filter((c) => !names.has(c));
  if (absent.length) return `The row condition ${condition.text} names ${absent.map((c) => `"${c}"`).join(', ')}, which ${absent.length === 1 ? 'is' : 'are'} not in the data.`;
  const selected = selectRows(condition, table, missingValues);
  let count = 0;
  for (let i = 0; i < selected.length; i++) count += selected[i];
  const rows = new Int32Array(count);
  for (let i = 0, k = 0; i < selected.length; i++) if (selected[i] === 1) rows[k++] = i;
  const columns = table.columns.map((c) => pick(c, rows));
  const sub: Table = {
    source: table.source,
    columns,
    rowCount: count,
    rowLines: table.rowLines ? Int32Array.from(rows, (r) => table.rowLines![r]) : null,
  };
  return { table: sub, byName: new Map(columns.map((c) => [c.name, c])), rows };
}

function pick(c: Column, rows: Int32Array): Column {
  if (c.kind === 'number') {
    const out: Column = {
      kind: 'number',
      name: c.name,
      values: Float64Array.from(rows, (r) => c.values[r]),
      missing: c.missing ? Uint8Array.from(rows, (r) => c.missing![r]) : null,
    };
    if (c.text) out.text = Array.from(rows, (r) => c.text![r]);
    return out;
  }
  if (c.dictionary) return dictionaryColumn(c.name, Int32Array.from(rows, (r) => c.dictionary!.codes[r]), c.dictionary.labels);
  return { kind: 'string', name: c.name, values: Array.from(rows, (r) => c.values[r]) };
}
