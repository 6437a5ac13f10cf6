import type { Column, Table } from '../../../src/core/table.js';

type Cell = number | string | null;

/**
 * A Table like the readers make: a column whose present cells are all
 * numbers becomes a number column, anything else a string column. Data rows
 * start on line 2 (line 1 is the header), as in a CSV file.
 */
export function makeTable(columns: Record<string, Cell[]>, source = 'data.csv'): Table {
  const names = Object.keys(columns);
  const rowCount = names.length ? columns[names[0]].length : 0;
  const cols: Column[] = names.map((name) => {
    const cells = columns[name];
    if (cells.every((c) => c === null || typeof c === 'number')) {
      const values = new Float64Array(rowCount);
      let missing: Uint8Array | null = null;
      cells.forEach((c, i) => {
        if (c === null) {
          missing ??= new Uint8Array(rowCount);
          missing[i] = 1;
          values[i] = NaN;
        } else values[i] = c;
      });
      return { kind: 'number', name, values, missing };
    }
    return { kind: 'string', name, values: cells.map((c) => (c === null ? null : String(c))) };
  });
  const rowLines = new Int32Array(rowCount);
  for (let i = 0; i < rowCount; i++) rowLines[i] = i + 2;
  return { source, columns: cols, rowCount, rowLines };
}
