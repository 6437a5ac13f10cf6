/**
 * Reading a large CSV file in two halves at once: the main thread reads the
 * first half while a worker thread reads the second, then the halves are
 * joined. Reading is most of a gate's time on large files, and a runner has
 * at least two cores.
 *
 * Where to cut: after the first line break at or past the middle of the
 * file. That is a record boundary unless the line break sits inside a quoted
 * field, and only the first half can tell: it is read exactly as a whole-file
 * read would read it, so if it ends cleanly at the cut (no quoted field left
 * open) the cut is a record boundary of the whole file too. When it does not,
 * or when either half meets any error, or when a column comes out as numbers
 * in one half and text in the other, the file is read again whole, in one
 * thread: the result, and every error message, are exactly those of the
 * one-thread read (test/readers/csv-split.test.ts holds the two equal).
 *
 * Only plain (not gzip) CSV/TSV files of at least SPLIT_MIN_BYTES are cut:
 * below that, starting a worker costs more than it saves.
 */
import { open } from 'node:fs/promises';
import type { Progress } from '../core/gate.js';
import type { Column, Table } from '../core/table.js';
import { bundleUrl } from '../parallel/bundle-url.js';
import type { TaskResult } from '../parallel/tasks.js';
import { runWorkerTask } from '../parallel/worker-task.js';
import { checkHeader, checkRequested } from './columns.js';
import { chooseDelimiter, headerNames, readCsvPartUnchecked, readCsvTable, type CsvPart, type CsvPartRead } from './csv.js';
import { CsvTokenizer, headerLine } from './csv-tokenizer.js';
import type { ReadOptions } from './options.js';
import type { Source } from './source.js';

/** Files smaller than this are read in one thread (measured: a worker's start-up is about 40 ms). */
export const SPLIT_MIN_BYTES = 16 * 1024 * 1024;
const HEAD_BYTES = 1024 * 1024;
const PROBE_BYTES = 64 * 1024;

/** A file cut in two parts at a line break. */
export interface CsvSplit {
  source: Source;
  first: CsvPart;
  second: CsvPart;
}

/** What a worker needs to read the second part. */
export interface CsvPartRequest {
  source: Source;
  options: Pick<ReadOptions, 'columns' | 'keepText'>;
  part: CsvPart;
}

