import type { Column, Table } from '../../../src/core/table.js';

/** A Table from plain columns: numbers become number columns, anything else string columns. */
export function makeTable(columns: Record<string, (number | string | null)[]>, source = 'predictions.csv'): Table {
  const cols: Column[] = Object.entries(columns).map(([name, values]) => {
    if (values.every((v) => v === null || typeof v === 'number')) {
      const missing = values.some((v) => v === null) ? Uint8Array.from(values.map((v) => (v === null ? 1 : 0))) : null;
      return { kind: 'number', name, values: Float64Array.from(values.map((v) => (v === null ? Number.NaN : (v as number)))), missing };
    }
    return { kind: 'string', name, values: values.map((v) => (v === null ? null : String(v))) };
  });
  const rowCount = Object.values(columns)[0]?.length ?? 0;
  return { source, columns: cols, rowCount, rowLines: Int32Array.from({ length: rowCount }, (_, i) => i + 2) };
}
