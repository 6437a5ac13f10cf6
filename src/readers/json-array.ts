/**
 * A JSON file holding one array of objects, streamed: a small scanner finds
 * each top-level object's bytes (tracking strings and nesting), and only that
 * object is handed to JSON.parse, so neither the file nor a string of it is
 * ever held whole, and errors can name the line of the object concerned.
 */
import { UserError } from '../core/errors.js';
import type { Table } from '../core/table.js';
import type { ReadOptions } from './options.js';
import { ProgressReporter } from './progress.js';
import { RecordTableBuilder } from './record-table-builder.js';
import { jsonParseError } from './jsonl.js';
import { recordTooLong } from './limits.js';
import { ChunkReader, explainUtf8, type Source } from './source.js';

const LF = 10;
const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;

type Batch = { record: Record<string, unknown>; line: number }[];

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** What the JSON value starting with byte c is, for messages. */
function describeStart(c: number): string {
  if (c === OPEN_BRACKET) return 'an array';
  if (c === OPEN_BRACE) return 'an object';
  if (c === QUOTE) return 'a string';
  if (c === 0x74 || c === 0x66) return 'a boolean';
  if (c === 0x6e) return 'null';
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return 'a number';
  return `"${String.fromCharCode(c)}"`;
}

/** Index of the brace closing the object that opens at `start`, or -1 if buf ends first. */
function objectEnd(buf: Buffer, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < buf.length; i++) {
    const c = buf[i];
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Line feeds in buf[start, end). The search stays inside the range: past it, a buffer without one would be scanned to its end for every object. */
function countLines(buf: Buffer, start: number, end: number): number {
  const range = buf.subarray(start, end);
  let n = 0;
  for (let i = range.indexOf(LF); i >= 0; i = range.indexOf(LF, i + 1)) n++;
  return n;
}

export async function* jsonArrayObjects(source: Source, reader: ChunkReader): AsyncGenerator<Batch> {
  const file = source.display;
  const maxRecordBytes = source.limits.maxRecordBytes;
  let state: 'before' | 'inside' | 'after' = 'before';
  let afterElement = false;
  let afterComma = false;
  let line = 1;
  /** The start of an object cut by the end of the last buffer. */
  let pending: Buffer | null = null;
  /** Chunks read while waiting for `wanted` bytes (an object longer than a buffer), joined once. */
  let held: Buffer[] = [];
  let heldBytes = 0;
  let wanted = 0;
  let first = true;
  const chunks = reader.chunks()[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await chunks.next();
      const final = next.done === true;
      if (!final) {
        held.push(next.value);
        heldBytes += next.value.length;
      }
      if (!final && (pending?.length ?? 0) + heldBytes < wanted) continue;
      let buf: Buffer = !pending && held.length === 1 ? held[0] : Buffer.concat(pending ? [pending, ...held] : held, (pending?.length ?? 0) + heldBytes);
      held = [];
      heldBytes = 0;
      if (first) {
        if (buf.length < 3 && !final) {
          pending = buf;
          continue;
        }
        if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
        first = false;
      }
      const out: Batch = [];
      let p = 0;
      let carry = -1;
      while (p < buf.length) {
        const c = buf[p];
        if (isSpace(c)) {
          if (c === LF) line++;
          p++;
          continue;
        }
        if (state === 'before') {
          if (c !== OPEN_BRACKET) {
            const hint = c === OPEN_BRACE ? ' (for one object per line, name the file .jsonl)' : '';
            throw new UserError(`expected a JSON array of objects, found ${describeStart(c)}${hint}`, { file, line });
          }
          state = 'inside';
          p++;
        } else if (state === 'after') {
          throw new UserError('unexpected text after the end of the JSON array', { file, line });
        } else if (c === CLOSE_BRACKET) {
          if (afterComma) throw new UserError('a comma before "]" (trailing commas are not JSON)', { file, line });
          state = 'after';
          p++;
        } else if (c === COMMA) {
          if (!afterElement) throw new UserError('unexpected ","', { file, line });
          afterElement = false;
          afterComma = true;
          p++;
        } else if (c === OPEN_BRACE) {
          if (afterElement) throw new UserError('missing "," between two objects of the array', { file, line });
          const end = objectEnd(buf, p);
          if (end < 0) {
            if (final) throw new UserError('unterminated JSON object: the file ends inside it', { file, line });
            if (buf.length - p > maxRecordBytes) throw recordTooLong(file, line, maxRecordBytes, 'object');
            carry = p;
            break;
          }
          if (end + 1 - p > maxRecordBytes) throw recordTooLong(file, line, maxRecordBytes, 'object');
          const text = buf.toString('utf8', p, end + 1);
          let value: Record<string, unknown>;
          try {
            value = JSON.parse(text) as Record<string, unknown>;
          } catch (err) {
            const { message, position } = jsonParseError(err);
            const errorLine = line + (position ? countLines(Buffer.from(text.slice(0, position)), 0, Infinity) : 0);
            throw new UserError(`malformed JSON: ${message}`, { file, line: errorLine });
          }
          out.push({ record: value, line });
          line += countLines(buf, p, end);
          afterElement = true;
          afterComma = false;
          p = end + 1;
        } else {
          throw new UserError(`expected an object as each element of the array, found ${describeStart(c)}`, { file, line });
        }
      }
      yield out;
      if (final) break;
      if (carry >= 0) {
        // An object longer than the buffer: wait for twice as much (at most
        // enough to tell it is too long) rather than re-scan it every chunk.
        wanted = carry === 0 ? Math.min(buf.length * 2, maxRecordBytes + 1) : 0;
        pending = buf.subarray(carry);
      } else {
        wanted = 0;
        pending = null;
      }
    }
  } catch (err) {
    await explainUtf8(err, source);
  }
  if (state === 'before') throw new UserError('empty file: expected a JSON array of objects', { file });
  if (state === 'inside') throw new UserError('unterminated JSON array: "]" is missing at the end', { file, line });
}

export async function readJsonArrayTable(source: Source, options: ReadOptions): Promise<Table> {
  const reader = new ChunkReader(source, true);
  const progress = new ProgressReporter(source.display, options.progress);
  const builder = new RecordTableBuilder(source.display, options, false);
  const maxRows = options.maxRows ?? Infinity;
  read: for await (const batch of jsonArrayObjects(source, reader)) {
    for (const { record, line } of batch) {
      if (builder.rows >= maxRows) break read;
      builder.add(record, line);
    }
    progress.update(builder.rows, reader.bytesRead());
  }
  progress.done(builder.rows, reader.bytesRead());
  return builder.finish();
}
