/**
 * JSON Lines (one JSON object per line; blank lines skipped), streamed line
 * by line.
 */
import { UserError } from '../core/errors.js';
import type { Table } from '../core/table.js';
import { recordTooLong } from './limits.js';
import type { ReadOptions } from './options.js';
import { ProgressReporter } from './progress.js';
import { RecordTableBuilder } from './record-table-builder.js';
import { ChunkReader, explainUtf8, type Source } from './source.js';

const LF = 10;
const CR = 13;

/** What a JSON value is, for messages: "an array", "a string", ... */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : type === 'string' ? 'a string' : `a ${type}`;
}

/**
 * JSON.parse's message made into one short line: V8 quotes the whole input in
 * some messages ("Unexpected token '}', "{...}" is not valid JSON"), which
 * for a long record would flood the error line. Returns the message and the
 * offset of the error in the input where V8 gives one.
 */
export function jsonParseError(err: unknown): { message: string; position?: number } {
  const raw = err instanceof Error ? err.message : String(err);
  const at = /at position (\d+)/.exec(raw);
  const message = raw
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/\s+/g, ' ')
    .slice(0, 200);
  return at ? { message, position: Number(at[1]) } : { message };
}

function isBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * Every JSON object of the file with the line it is on. A line cut by the
 * end of a chunk is held in pieces and joined once its end is found, so a
 * long line costs one copy; a line longer than max-record-bytes is an error
 * as soon as that many bytes of it are held.
 */
export async function* jsonlObjects(source: Source, reader: ChunkReader): AsyncGenerator<{ record: Record<string, unknown>; line: number }[]> {
  const maxRecordBytes = source.limits.maxRecordBytes;
  const tooLong = () => recordTooLong(source.display, line, maxRecordBytes, 'line');
  /** The start of the current line, cut by the ends of chunks. */
  let held: Buffer[] = [];
  let heldBytes = 0;
  let line = 1;
  let first = true;
  const parseLine = (buf: Buffer, start: number, end: number, out: { record: Record<string, unknown>; line: number }[]) => {
    if (first) {
      first = false;
      if (buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf) start += 3;
    }
    if ((buf[end - 1] === CR ? end - 1 : end) - start > maxRecordBytes) throw tooLong();
    if (!isBlank(buf, start, end)) {
      let value: unknown;
      try {
        value = JSON.parse(buf.toString('utf8', start, end));
      } catch (err) {
        throw new UserError(`malformed JSON: ${jsonParseError(err).message}`, { file: source.display, line });
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new UserError(`expected a JSON object on each line, found ${describeJson(value)}`, { file: source.display, line });
      }
      out.push({ record: value as Record<string, unknown>, line });
    }
    line++;
  };
  /** The held start of a line and `end` bytes of `chunk`, as one buffer. */
  const takeHeld = (chunk: Buffer, end: number): Buffer => {
    const whole = Buffer.concat([...held, chunk.subarray(0, end)], heldBytes + end);
    held = [];
    heldBytes = 0;
    return whole;
  };
  try {
    // The chunks are not recycled (the reader is made without `recycle`): held pieces stay valid.
    for await (const chunk of reader.chunks()) {
      const out: { record: Record<string, unknown>; line: number }[] = [];
      let start = 0;
      let nl = chunk.indexOf(LF);
      if (heldBytes > 0) {
        if (nl < 0) {
          held.push(chunk);
          heldBytes += chunk.length;
          if (heldBytes > maxRecordBytes + 1) throw tooLong(); // + 1: a CR before the LF is not counted
          continue;
        }
        if (heldBytes + nl > maxRecordBytes + 1) throw tooLong();
        const whole = takeHeld(chunk, nl);
        parseLine(whole, 0, whole.length, out);
        start = nl + 1;
        nl = chunk.indexOf(LF, start);
      }
      for (; nl >= 0; nl = chunk.indexOf(LF, start)) {
        parseLine(chunk, start, nl, out);
        start = nl + 1;
      }
      if (start < chunk.length) {
        held.push(chunk.subarray(start));
        heldBytes = chunk.length - start;
      }
      yield out;
    }
    if (heldBytes > 0) {
      const out: { record: Record<string, unknown>; line: number }[] = [];
      const whole = takeHeld(Buffer.alloc(0), 0);
      parseLine(whole, 0, whole.length, out);
      yield out;
    }
  } catch (err) {
    await explainUtf8(err, source);
  }
}

export async function readJsonlTable(source: Source, options: ReadOptions): Promise<Table> {
  const reader = new ChunkReader(source, true);
  const progress = new ProgressReporter(source.display, options.progress);
  const builder = new RecordTableBuilder(source.display, options, true);
  const maxRows = options.maxRows ?? Infinity;
  let any = false;
  read: for await (const batch of jsonlObjects(source, reader)) {
    for (const { record, line } of batch) {
      any = true;
      if (builder.rows >= maxRows) break read;
      builder.add(record, line);
    }
    progress.update(builder.rows, reader.bytesRead());
  }
  if (!any) throw new UserError('empty file: no JSON objects', { file: source.display });
  progress.done(builder.rows, reader.bytesRead());
  return builder.finish();
}
