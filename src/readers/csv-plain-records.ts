/**
 * The CSV reader's fast path: records that lie whole in the buffer and hold
 * no quote character are split and stored in one pass, each cell going
 * straight from its bytes to its column (a plain decimal as a number, any
 * other cell through TextColumnBuilder.add), instead of the tokenizer first
 * writing every field's offsets, flags and value to arrays that a second
 * loop reads back (csv-tokenizer.ts `next`). On numeric files that second
 * round trip was more than half of the reading time (the drift-check
 * benchmark's 1,000,000 × 20 file: about 0.45 s for 55% of it before, see
 * docs/gates/drift-check.md for after).
 *
 * The rules are the tokenizer's, restricted to what such records can hold:
 * fields end at the delimiter, records at LF, CRLF or a lone CR, and a plain
 * decimal is [-]digits[.digits] with at most 15 digits, read exactly as the
 * tokenizer reads it. Everything else is left to the tokenizer: it stops,
 * before touching the record, at an empty line, a record not complete in the
 * buffer and a record with a quote anywhere in it (a quote opens a quoted
 * field only at a field's start, but such records are rare enough to leave
 * whole to the general path). The cases found only after some cells are
 * stored are a record with the wrong number of fields and one longer than
 * max-record-bytes: it stops there, and the tokenizer reads the record again
 * and fails the read with its exact message (a short record, when the caller
 * takes them (ReadOptions.shortRow), is completed here with missing cells
 * instead).
 */
import { CR, DOT, LF, MINUS, POW10, QUOTE, UNQUOTED, type CsvTokenizer } from './csv-tokenizer.js';
import type { TextColumnBuilder } from './text-column-builder.js';

/**
 * Reads plain records from the tokenizer's buffer at its position into
 * `builders` (one per field; null for a column not read), writing each
 * record's line to `rowLines[rows]`, while `rows` stays below `limit` (and
 * the room in `rowLines`). Returns the new row count; the tokenizer's
 * position and line are moved past the records read.
 */
export function readPlainRecords(
  t: CsvTokenizer,
  builders: (TextColumnBuilder | null)[],
  rowLines: Int32Array,
  rows: number,
  limit: number,
  shortRow?: (row: number, fields: number, line: number) => void,
): number {
  const buf = t.buf;
  const len = buf.length;
  const delimiter = t.delimiter;
  const width = builders.length;
  const maxRecordBytes = t.maxRecordBytes;
  const last = Math.min(limit, rowLines.length);
  let p = t.pos;
  let line = t.line;
  // A record that starts at or before the buffer's last LF ends in the buffer
  // (at that LF or an earlier line break); one search per call, not per record.
  const lastLf = buf.lastIndexOf(LF);
  // The first quote at or after the record start (len: none), and, only while
  // there is one, the first LF, to tell whether the quote is in this record.
  let quote = -1;
  let lf = -1;
  records: while (rows < last) {
    if (p > lastLf) break; // the record may go on in the next chunk
    if (quote < p) {
      quote = buf.indexOf(QUOTE, p);
      if (quote < 0) quote = len;
    }
    if (quote < len) {
      if (lf < p) lf = buf.indexOf(LF, p);
      if (quote < lf) break;
    }
    const first = buf[p];
    if (first === LF || first === CR) break; // an empty line
    const recordStart = p;
    // Every field below ends at a delimiter, LF or CR at or before `lastLf`, so no bounds checks.
    for (let i = 0; ; i++) {
      // The field scan of CsvTokenizer.next for an unquoted field, kept inline
      // here as there: it runs once per cell, and its three results (end,
      // digits, dot) would have to leave a helper through memory.
      const start = p;
      let mantissa = 0;
      let dot = -1;
      let plain = true;
      if (buf[p] === MINUS) p++;
      for (; ; p++) {
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
        for (p++; ; p++) {
          const c2 = buf[p];
          if (c2 === delimiter || c2 === LF || c2 === CR) break;
        }
        break;
      }
      if (i === width) {
        p = recordStart;
        break records; // too many fields: the tokenizer says so
      }
      const builder = builders[i];
      if (builder !== null) {
        const negative = buf[start] === MINUS;
        const digits = p - start - (negative ? 1 : 0) - (dot >= 0 ? 1 : 0);
        if (plain && digits > 0 && digits <= 15 && builder.takesNumbers) {
          const value = dot < 0 ? mantissa : mantissa / POW10[p - dot - 1];
          builder.addNumber(negative ? -value : value);
        } else {
          builder.add(buf, start, p, UNQUOTED);
        }
      }
      const c = buf[p];
      if (c === delimiter) {
        p++;
        continue;
      }
      if (p - recordStart > maxRecordBytes) {
        p = recordStart;
        break records; // longer than max-record-bytes: the tokenizer says so
      }
      if (i !== width - 1) {
        if (shortRow === undefined) {
          p = recordStart;
          break records; // too few fields: the tokenizer says so
        }
        // Too few fields, and the caller takes short records: the cells stored so far stay, the rest are missing.
        for (let k = i + 1; k < width; k++) builders[k]?.add(buf, p, p, UNQUOTED);
        shortRow(rows, i + 1, line);
      }
      p += c === CR && buf[p + 1] === LF ? 2 : 1;
      break;
    }
    rowLines[rows++] = line;
    line++;
  }
  if (line > t.line) t.recordLine = line - 1;
  t.pos = p;
  t.line = line;
  return rows;
}
