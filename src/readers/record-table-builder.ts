/**
 * Collects records (JSON objects, Parquet rows) into a columnar Table. Columns
 * appear in the order their keys are first seen; a key absent from a record
 * is a missing cell, as is a null.
 */
import type { Table } from '../core/table.js';
import { unknownColumn } from './columns.js';
import { normalizeValue, valueColumn, type Cell } from './value-column.js';

export class RecordTableBuilder {
  private readonly columns = new Map<string, Cell[]>();
  private readonly seen = new Set<string>();
  private readonly wanted: Set<string> | null;
  private lines: number[] = [];
  rows = 0;

  constructor(
    private readonly file: string,
    private readonly options: { columns?: string[]; keepText?: boolean },
    private readonly withLines: boolean,
  ) {
    this.wanted = options.columns ? new Set(options.columns) : null;
  }

  add(record: Record<string, unknown>, line: number): void {
    const row = this.rows++;
    for (const key in record) {
      if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
      if (this.wanted && !this.wanted.has(key)) {
        this.seen.add(key);
        continue;
      }
      let cells = this.columns.get(key);
      if (!cells) {
        this.seen.add(key);
        cells = new Array<Cell>(row).fill(null);
        this.columns.set(key, cells);
      }
      cells.push(normalizeValue(record[key]));
    }
    // Keys this record lacks are missing cells.
    for (const cells of this.columns.values()) if (cells.length === row) cells.push(null);
    if (this.withLines) this.lines.push(line);
  }

  finish(): Table {
    if (this.wanted) {
      for (const name of this.options.columns!) {
        if (!this.columns.has(name)) throw unknownColumn(name, [...this.seen], this.file);
      }
    }
    const keepText = this.options.keepText === true;
    return {
      source: this.file,
      columns: [...this.columns].map(([name, cells]) => valueColumn(name, cells, keepText)),
      rowCount: this.rows,
      rowLines: this.withLines ? Int32Array.from(this.lines) : null,
    };
  }
}
