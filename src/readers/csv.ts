/**
 * CSV and TSV into a columnar Table.
 *
 * Why a hand-written tokenizer rather than csv-parse (the preferred library):
 * on a 1,000,000-row x 20-column CSV (160 MB; 16 numeric columns, 4 text),
 * csv-parse alone took 6.4 s just to split the records into strings, on a
 * quiet machine, against 1.5 s for pandas.read_csv producing typed columns.
 * The byte-level tokenizer (csv-tokenizer.ts), with numbers parsed straight
 * from the bytes (number-text.ts) and repeated short text shared
 * (text-column-builder.ts), builds the typed table with, measured by
 * `node bench/readers.mjs` on a quiet machine (median of 3 runs, each reader
 * in its own process; ratios are peer / modelgate):
 *
 *                          Node 24 (the actions' runtime)    Node 20
 *                          wall (s)  CPU (s)  peak RSS (MB)   wall (s)  peak RSS (MB)
 *   modelgate readTable      1.09     1.29       375          1.49       342
 *   pandas.read_csv          1.49     1.58       636          1.51       636
 *                           (1.37x)  (1.22x)    (1.70x)      (1.01x)    (1.86x)
 *   csv-parse + typing       7.52     8.80      1053         10.68       983
 *                           (6.90x)  (6.82x)    (2.81x)      (7.17x)    (2.87x)
 *
 * On a busy machine wall times scatter; CPU time (also printed) holds up best.
 *
 * csv-parse stays the reference in test/readers/csv-reference.test.ts: both
 * must split the same tricky inputs into the same fields.
 */
import { UserError } from '../core/errors.js';
import { DEFAULT_MAX_RECORD_BYTES } from '../core/read-limits.js';
import type { Table } from '../core/table.js';
import { checkHeader, checkRequested } from './columns.js';
import { readPlainRecords } from './csv-plain-records.js';
import { CR, CsvTokenizer, detectDelimiter, headerLine, LF, QUOTE, UNQUOTED } from './csv-tokenizer.js';
import { recordTooLong } from './limits.js';
import type { ReadOptions } from './options.js';
import { ProgressReporter } from './progress.js';
import { ChunkReader, explainUtf8, type Source } from './source.js';
import { cellText, TextColumnBuilder } from './text-column-builder.js';

const COMMA = 44;
const TAB = 9;
const JOIN = 64 * 1024;

export function chooseDelimiter(source: Source, header: Uint8Array): number {
  if (source.format === 'tsv') return TAB;
  // A file named .csv is comma-separated unless its header has no comma at
  // all (European exports use ';' under the same extension).
  if (source.formatGiven && header.includes(COMMA)) return COMMA;
  return detectDelimiter(header);
}

/**
 * Feeds the file to a tokenizer buffer by buffer. Each yielded tokenizer is
 * positioned on a buffer; the consumer calls `next()` until it returns a
 * negative value, and what it left unread is carried over into the next buffer.
 *
 * A record longer than a buffer is waited for: chunks are held until there
 * are twice as many bytes (so that a huge quoted field is not re-scanned once
 * per chunk), and joined once. Never more than max-record-bytes of it are
 * held: a record still not complete then is an error naming its line.
 */
