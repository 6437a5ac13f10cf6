/**
 * The ids of a predictions file's rows (`id-column`), as the join in
 * pair-by-id.ts takes them: a number column stays its Float64Array (no
 * string per row: a million `String()` calls cost more than the join), a
 * text column keeps its strings. Ids compare as numbers when both files'
 * id columns are numbers (so `7` and `7.0` are one id), else as text, a
 * number reading as its shortest form (`7`).
 */
import { UserError } from '../../core/errors.js';
import { isMissing, rowLine, type Column, type Table } from '../../core/table.js';

interface IdsOf {
  /** The file, as the user named it. */
  source: string;
  /** The id column's name. */
  column: string;
  /** The 1-based line of each row (CSV, JSON Lines); null where rows have no lines. */
  lines: Int32Array | null;
}

export interface NumberIds extends IdsOf {
  kind: 'number';
  values: Float64Array;
}

export interface TextIds extends IdsOf {
  kind: 'text';
  values: readonly string[];
}

export type RowIds = NumberIds | TextIds;

/** The ids of every row; a missing id is a UserError naming its line. */
export function readRowIds(table: Table, column: Column): RowIds {
  const base = { source: table.source, column: column.name, lines: table.rowLines };
  for (let i = 0; i < table.rowCount; i++) {
    // NaN too: it equals no id, not even its own.
    if (isMissing(column, i) || (column.kind === 'number' && Number.isNaN(column.values[i]))) throw new UserError('missing id', { file: table.source, line: rowLine(table, i) ?? i + 1, field: column.name });
  }
  return column.kind === 'number' ? { ...base, kind: 'number', values: column.values } : { ...base, kind: 'text', values: column.values as string[] };
}

/** Number ids as text, for a join with a file whose ids are text. */
export function asTextIds(ids: RowIds): TextIds {
  if (ids.kind === 'text') return ids;
  return { ...ids, kind: 'text', values: Array.from(ids.values, String) };
}

/** Where row i is: its line (its 1-based row number when the format has no lines). */
export function idLine(ids: RowIds, i: number): number {
  return ids.lines ? ids.lines[i] : i + 1;
}

const SHOWN = 60;

/**
 * Row i's id for a message: a number as it prints, text quoted and escaped
 * (an id from a file is data: one line, no control characters), long text
 * cut short.
 */
export function showId(ids: RowIds, i: number): string {
  if (ids.kind === 'number') return String(ids.values[i]);
  const text = ids.values[i];
  return JSON.stringify(text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text);
}
