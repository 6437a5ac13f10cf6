/**
 * Parquet through hyparquet (with hyparquet-compressors for Snappy, Gzip,
 * Brotli, Zstd, LZ4). Parquet needs random access, so a plain file is read
 * slice by slice from disk; a .parquet.gz is decompressed into memory first.
 * Cells are normalised as in value-column.ts: INT64 to numbers, booleans to
 * "true"/"false", DATE to "YYYY-MM-DD", timestamps to ISO-8601 text.
 */
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type FileMetaData } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { UserError } from '../core/errors.js';
import type { Table } from '../core/table.js';
import { checkRequested } from './columns.js';
import type { ReadOptions } from './options.js';
import { ProgressReporter } from './progress.js';
import { readAll, type Source } from './source.js';
import { normalizeValue, valueColumn, type Cell } from './value-column.js';

const parsers = {
  dateFromDays: (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10),
};

function unreadable(source: Source, err: unknown): UserError {
  const reason = err instanceof Error ? err.message : String(err);
  return new UserError(`not a readable Parquet file (${reason})`, { file: source.display });
}

interface OpenParquet {
  file: AsyncBuffer;
  metadata: FileMetaData;
  names: string[];
  rows: number;
}

async function openParquet(source: Source): Promise<OpenParquet> {
  try {
    let file: AsyncBuffer;
    if (source.gzip) {
      const data = await readAll(source);
      const bytes = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
      file = { byteLength: bytes.byteLength, slice: (start: number, end?: number) => bytes.slice(start, end) };
    } else {
      file = await asyncBufferFromFile(source.absolute);
    }
    const metadata = await parquetMetadataAsync(file, { parsers });
    const names = parquetSchema(metadata).children.map((child) => child.element.name);
    return { file, metadata, names, rows: Number(metadata.num_rows) };
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw unreadable(source, err);
  }
}

export async function readParquetTable(source: Source, options: ReadOptions): Promise<Table> {
  const parquet = await openParquet(source);
  checkRequested(options.columns, parquet.names, source.display);
  const names = options.columns ? parquet.names.filter((n) => options.columns!.includes(n)) : parquet.names;
  const rows = Math.min(parquet.rows, options.maxRows ?? Infinity);
  const cells = new Map<string, Cell[]>(names.map((name) => [name, new Array<Cell>(rows).fill(null)]));
  const progress = new ProgressReporter(source.display, options.progress);
  if (rows > 0 && names.length > 0) {
    try {
      await parquetRead({
        file: parquet.file,
        metadata: parquet.metadata,
        columns: names,
        rowEnd: rows,
        compressors,
        parsers,
        onChunk: (chunk) => {
          const column = cells.get(chunk.columnName);
          if (!column) return;
          const data = chunk.columnData;
          const end = Math.min(chunk.rowEnd, rows);
          for (let row = chunk.rowStart; row < end; row++) column[row] = normalizeValue(data[row - chunk.rowStart]);
          progress.update(end, Math.round((source.size * end) / rows));
        },
      });
    } catch (err) {
      throw unreadable(source, err);
    }
  }
  progress.done(rows, source.size);
  const keepText = options.keepText === true;
  return {
    source: source.display,
    columns: names.map((name) => valueColumn(name, cells.get(name)!, keepText)),
    rowCount: rows,
    rowLines: null,
  };
}

/** Plain JSON-like values for records: bigint to number, dates to ISO text, the rest as read. */
function recordValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** The rows of a Parquet file, one row group at a time. */
export async function* parquetRecords(source: Source, options: ReadOptions): AsyncGenerator<{ record: Record<string, unknown>; line: null }> {
  const parquet = await openParquet(source);
  checkRequested(options.columns, parquet.names, source.display);
  const columns = options.columns ? parquet.names.filter((n) => options.columns!.includes(n)) : parquet.names;
  const rows = Math.min(parquet.rows, options.maxRows ?? Infinity);
  const progress = new ProgressReporter(source.display, options.progress);
  let start = 0;
  for (const group of parquet.metadata.row_groups) {
    if (start >= rows) break;
    const end = Math.min(start + Number(group.num_rows), rows);
    let batch: Record<string, unknown>[];
    try {
      batch = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        parquetRead({
          file: parquet.file,
          metadata: parquet.metadata,
          columns,
          rowStart: start,
          rowEnd: end,
          compressors,
          parsers,
          rowFormat: 'object',
          onComplete: resolve,
        }).catch(reject);
      });
    } catch (err) {
      throw unreadable(source, err);
    }
    for (const row of batch) {
      const record: Record<string, unknown> = {};
      for (const key of columns) record[key] = recordValue(row[key] ?? null);
      yield { record, line: null };
    }
    start = end;
    progress.update(start, Math.round((source.size * start) / rows));
  }
  progress.done(rows, source.size);
}
