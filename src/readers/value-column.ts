/**
 * Turns the values of one column of a typed file (JSON, JSON Lines, Parquet)
 * into a table column, by the same rule as for text files: a column whose
 * present cells are all numbers, or text that parses as a number, is a number
 * column; anything else is a string column. So a gate sees one representation
 * whatever the format. Values are first normalised (`normalizeValue`):
 * booleans become "true"/"false", dates ISO-8601 text, 64-bit integers plain
 * numbers, nested objects and arrays their JSON text.
 */
import type { Column } from '../core/table.js';
import { parseNumberText } from './number-text.js';

/** A cell after normalisation: a number, a string, or null when missing. */
export type Cell = number | string | null;

export function jsonText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
}

export function normalizeValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'number':
      return Number.isNaN(value) ? null : value;
    case 'string':
      return value;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return Number(value);
    default:
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
      return jsonText(value);
  }
}

/** The column for cells that are already normalised. */
export function valueColumn(name: string, cells: Cell[], keepText: boolean): Column {
  const n = cells.length;
  const values = new Float64Array(n);
  let missing: Uint8Array | null = null;
  for (let i = 0; i < n; i++) {
    const cell = cells[i];
    let value: number | undefined;
    if (cell === null) value = NaN;
    else if (typeof cell === 'number') value = cell;
    else value = parseNumberText(cell);
    if (value === undefined) {
      return { kind: 'string', name, values: cells.map((c) => (c === null ? null : String(c))) };
    }
    values[i] = value;
    if (value !== value) {
      missing ??= new Uint8Array(n);
      missing[i] = 1;
    }
  }
  const column: Column = { kind: 'number', name, values, missing };
  if (keepText) column.text = cells.map((c) => (c === null ? null : String(c)));
  return column;
}
