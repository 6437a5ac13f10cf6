/**
 * Cutting a large CSV file in two, so that two threads can each read one
 * part at once (drift-check reads and sorts its current file this way:
 * gates/drift-check/current-in-parts.ts). Reading is most of a gate's time
 * on large files, and a runner has at least two cores.
 *
 * Where to cut: after the first line break at or past a share of the file
 * (half by default). That is a record boundary unless the line break sits
 * inside a quoted field, and only the first part can tell: read with
 * readCsvPartUnchecked (csv.ts), it is read exactly as a whole-file read
 * would read it, so if it ends cleanly at the cut (no quoted field left
 * open) the cut is a record boundary of the whole file too. A caller that
 * meets any error in either part, or parts that do not join exactly, reads
 * the file again whole in one thread, so that its result and every error
 * message are those of the one-thread read (test/readers/csv-split.test.ts).
 *
 * Only plain (not gzip) CSV/TSV files of at least SPLIT_MIN_BYTES are cut.
 * For a whole table (every column type, text joined across threads), cutting
 * measured no faster than one thread on the benchmark files: text must be
 * copied between threads and the halves joined. It pays where each thread
 * also does work on its part that would otherwise be serial (drift-check's
 * sorting).
 */
import { open } from 'node:fs/promises';
import type { Progress } from '../core/gate.js';
import { checkHeader, checkRequested } from './columns.js';
import { chooseDelimiter, headerNames, type CsvPart } from './csv.js';
import { CsvTokenizer, headerLine } from './csv-tokenizer.js';
import type { ReadOptions } from './options.js';
import type { Source } from './source.js';

/**
 * Files smaller than this are read in one thread: starting a worker and
 * joining the parts cost more than they save (measured on the 11 MB
 * fairness benchmark file: 0.56 s cut against 0.46 s whole).
 */
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
 * the one-thread read should report on, no line break after the share).
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
  const tokenizer = new CsvTokenizer(delimiter, source.display, source.limits.maxRecordBytes);
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

/** The first part's options: its progress is the file's, but "done" waits for both halves. */
export function firstPartOptions(options: ReadOptions): ReadOptions {
  const progress = options.progress;
  return { ...options, progress: progress ? (p: Progress) => (p.done ? undefined : progress(p)) : undefined };
}