export async function* tokenize(
  input: AsyncIterable<Buffer>,
  file: string,
  delimiterOf: (header: Uint8Array) => number,
  /** The delimiter, for a part of a file that starts after the header (no header, no BOM). */
  headerless?: number,
  maxRecordBytes = DEFAULT_MAX_RECORD_BYTES,
): AsyncGenerator<CsvTokenizer> {
  const chunks = input[Symbol.asyncIterator]();
  let tokenizer: CsvTokenizer | null = headerless === undefined ? null : new CsvTokenizer(headerless, file, maxRecordBytes);
  /** The unread rest of the last buffer: the start of a record it cut. */
  let pending: Buffer | null = null;
  /** Chunks read while waiting for `wanted` bytes, not yet joined. */
  let held: Buffer[] = [];
  let heldBytes = 0;
  let wanted = 0;
  let first = headerless === undefined;
  // Enough to tell that a record is too long: its bytes, and one more to see
  // past a CR or a quote at the end of what was read.
  const enough = maxRecordBytes + 2;
  // A consumer that stops early (an error, enough rows) ends the chunks too,
  // so their file is closed now rather than by the garbage collector.
  try {
    for (;;) {
      const next = await chunks.next();
      const final = next.done === true;
      let chunk: Buffer | null = final ? null : next.value;
      if (wanted > 0) {
        if (chunk) {
          held.push(chunk);
          heldBytes += chunk.length;
        }
        if (!final && (pending?.length ?? 0) + heldBytes < wanted) continue;
        chunk = held.length === 0 ? null : held.length === 1 ? held[0] : Buffer.concat(held, heldBytes);
        held = [];
        heldBytes = 0;
      } else if (tokenizer && pending && chunk) {
        // The record cut by the end of the last chunk: finish it in a small
        // buffer joining the rest of the last chunk with the start of this one,
        // rather than copying the whole new chunk behind the rest.
        const joined = Buffer.concat([pending, chunk.subarray(0, JOIN)]);
        tokenizer.reset(joined, false);
        yield tokenizer;
        const used = tokenizer.pos - pending.length;
        if (used >= 0) {
          pending = null;
          chunk = chunk.subarray(used);
        }
      }
      let buf: Buffer = chunk === null ? (pending ?? Buffer.alloc(0)) : pending ? Buffer.concat([pending, chunk]) : chunk;
      if (first) {
        if (buf.length < 3 && !final) {
          pending = buf;
          continue;
        }
        if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
        first = false;
      }
      if (!tokenizer) {
        const header = headerLine(buf, final);
        if (header === null) {
          if (buf.length >= enough) throw recordTooLong(file, linesBefore(buf) + 1, maxRecordBytes, 'header line');
          pending = buf;
          wanted = Math.min(buf.length * 2, enough);
          continue;
        }
        tokenizer = new CsvTokenizer(delimiterOf(header), file, maxRecordBytes);
      }
      tokenizer.reset(buf, final);
      yield tokenizer;
      if (final) return;
      const rest = buf.length - tokenizer.pos;
      if (rest >= enough) throw tokenizer.tooLong(tokenizer.line, buf.indexOf(QUOTE, tokenizer.pos) >= 0);
      // A record longer than the buffer: wait for twice as much before trying again.
      wanted = tokenizer.pos === 0 ? Math.min(buf.length * 2, enough) : 0;
      pending = rest > 0 ? buf.subarray(tokenizer.pos) : null;
    }
  } finally {
    await chunks.return?.();
  }
}

/** The line breaks (LF, CRLF or CR) at the start of a buffer: the empty lines before a header. */
function linesBefore(buf: Buffer): number {
  let lines = 0;
  for (let i = 0; i < buf.length && (buf[i] === LF || buf[i] === CR); i++) {
    if (buf[i] === CR && buf[i + 1] === LF) i++;
    lines++;
  }
  return lines;
}

export function headerNames(tokenizer: CsvTokenizer, n: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < n; i++) names.push(cellText(tokenizer.buf, tokenizer.starts[i], tokenizer.ends[i], tokenizer.quoting[i]));
  return names;
}

function raggedRow(source: Source, tokenizer: CsvTokenizer, n: number, width: number): UserError {
  return new UserError(`${n} field${n === 1 ? '' : 's'}, the header has ${width}`, { file: source.display, line: tokenizer.recordLine });
}

function emptyFile(source: Source): UserError {
  return new UserError('empty file: expected a header line', { file: source.display });
}

/**
 * The row count of a plain (not gzip) file, estimated from the line length in
 * the first buffer, with 5% to spare: it sizes the number columns' storage so
 * that they need no copy at the end (text-column-builder.ts). 0 when unknown.
 */
function expectedRows(source: Source, tokenizer: CsvTokenizer, size: number): number {
  if (source.gzip) return 0;
  const buf = tokenizer.buf;
  let lines = 0;
  for (let i = buf.indexOf(10, tokenizer.pos); i >= 0; i = buf.indexOf(10, i + 1)) lines++;
  const sampled = buf.length - tokenizer.pos;
  if (lines === 0 || sampled <= 0) return 0;
  return Math.ceil(((size - tokenizer.pos) / sampled) * lines * 1.05);
}

