/**
 * Parquet through hyparquet (with hyparquet-compressors for Snappy, Gzip,
 * Brotli, Zstd, LZ4). Parquet needs random access, so a plain file is read
 * slice by slice from disk; a .parquet.gz is decompressed into a temporary
 * file first (Parquet is read by random access), not into memory, so a
 * .gz that expands to gigabytes costs disk up to max-input-bytes, not memory.
 * Cells are normalised as in value-column.ts: INT64 to numbers, booleans to
 * "true"/"false", DATE to "YYYY-MM-DD", timestamps to ISO-8601 text.
 *
 * Limits (core/read-limits.ts). A Parquet file is compressed inside, page by
 * page, and encodes repeated values in a few bytes, so its size says little
 * about what reading it takes. Besides the file itself (its size, or a .gz's
 * decompressed size: source.ts), max-input-bytes bounds, for the columns
 * read: the uncompressed size the metadata states, before anything is read;
 * the pages as they are decompressed (what they really expand to, whatever
 * the metadata says); and the cells, at 8 bytes each (a JavaScript array
 * slot: what holding them takes at least). max-record-bytes bounds each
 * text or binary value, checked as it is read.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type Compressors, type FileMetaData } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { UserError } from '../core/errors.js';
import type { Table } from '../core/table.js';
import { formatByteSize } from '../core/read-limits.js';
import { checkRequested } from './columns.js';
import { dataTooLarge } from './limits.js';
import type { ReadOptions } from './options.js';
import { ProgressReporter } from './progress.js';
import { ChunkReader, type Source } from './source.js';
import { normalizeValue, valueColumn, type Cell } from './value-column.js';

const parsers = {
  dateFromDays: (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10),
};

function unreadable(source: Source, err: unknown): UserError {
  if (err instanceof UserError) return err; // a limit, from inside hyparquet's callbacks
  const reason = err instanceof Error ? err.message : String(err);
  return new UserError(`not a readable Parquet file (${reason})`, { file: source.display });
}

/** Bytes a cell takes at least once read: a slot of a JavaScript array. */
const CELL_BYTES = 8;

/**
 * The checks made before reading `rows` rows of the columns `names`: the
 * uncompressed size the metadata states for them, and their cells.
 */
function checkSize(source: Source, parquet: OpenParquet, names: string[], rows: number): void {
  const limit = source.limits.maxInputBytes;
  const wanted = new Set(names);
  let stated = 0;
  let before = 0; // rows in the groups before this one: only the groups that hold the rows read count
  for (const group of parquet.metadata.row_groups) {
    if (before >= rows) break;
    before += Number(group.num_rows);
    for (const chunk of group.columns) {
      const meta = chunk.meta_data;
      if (meta && wanted.has(meta.path_in_schema[0])) stated += Number(meta.total_uncompressed_size);
    }
  }
  if (stated > limit) throw dataTooLarge(source.display, limit, 'of data uncompressed in the columns read');
  if (rows * names.length * CELL_BYTES > limit) {
    throw dataTooLarge(source.display, limit, `to hold ${rows} rows × ${names.length} columns at ${CELL_BYTES} bytes a cell`);
  }
}

/**
 * hyparquet's decompressors, counting what the pages expand to: a page is
 * decompressed into the size its header states, which is checked against
 * what is left of max-input-bytes before the memory is taken.
 */
function countedCompressors(source: Source): Compressors {
  const limit = source.limits.maxInputBytes;
  let expanded = 0;
  const counted: Compressors = {};
  for (const [codec, decompress] of Object.entries(compressors) as [keyof Compressors, NonNullable<Compressors[keyof Compressors]>][]) {
    counted[codec] = (input: Uint8Array, outputLength: number) => {
      expanded += outputLength;
      if (expanded > limit) throw dataTooLarge(source.display, limit, 'of data in its pages after decompression');
      return decompress(input, outputLength);
    };
  }
  return counted;
}

/**
 * A value's cell, refused when it is text or binary longer than
 * max-record-bytes. Binary becomes JSON text (jsonText), about four
 * times its size: it is checked before.
 */
function checkedValue(source: Source, name: string, row: number, value: unknown): unknown {
  const limit = source.limits.maxRecordBytes;
  let bytes = 0;
  if (typeof value === 'string') bytes = value.length > limit / 3 ? Buffer.byteLength(value) : 0;
  else if (value instanceof Uint8Array) bytes = value.byteLength;
  if (bytes > limit) {
    throw new UserError(`row ${row + 1}: a value of ${formatByteSize(bytes)}, longer than max-record-bytes (${formatByteSize(limit)}); raise max-record-bytes if the file is meant to hold one`, {
      file: source.display,
      field: `column ${name}`,
    });
  }
  return value;
}

