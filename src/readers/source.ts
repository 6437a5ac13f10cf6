/**
 * Opening a data file: resolving the path, the checks every format shares
 * (missing file, directory, empty file, a size past max-input-bytes), gzip,
 * the format, and reading the (decompressed) bytes in chunks, never the
 * whole file at once, and never more than max-input-bytes of them.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { constants, createGunzip } from 'node:zlib';
import { UserError } from '../core/errors.js';
import type { ReadLimits } from '../core/read-limits.js';
import { dataTooLarge, fileTooLarge, limitsOf } from './limits.js';
import type { Format, ReadOptions } from './options.js';
import { InvalidUtf8Error, Utf8Guard } from './utf8.js';

export interface Source {
  /** The path as the user wrote it, for messages. */
  display: string;
  absolute: string;
  gzip: boolean;
  format: Format;
  /** Whether the extension or the caller named the format (else it was sniffed). */
  formatGiven: boolean;
  /** Size of the file on disk (compressed size for .gz). */
  size: number;
  /** What reading the file may hold (core/read-limits.ts). */
  limits: ReadLimits;
}

const CHUNK = 1 << 20;

const EXTENSIONS: Record<string, Format> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'json',
  parquet: 'parquet',
  pq: 'parquet',
};

/** The format the file name says, after stripping ".gz", if it says one. */
export function formatFromName(path: string): Format | undefined {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : EXTENSIONS[name.slice(dot + 1)];
}

export async function openSource(path: string, options: ReadOptions = {}): Promise<Source> {
  const absolute = resolve(options.cwd ?? process.cwd(), path);
  let size: number;
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) throw new UserError('is a directory, not a data file', { file: path });
    size = info.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError('file not found', { file: path });
    throw new UserError(`cannot read the file (${code ?? String(err)})`, { file: path });
  }
  if (size === 0) throw new UserError('empty file', { file: path });
  const limits = limitsOf(options);
  const head = await readHead(absolute, path);
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  // A .gz is counted as it is decompressed (ChunkReader), its size on disk says little.
  if (!gzip && size > limits.maxInputBytes) throw fileTooLarge(path, size, limits.maxInputBytes);
  const given = formatFromName(path) ?? options.format;
  const format = given ?? sniffFormat(gzip ? await gunzipHead(head, path) : head);
  return { display: path, absolute, gzip, format, formatGiven: given !== undefined, size, limits };
}

async function readHead(absolute: string, display: string): Promise<Buffer> {
  const handle = await open(absolute, 'r').catch((err: NodeJS.ErrnoException) => {
    throw new UserError(`cannot read the file (${err.code ?? err.message})`, { file: display });
  });
  try {
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * The start of a gzip stream's content (its first 64 KiB at most), from its
 * first bytes (which may end mid-stream). Only the first piece is
 * decompressed: 64 KiB of a bomb would expand to 64 MB.
 */
function gunzipHead(head: Buffer, display: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const gunzip = createGunzip({ chunkSize: 64 * 1024, finishFlush: constants.Z_SYNC_FLUSH }); // the head is a truncated stream
    gunzip.once('data', (chunk: Buffer) => {
      resolve(chunk);
      gunzip.destroy();
    });
    gunzip.once('end', () => resolve(Buffer.alloc(0)));
    gunzip.once('error', (err) => reject(gzipError(err, display)));
    gunzip.end(head);
  });
}

/** Guesses the format from the first bytes: Parquet's magic, a JSON array, JSON Lines, else CSV. */
export function sniffFormat(head: Buffer): Format {
  if (head.subarray(0, 4).toString('latin1') === 'PAR1') return 'parquet';
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  if (head[i] === 0x5b /* [ */) return 'json';
  if (head[i] === 0x7b /* { */) return 'jsonl';
  return 'csv';
}

export function gzipError(err: unknown, display: string): UserError {
  const reason = err instanceof Error ? err.message : String(err);
  return new UserError(`not a valid gzip file (${reason})`, { file: display });
}

export interface ChunkOptions {
  /** Bytes [start, end) of a plain file only (csv-split.ts reads a file in parts). */
  range?: { start: number; end: number };
  /**
   * The consumer keeps no chunk once it asks for the next but one (it copies
   * what it keeps: numbers, strings): a plain file is then read into three
   * buffers in turn instead of a fresh megabyte per chunk. A fresh buffer is
   * memory the process has to fault in, the collector has to free and the
   * kernel has to unmap at exit; on a 127 MB file that was about 30 ms.
   */
  recycle?: boolean;
}

