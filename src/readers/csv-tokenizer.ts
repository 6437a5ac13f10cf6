/**
 * A byte-level RFC 4180 tokenizer: it finds where each field of a record
 * starts and ends in a buffer of bytes, without making strings, so that the
 * caller decides per column whether to parse a number from the bytes or
 * decode text.
 *
 * Rules (those of RFC 4180, and of csv-parse with `relax_quotes` and
 * `skip_empty_lines`, which the tests hold it to):
 * - records end at LF, CRLF or a lone CR; fields are separated by one
 *   delimiter byte;
 * - a field that starts with `"` is quoted: it may hold delimiters, line
 *   breaks and `""` (one quote); after its closing quote the next byte must
 *   be a delimiter, a line break or the end of the file;
 * - a `"` inside an unquoted field is an ordinary character;
 * - empty lines are skipped;
 * - text after a closing quote (`"x"y`) is an error, as in csv-parse's
 *   strict mode: it is nearly always a quote that should have been doubled,
 *   and guessing would silently change the data.
 *
 * One difference from csv-parse, on purpose: csv-parse takes the first line
 * break it meets as the only record separator, so in a file that mixes LF and
 * CRLF it reads a stray "\r" as a field; here every LF, CRLF and CR ends a
 * record.
 *
 * The tokenizer works on one buffer at a time. When a record runs past the
 * end of the buffer it returns NEED_MORE and leaves `pos` at the record's
 * start: the caller appends the next chunk to the rest and carries on.
 */
import { UserError } from '../core/errors.js';
import { DEFAULT_MAX_RECORD_BYTES } from '../core/read-limits.js';
import { recordTooLong } from './limits.js';

export const NEED_MORE = -1;
export const END = -2;

/** `quoting[i]` of a field: not quoted, quoted, quoted with `""` inside. */
export const UNQUOTED = 0;
export const QUOTED = 1;
export const QUOTED_ESCAPED = 2;

export const LF = 10;
export const CR = 13;
export const QUOTE = 34;
export const MINUS = 45;
export const DOT = 46;
/** Exact powers of ten: a plain decimal of at most 15 digits is its digits over one of them (Clinger's fast path). */
export const POW10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Why a quoted record is usually too long. */
export const QUOTE_HINT = 'a quote that is never closed makes one (a quote inside a quoted field is written as ""), else raise max-record-bytes';

export class CsvTokenizer {
  buf: Buffer = Buffer.alloc(0);
  /** Where the next record starts in `buf`. */
  pos = 0;
  /** The 1-based line at `pos`. */
  line = 1;
  /** The 1-based line the last record returned starts on. */
  recordLine = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  quoting = new Uint8Array(64);
  /**
   * `plain[i]` is 1 when field i is a plain decimal ([-]digits[.digits], at
   * most 15 digits, unquoted); `numbers[i]` is then its value, exact by
   * Clinger's fast path (see number-text.ts).
   */
  plain = new Uint8Array(64);
  numbers = new Float64Array(64);
  private final = false;

  constructor(
    readonly delimiter: number,
    /** The file, as the user named it, for errors. */
    private readonly file: string,
    /** The longest record, line break left out (max-record-bytes); a longer one is an error. */
    readonly maxRecordBytes = DEFAULT_MAX_RECORD_BYTES,
  ) {}

  /** Starts on a new buffer; `final` when no more data will follow it. */
  reset(buf: Buffer, final: boolean): void {
    this.buf = buf;
    this.pos = 0;
    this.final = final;
  }