interface OpenParquet {
  file: AsyncBuffer;
  metadata: FileMetaData;
  names: string[];
  rows: number;
  /** Removes the temporary file of a .parquet.gz; call once the read is over. */
  close(): Promise<void>;
}

/**
 * A .parquet.gz decompressed into a temporary file, through the ChunkReader
 * (so at most max-input-bytes of it, checked as it expands); the function
 * that removes it.
 */
async function gunzipToTemp(source: Source): Promise<{ path: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-parquet-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  const path = join(dir, 'data.parquet');
  try {
    await pipeline(Readable.from(new ChunkReader(source, false).chunks()), createWriteStream(path));
  } catch (err) {
    await remove();
    throw err;
  }
  return { path, remove };
}

async function openParquet(source: Source): Promise<OpenParquet> {
  let close = async () => {};
  try {
    let path = source.absolute;
    if (source.gzip) {
      const temp = await gunzipToTemp(source);
      path = temp.path;
      close = temp.remove;
    }
    const file = await asyncBufferFromFile(path);
    const metadata = await parquetMetadataAsync(file, { parsers });
    const names = parquetSchema(metadata).children.map((child) => child.element.name);
    const rows = Number(metadata.num_rows);
    if (!Number.isSafeInteger(rows) || rows < 0) throw new Error(`its metadata gives ${String(metadata.num_rows)} rows`);
    return { file, metadata, names, rows, close };
  } catch (err) {
    await close();
    if (err instanceof UserError) throw err;
    throw unreadable(source, err);
  }
}

export async function readParquetTable(source: Source, options: ReadOptions): Promise<Table> {
  const parquet = await openParquet(source);
  try {
    return await readOpenTable(source, parquet, options);
  } finally {
    await parquet.close();
  }
}

async function readOpenTable(source: Source, parquet: OpenParquet, options: ReadOptions): Promise<Table> {
  checkRequested(options.columns, parquet.names, source.display);
  const names = options.columns ? parquet.names.filter((n) => options.columns!.includes(n)) : parquet.names;
  const rows = Math.min(parquet.rows, options.maxRows ?? Infinity);
  checkSize(source, parquet, names, rows);
  const cells = new Map<string, Cell[]>(names.map((name) => [name, new Array<Cell>(rows).fill(null)]));
  const progress = new ProgressReporter(source.display, options.progress);
  if (rows > 0 && names.length > 0) {
    // hyparquet calls onChunk in a promise callback of its own, where a throw
    // becomes an unhandled rejection: a limit found there is kept, and thrown
    // once the read is over.
    let refused: UserError | undefined;
    try {
      await parquetRead({
        file: parquet.file,
        metadata: parquet.metadata,
        columns: names,
        rowEnd: rows,
        compressors: countedCompressors(source),
        parsers,
        onChunk: (chunk) => {
          const column = cells.get(chunk.columnName);
          if (!column || refused) return;
          const data = chunk.columnData;
          const end = Math.min(chunk.rowEnd, rows);
          const name = chunk.columnName;
          try {
            for (let row = chunk.rowStart; row < end; row++) column[row] = normalizeValue(checkedValue(source, name, row, data[row - chunk.rowStart]));
          } catch (err) {
            if (!(err instanceof UserError)) throw err;
            refused = err;
            return;
          }
          progress.update(end, Math.round((source.size * end) / rows));
        },
      });
    } catch (err) {
      throw unreadable(source, err);
    }
    if (refused) throw refused;
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
  try {
    yield* openRecords(source, parquet, options);
  } finally {
    await parquet.close();
  }
}

async function* openRecords(source: Source, parquet: OpenParquet, options: ReadOptions): AsyncGenerator<{ record: Record<string, unknown>; line: null }> {
  checkRequested(options.columns, parquet.names, source.display);
  const columns = options.columns ? parquet.names.filter((n) => options.columns!.includes(n)) : parquet.names;
  const rows = Math.min(parquet.rows, options.maxRows ?? Infinity);
  checkSize(source, parquet, columns, rows);
  const counted = countedCompressors(source);
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
          compressors: counted,
          parsers,
          rowFormat: 'object',
          onComplete: resolve,
        }).catch(reject);
      });
    } catch (err) {
      throw unreadable(source, err);
    }
    for (let i = 0; i < batch.length; i++) {
      const row = batch[i];
      const record: Record<string, unknown> = {};
      for (const key of columns) record[key] = recordValue(checkedValue(source, key, start + i, row[key] ?? null));
      yield { record, line: null };
    }
    start = end;
    progress.update(start, Math.round((source.size * start) / rows));
  }
  progress.done(rows, source.size);
}