async function readAt(source: Source, position: number, length: number): Promise<Buffer> {
  const handle = await open(source.absolute, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buf, 0, length, position);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Where to cut a file (after `firstShare` of its bytes: the worker starts
 * later than the main thread, so a caller may give the main thread more),
 * or null when it is not worth cutting or cannot be cut
 * (too small, compressed, not CSV/TSV, limited to `maxRows`, a header that
 * the one-thread read should report on, no line break past the middle).
 */
export async function planCsvSplit(source: Source, options: ReadOptions, minBytes = SPLIT_MIN_BYTES, firstShare = 0.5): Promise<CsvSplit | null> {
  if (source.gzip || (source.format !== 'csv' && source.format !== 'tsv')) return null;
  if (options.maxRows !== undefined || source.size < minBytes) return null;
  const raw = await readAt(source, 0, Math.min(HEAD_BYTES, source.size));
  const bom = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? 3 : 0;
  const head = raw.subarray(bom);
  const whole = raw.length >= source.size;
  const header = headerLine(head, whole);
  if (header === null) return null;
  const delimiter = chooseDelimiter(source, header);
  const tokenizer = new CsvTokenizer(delimiter, source.display);
  tokenizer.reset(head, whole);
  let names: string[];
  try {
    const n = tokenizer.next();
    if (n < 0) return null;
    names = headerNames(tokenizer, n);
    checkHeader(names, source.display, tokenizer.recordLine);
    checkRequested(options.columns, names, source.display);
  } catch {
    return null; // the one-thread read reports it
  }
  const mid = Math.floor(source.size * firstShare);
  const probe = await readAt(source, mid, PROBE_BYTES);
  const lf = probe.indexOf(10);
  if (lf < 0) return null;
  const cut = mid + lf + 1;
  if (cut >= source.size || cut <= bom + tokenizer.pos) return null;
  return { source, first: { start: 0, end: cut }, second: { start: cut, end: source.size, header: { names, delimiter } } };
}

/** A table as plain data for postMessage: text columns as a dictionary and codes (one copy of each distinct string). */
export interface PackedTable {
  source: string;
  rowCount: number;
  rowLines: Int32Array | null;
  columns: (Extract<Column, { kind: 'number' }> | { kind: 'string'; name: string; dictionary: string[]; codes: Int32Array })[];
}

export function packTable(table: Table): { packed: PackedTable; transfer: ArrayBuffer[] } {
  const transfer = new Set<ArrayBuffer>();
  const columns: PackedTable['columns'] = table.columns.map((c) => {
    if (c.kind === 'number') {
      transfer.add(c.values.buffer as ArrayBuffer);
      if (c.missing) transfer.add(c.missing.buffer as ArrayBuffer);
      return c;
    }
    const index = new Map<string, number>();
    const dictionary: string[] = [];
    const codes = new Int32Array(c.values.length);
    for (let i = 0; i < codes.length; i++) {
      const v = c.values[i];
      if (v === null) {
        codes[i] = -1;
        continue;
      }
      let code = index.get(v);
      if (code === undefined) {
        code = dictionary.length;
        index.set(v, code);
        dictionary.push(v);
      }
      codes[i] = code;
    }
    transfer.add(codes.buffer);
    return { kind: 'string', name: c.name, dictionary, codes };
  });
  if (table.rowLines) transfer.add(table.rowLines.buffer as ArrayBuffer);
  return { packed: { source: table.source, rowCount: table.rowCount, rowLines: table.rowLines, columns }, transfer: [...transfer] };
}

export function unpackTable(p: PackedTable): Table {
  const columns: Column[] = p.columns.map((c) => {
    if (c.kind === 'number') return c;
    const values = new Array<string | null>(c.codes.length);
    for (let i = 0; i < values.length; i++) {
      const code = c.codes[i];
      values[i] = code < 0 ? null : c.dictionary[code];
    }
    return { kind: 'string', name: c.name, values };
  });
  return { source: p.source, rowCount: p.rowCount, rowLines: p.rowLines, columns };
}

/** Whether a number column has no present cell (so it may join a text column as all-missing cells). */
function allMissing(c: Extract<Column, { kind: 'number' }>): boolean {
  if (c.values.length === 0) return true;
  if (!c.missing) return false;
  for (let i = 0; i < c.missing.length; i++) if (c.missing[i] !== 1) return false;
  return true;
}

function asText(c: Column): (string | null)[] {
  return c.kind === 'string' ? c.values : new Array<string | null>(c.values.length).fill(null);
}

function concatColumn(a: Column, b: Column): Column | null {
  if (a.kind === 'number' && b.kind === 'number') {
    const n = a.values.length + b.values.length;
    const values = new Float64Array(n);
    values.set(a.values);
    values.set(b.values, a.values.length);
    let missing: Uint8Array | null = null;
    if (a.missing || b.missing) {
      missing = new Uint8Array(n);
      if (a.missing) missing.set(a.missing);
      if (b.missing) missing.set(b.missing, a.values.length);
    }
    const column: Column = { kind: 'number', name: a.name, values, missing };
    if (a.text && b.text) column.text = a.text.concat(b.text);
    return column;
  }
  // Numbers in one half, text in the other: only an all-missing half joins
  // without the cells' text (which a number column does not keep).
  if ((a.kind === 'number' && !allMissing(a)) || (b.kind === 'number' && !allMissing(b))) return null;
  return { kind: 'string', name: a.name, values: asText(a).concat(asText(b)) };
}

/** The two halves as one table, or null when a column's type differs between them. */
export function concatParts(first: CsvPartRead, second: Table): Table | null {
  const a = first.table;
  const columns: Column[] = [];
  for (let i = 0; i < a.columns.length; i++) {
    const joined = concatColumn(a.columns[i], second.columns[i]);
    if (!joined) return null;
    columns.push(joined);
  }
  let rowLines: Int32Array | null = null;
  if (a.rowLines && second.rowLines) {
    rowLines = new Int32Array(a.rowCount + second.rowCount);
    rowLines.set(a.rowLines);
    for (let i = 0; i < second.rowCount; i++) rowLines[a.rowCount + i] = second.rowLines[i] + first.lines;
  }
  return { source: a.source, columns, rowCount: a.rowCount + second.rowCount, rowLines };
}

/** The first part's options: its progress is the file's, but "done" waits for both halves. */
export function firstPartOptions(options: ReadOptions): ReadOptions {
  const progress = options.progress;
  return { ...options, progress: progress ? (p: Progress) => (p.done ? undefined : progress(p)) : undefined };
}

/** The worker's side (parallel/tasks.ts): read the second part and pack it. */
export async function csvPartTask(req: CsvPartRequest): Promise<TaskResult> {
  const read = await readCsvPartUnchecked(req.source, req.options, req.part);
  const { packed, transfer } = packTable(read.table);
  return { value: { packed, lines: read.lines }, transfer };
}

/** Reads the second part somewhere; the default runs it in a worker, or returns undefined when there is none. */
export type SecondPartRunner = (req: CsvPartRequest) => Promise<{ packed: PackedTable; lines: number }> | undefined;

const inWorker: SecondPartRunner = (req) => {
  const url = bundleUrl();
  return url ? runWorkerTask(url, 'csv-part', req) : undefined;
};

/** How readCsvTableSplit reads: the tests run the second part in this thread and on small files. */
export interface SplitHow {
  runSecond?: SecondPartRunner;
  minBytes?: number;
  /** Told why the file was read whole, in one thread, when it was. */
  onWhole?: (reason: string) => void;
  /** Told when the file was read in two parts. */
  onSplit?: () => void;
}

/**
 * Reads a CSV/TSV file into a table, in two threads when it is large enough
 * (see the top of this file); otherwise, or whenever the halves do not join,
 * exactly as readCsvTable does.
 */
export async function readCsvTableSplit(source: Source, options: ReadOptions, how: SplitHow = {}): Promise<Table> {
  const whole = (reason: string) => {
    how.onWhole?.(reason);
    return readCsvTable(source, options);
  };
  const split = await planCsvSplit(source, options, how.minBytes);
  if (!split) return whole('not cut');
  const second = (how.runSecond ?? inWorker)({ source, options: { columns: options.columns, keepText: options.keepText }, part: split.second });
  if (!second) return whole('no second thread');
  const [a, b] = await Promise.allSettled([readCsvPartUnchecked(source, firstPartOptions(options), split.first), second]);
  if (a.status === 'rejected') return whole(`the first part failed: ${String(a.reason)}`);
  if (b.status === 'rejected') return whole(`the second part failed: ${String(b.reason)}`);
  const joined = concatParts(a.value, unpackTable(b.value.packed));
  if (!joined) return whole('a column is numbers in one part and text in the other');
  options.progress?.({ file: source.display, rows: joined.rowCount, bytes: source.size, done: true });
  how.onSplit?.();
  return joined;
}