/**
 * A byte range of a CSV file read on its own (csv-split.ts). The first part
 * starts at the file's start and holds the header; a later part starts at a
 * record boundary and takes the header's names and delimiter from the first.
 */
export interface CsvPart {
  start: number;
  end: number;
  header?: { names: string[]; delimiter: number };
}

/** A part's table, and the line breaks it spans (to number the next part's lines). */
export interface CsvPartRead {
  table: Table;
  lines: number;
}

export async function readCsvTable(source: Source, options: ReadOptions): Promise<Table> {
  try {
    return await readCsvTableUnchecked(source, options);
  } catch (err) {
    return explainUtf8(err, source);
  }
}

async function readCsvTableUnchecked(source: Source, options: ReadOptions): Promise<Table> {
  return (await readCsvPartUnchecked(source, options)).table;
}

/** Reads a part of a CSV file (the whole file when `part` is not given). Errors are not yet explained (explainUtf8). */
export async function readCsvPartUnchecked(source: Source, options: ReadOptions, part?: CsvPart): Promise<CsvPartRead> {
  const range = part ? { start: part.start, end: part.end } : undefined;
  const size = part ? part.end - part.start : source.size;
  // Nothing keeps a chunk: cells are copied out as numbers, codes or strings.
  const reader = new ChunkReader(source, true, { range, recycle: true });
  const progress = new ProgressReporter(source.display, options.progress);
  const maxRows = options.maxRows ?? Infinity;
  const wanted = options.columns ? new Set(options.columns) : null;
  const known = part?.header;
  let builders: (TextColumnBuilder | null)[] | null = null;
  let width = 0;
  let rows = 0;
  let rowLines = new Int32Array(1024);
  let delimiter = known?.delimiter ?? COMMA;
  let last: CsvTokenizer | null = null;
  // One builder per header name (null for a column not asked for), sized from the row estimate.
  const startColumns = (names: string[], tokenizer: CsvTokenizer): (TextColumnBuilder | null)[] => {
    const expected = Math.min(expectedRows(source, tokenizer, size), maxRows);
    if (expected > rowLines.length) rowLines = new Int32Array(expected);
    width = names.length;
    return names.map((name) => (wanted && !wanted.has(name) ? null : new TextColumnBuilder(name, options.keepText === true, expected, options.sharedNumbers === true)));
  };
  read: for await (const tokenizer of tokenize(reader.chunks(), source.display, (header) => chooseDelimiter(source, header), known?.delimiter, source.limits.maxRecordBytes)) {
    delimiter = tokenizer.delimiter;
    last = tokenizer;
    if (builders === null && known) {
      // A part after the first: its columns are the header's, and its first record is data.
      builders = startColumns(known.names, tokenizer);
    }
    for (;;) {
      if (builders !== null) {
        // As many records as the fast path takes (csv-plain-records.ts), then one through the tokenizer.
        rows = readPlainRecords(tokenizer, builders, rowLines, rows, maxRows, options.shortRow);
        if (rows >= maxRows) break read;
      }
      const n = tokenizer.next();
      if (n < 0) break;
      if (builders === null) {
        const names = headerNames(tokenizer, n);
        checkHeader(names, source.display, tokenizer.recordLine);
        checkRequested(options.columns, names, source.display);
        builders = startColumns(names, tokenizer);
        if (rows >= maxRows) break read;
        continue;
      }
      if (n !== width) {
        if (n > width || options.shortRow === undefined) throw raggedRow(source, tokenizer, n, width);
        options.shortRow(rows, n, tokenizer.recordLine);
      }
      const buf = tokenizer.buf;
      const starts = tokenizer.starts;
      const ends = tokenizer.ends;
      const quoting = tokenizer.quoting;
      const plain = tokenizer.plain;
      const numbers = tokenizer.numbers;
      for (let i = 0; i < n; i++) {
        const builder = builders[i];
        if (builder === null) continue;
        if (plain[i] === 1 && builder.takesNumbers) builder.addNumber(numbers[i]);
        else builder.add(buf, starts[i], ends[i], quoting[i]);
      }
      // The cells a short record lacks are empty, i.e. missing.
      for (let i = n; i < width; i++) builders[i]?.add(buf, 0, 0, UNQUOTED);
      if (rows === rowLines.length) {
        const grown = new Int32Array(rows * 2);
        grown.set(rowLines);
        rowLines = grown;
      }
      rowLines[rows++] = tokenizer.recordLine;
      if (rows >= maxRows) break read;
    }
    progress.update(rows, reader.bytesRead());
  }
  if (builders === null) throw emptyFile(source);
  const kept = builders.filter((b): b is TextColumnBuilder => b !== null);
  await fillDemotedPrefixes(source, builders, delimiter, part);
  progress.done(rows, reader.bytesRead());
  const table: Table = {
    source: source.display,
    columns: kept.map((b) => b.finish()),
    rowCount: rows,
    rowLines: rowLines.subarray(0, rows),
  };
  return { table, lines: last ? last.line - 1 : 0 };
}

