/**
 * JSON Lines (one JSON object per line; blank lines skipped), streamed line
 * by line.
 */
import { UserError } from '../core/errors.js';
import type { Table } from '../core/table.js';
import type { ReadOptions } from './options.js';
import { ProgressReporter } from './progress.js';
import { RecordTableBuilder } from './record-table-builder.js';
import { ChunkReader, explainUtf8, type Source } from './source.js';

const LF = 10;

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

/** Every JSON object of the file with the line it is on. */
export async function* jsonlObjects(source: Source, reader: ChunkReader): AsyncGenerator<{ record: Record<string, unknown>; line: number }[]> {
  let pending: Buffer | null = null;
  let line = 1;
  let first = true;
  const parseLine = (buf: Buffer, start: number, end: number, out: { record: Record<string, unknown>; line: number }[]) => {
    if (first) {
      first = false;
      if (buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf) start += 3;
    }
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
  try {
    for await (const chunk of reader.chunks()) {
      const buf: Buffer = pending ? Buffer.concat([pending, chunk]) : chunk;
      const out: { record: Record<string, unknown>; line: number }[] = [];
      let start = 0;
      for (let nl = buf.indexOf(LF); nl >= 0; nl = buf.indexOf(LF, start)) {
        parseLine(buf, start, nl, out);
        start = nl + 1;
      }
      pending = start < buf.length ? buf.subarray(start) : null;
      yield out;
    }
    if (pending) {
      const out: { record: Record<string, unknown>; line: number }[] = [];
      parseLine(pending, 0, pending.length, out);
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