  /**
   * Reads the next record: returns its number of fields (the offsets are in
   * `starts`/`ends`/`quoting`), NEED_MORE, or END at the end of the last buffer.
   */
  next(): number {
    const buf = this.buf;
    const len = buf.length;
    const delimiter = this.delimiter;
    let p = this.pos;
    let line = this.line;
    // Skip empty lines.
    for (;;) {
      if (p >= len) {
        this.pos = p;
        this.line = line;
        return this.final ? END : NEED_MORE;
      }
      const c = buf[p];
      if (c === LF) {
        p++;
        line++;
      } else if (c === CR) {
        if (p + 1 >= len && !this.final) {
          this.pos = p;
          this.line = line;
          return NEED_MORE;
        }
        p += buf[p + 1] === LF ? 2 : 1;
        line++;
      } else {
        break;
      }
    }
    const recordStart = p;
    const recordLine = line;
    let n = 0;
    for (;;) {
      if (n === this.starts.length) this.grow();
      let start: number;
      let end: number;
      if (p < len && buf[p] === QUOTE) {
        const quoteLine = line;
        let quoting = QUOTED;
        p++;
        start = p;
        for (;;) {
          if (p >= len) {
            if (this.final) throw new UserError('unterminated quoted field: the quote opened here is never closed', { file: this.file, line: quoteLine });
            return this.needMore(recordStart, recordLine);
          }
          const c = buf[p];
          if (c === QUOTE) {
            if (p + 1 >= len && !this.final) return this.needMore(recordStart, recordLine);
            if (buf[p + 1] === QUOTE) {
              quoting = QUOTED_ESCAPED;
              p += 2;
              continue;
            }
            break;
          }
          if (c === LF) line++;
          p++;
        }
        end = p;
        p++; // the closing quote
        if (p < len) {
          const c = buf[p];
          if (c !== delimiter && c !== LF && c !== CR) {
            throw new UserError(`field ${n + 1}: unexpected text after the closing quote (a quote inside a quoted field is written as "")`, {
              file: this.file,
              line,
            });
          }
        }
        this.quoting[n] = quoting;
        this.plain[n] = 0;
      } else {
        start = p;
        // While looking for the field's end, also read it as a plain decimal
        // ([-]digits[.digits], at most 15 digits): most numeric cells are
        // exactly that, and reading them here spares a second pass over their
        // bytes (see `plainNumber`).
        let mantissa = 0;
        let dot = -1;
        let plain = true;
        if (p < len && buf[p] === MINUS) p++;
        for (; p < len; p++) {
          const c = buf[p];
          const digit = c - 48;
          if (digit >>> 0 <= 9) {
            mantissa = mantissa * 10 + digit;
            continue;
          }
          if (c === delimiter || c === LF || c === CR) break;
          if (c === DOT && dot < 0) {
            dot = p;
            continue;
          }
          plain = false;
          for (p++; p < len; p++) {
            const c2 = buf[p];
            if (c2 === delimiter || c2 === LF || c2 === CR) break;
          }
          break;
        }
        end = p;
        if (p >= len && !this.final) return this.needMore(recordStart, recordLine);
        this.quoting[n] = UNQUOTED;
        const negative = buf[start] === MINUS;
        const digits = end - start - (negative ? 1 : 0) - (dot >= 0 ? 1 : 0);
        if (plain && digits > 0 && digits <= 15) {
          const value = dot < 0 ? mantissa : mantissa / POW10[end - dot - 1];
          this.numbers[n] = negative ? -value : value;
          this.plain[n] = 1;
        } else {
          this.plain[n] = 0;
        }
      }
      this.starts[n] = start;
      this.ends[n] = end;
      n++;
      if (p >= len) {
        if (!this.final) return this.needMore(recordStart, recordLine);
        if (p - recordStart > this.maxRecordBytes) throw this.tooLong(recordLine, this.quoting.subarray(0, n).some((q) => q !== UNQUOTED));
        break;
      }
      const c = buf[p];
      if (c === delimiter) {
        p++;
        continue;
      }
      if (p - recordStart > this.maxRecordBytes) throw this.tooLong(recordLine, this.quoting.subarray(0, n).some((q) => q !== UNQUOTED));
      if (c === LF) {
        p++;
      } else {
        // CR: look at the next byte for CRLF.
        if (p + 1 >= len && !this.final) return this.needMore(recordStart, recordLine);
        p += buf[p + 1] === LF ? 2 : 1;
      }
      line++;
      break;
    }
    this.pos = p;
    this.line = line;
    this.recordLine = recordLine;
    return n;
  }

  /** The error for a record longer than maxRecordBytes that starts on `line` (`quoted`: it has a quoted field). */
  tooLong(line: number, quoted: boolean): UserError {
    return recordTooLong(this.file, line, this.maxRecordBytes, 'record', quoted ? QUOTE_HINT : undefined);
  }

  private needMore(recordStart: number, recordLine: number): number {
    this.pos = recordStart;
    this.line = recordLine;
    return NEED_MORE;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const quoting = new Uint8Array(size);
    quoting.set(this.quoting);
    const plain = new Uint8Array(size);
    plain.set(this.plain);
    const numbers = new Float64Array(size);
    numbers.set(this.numbers);
    this.starts = starts;
    this.ends = ends;
    this.quoting = quoting;
    this.plain = plain;
    this.numbers = numbers;
  }
}

/**
 * The delimiter of a header line: among `,` `;` tab `|`, the one that occurs
 * most often outside quotes; `,` when none occurs (a one-column file) or on a tie.
 */
export function detectDelimiter(header: Uint8Array): number {
  const candidates = [44, 59, 9, 124];
  const counts = [0, 0, 0, 0];
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i];
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted) {
      if (c === LF || c === CR) break;
      const k = candidates.indexOf(c);
      if (k >= 0) counts[k]++;
    }
  }
  let best = 0;
  for (let k = 1; k < 4; k++) if (counts[k] > counts[best]) best = k;
  return candidates[best];
}

/** The header line's bytes (up to the first line break outside quotes), or null if buf does not hold all of it. */
export function headerLine(buf: Uint8Array, final: boolean): Uint8Array | null {
  let quoted = false;
  let i = 0;
  // Skip empty lines before the header, as the tokenizer does.
  while (i < buf.length && (buf[i] === LF || buf[i] === CR)) i++;
  const start = i;
  for (; i < buf.length; i++) {
    const c = buf[i];
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) return buf.subarray(start, i);
  }
  return final ? buf.subarray(start) : null;
}