/**
 * Second, partial read for columns that turned out to be text after some
 * numeric rows: fetches the text of those rows (see text-column-builder.ts).
 */
async function fillDemotedPrefixes(source: Source, builders: (TextColumnBuilder | null)[], delimiter: number, part?: CsvPart): Promise<void> {
  const late = builders.map((b, i) => ({ b, i })).filter((x): x is { b: TextColumnBuilder; i: number } => x.b !== null && x.b.demotedAt > 0);
  if (late.length === 0) return;
  const until = Math.max(...late.map((x) => x.b.demotedAt));
  const headerless = part?.header !== undefined;
  let row = headerless ? 0 : -1; // -1: the header
  const reader = new ChunkReader(source, false, { range: part ? { start: part.start, end: part.end } : undefined, recycle: true });
  read: for await (const tokenizer of tokenize(reader.chunks(), source.display, () => delimiter, headerless ? delimiter : undefined, source.limits.maxRecordBytes)) {
    for (;;) {
      const n = tokenizer.next();
      if (n < 0) break;
      if (row >= 0) {
        for (const { b, i } of late) {
          if (row < b.demotedAt) {
            const start = tokenizer.starts[i];
            const end = tokenizer.ends[i];
            b.fillPrefix(row, start === end ? null : cellText(tokenizer.buf, start, end, tokenizer.quoting[i]));
          }
        }
      }
      if (++row >= until) break read;
    }
  }
}

/** The rows of a CSV/TSV file one by one, as objects of text cells (null where empty). */
export async function* csvRecords(source: Source, options: ReadOptions): AsyncGenerator<{ record: Record<string, string | null>; line: number }> {
  const reader = new ChunkReader(source, true);
  const progress = new ProgressReporter(source.display, options.progress);
  const maxRows = options.maxRows ?? Infinity;
  let names: string[] | null = null;
  let picked: number[] = [];
  let rows = 0;
  try {
    read: for await (const tokenizer of tokenize(reader.chunks(), source.display, (header) => chooseDelimiter(source, header), undefined, source.limits.maxRecordBytes)) {
      const batch: { record: Record<string, string | null>; line: number }[] = [];
      for (;;) {
        const n = tokenizer.next();
        if (n < 0) break;
        if (names === null) {
          names = headerNames(tokenizer, n);
          checkHeader(names, source.display, tokenizer.recordLine);
          checkRequested(options.columns, names, source.display);
          const wanted = options.columns ? new Set(options.columns) : null;
          picked = names.map((_, i) => i).filter((i) => !wanted || wanted.has(names![i]));
          continue;
        }
        if (rows >= maxRows) break;
        if (n !== names.length) {
          // Hand over the good rows before this one first.
          for (const r of batch) yield r;
          throw raggedRow(source, tokenizer, n, names.length);
        }
        const record: Record<string, string | null> = {};
        for (const i of picked) {
          const start = tokenizer.starts[i];
          const end = tokenizer.ends[i];
          record[names[i]] = start === end ? null : cellText(tokenizer.buf, start, end, tokenizer.quoting[i]);
        }
        batch.push({ record, line: tokenizer.recordLine });
        rows++;
      }
      for (const r of batch) yield r;
      progress.update(rows, reader.bytesRead());
      if (rows >= maxRows) break read;
    }
  } catch (err) {
    await explainUtf8(err, source);
  }
  if (names === null) throw emptyFile(source);
  progress.done(rows, reader.bytesRead());
}