/**
 * The file's (decompressed) bytes, chunk by chunk, checked to be UTF-8 when
 * `utf8` is set. `bytesRead()` tells how many bytes of the file were read so far.
 */
export class ChunkReader {
  private file: ReturnType<typeof createReadStream> | null = null;
  private read = 0;

  constructor(
    private readonly source: Source,
    private readonly utf8: boolean,
    private readonly options: ChunkOptions = {},
  ) {}

  bytesRead(): number {
    return this.file?.bytesRead ?? this.read;
  }

  async *chunks(): AsyncGenerator<Buffer> {
    if (this.options.recycle && !this.source.gzip) {
      yield* this.recycledChunks();
      return;
    }
    const range = this.options.range;
    const file = createReadStream(this.source.absolute, { highWaterMark: CHUNK, ...(range ? { start: range.start, end: range.end - 1 } : {}) });
    this.file = file;
    const gunzip = this.source.gzip ? createGunzip({ chunkSize: CHUNK }) : null;
    if (gunzip) {
      file.on('error', (err) => gunzip.destroy(err));
      file.pipe(gunzip);
    }
    const stream = gunzip ?? file;
    const guard = this.utf8 ? new Utf8Guard() : null;
    // A plain file's size was checked when it was opened; a .gz is checked as it expands.
    const limit = gunzip ? this.source.limits.maxInputBytes : Infinity;
    let expanded = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        expanded += chunk.length;
        if (expanded > limit) throw dataTooLarge(this.source.display, limit);
        guard?.check(chunk);
        yield chunk;
      }
      guard?.end();
    } catch (err) {
      if (gunzip && (err as { code?: string }).code?.startsWith('Z_')) throw gzipError(err, this.source.display);
      throw err;
    } finally {
      file.destroy();
      gunzip?.destroy();
    }
  }

  /**
   * A plain file in chunks read into three buffers in turn, the next read
   * under way while the consumer works on this chunk: the chunk it is given,
   * the one before (which it may still hold a tail of) and the one being
   * read are always three different buffers.
   */
  private async *recycledChunks(): AsyncGenerator<Buffer> {
    const end = this.options.range?.end ?? Infinity;
    let position = this.options.range?.start ?? 0;
    const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
    const handle = await open(this.source.absolute, 'r');
    const readInto = (buffer: Buffer): Promise<number> => {
      const want = Math.min(CHUNK, end - position);
      if (want <= 0) return Promise.resolve(0);
      const reading = handle.read(buffer, 0, want, position).then((r) => r.bytesRead);
      reading.catch(() => undefined); // seen by the await below, or dropped when the consumer stops early
      return reading;
    };
    const guard = this.utf8 ? new Utf8Guard() : null;
    let turn = 0;
    let pending = readInto(buffers[0]);
    try {
      for (;;) {
        const n = await pending;
        if (n === 0) break;
        position += n;
        this.read += n;
        const chunk = buffers[turn].subarray(0, n);
        turn = (turn + 1) % 3;
        pending = readInto(buffers[turn]);
        guard?.check(chunk);
        yield chunk;
      }
      guard?.end();
    } finally {
      await handle.close(); // waits for a read still under way
    }
  }
}

/** The 1-based line of a byte offset of the (decompressed) file: only for error messages. */
export async function lineAtOffset(source: Source, offset: number): Promise<number> {
  let line = 1;
  let seen = 0;
  for await (const chunk of new ChunkReader(source, false).chunks()) {
    const end = Math.min(chunk.length, offset - seen);
    for (let i = chunk.indexOf(10); i >= 0 && i < end; i = chunk.indexOf(10, i + 1)) line++;
    seen += chunk.length;
    if (seen >= offset) break;
  }
  return line;
}

/** Turns the internal invalid-UTF-8 signal into a UserError naming the line. */
export async function explainUtf8(err: unknown, source: Source): Promise<never> {
  if (!(err instanceof InvalidUtf8Error)) throw err;
  const line = await lineAtOffset(source, err.offset);
  const hex = `0x${err.byte.toString(16).padStart(2, '0')}`;
  const utf16 = err.offset <= 1 && (err.byte === 0xff || err.byte === 0xfe);
  const hint = utf16 ? 'the file looks like UTF-16; save it as UTF-8' : 'save the file as UTF-8';
  throw new UserError(`invalid UTF-8 (byte ${hex}); ${hint}`, { file: source.display, line });
}
