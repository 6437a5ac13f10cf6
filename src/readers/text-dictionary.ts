/**
 * Dictionary encoding of a text column while the file is read: each distinct
 * cell text gets a code (0, 1, … in the order the texts are first added) and
 * a row holds its code, -1 where the cell is missing.
 *
 * Category columns (segments, regions, sensitive attributes, labels) repeat
 * a few values a million times. Held as strings, every row is a pointer the
 * garbage collector walks, and every consumer that counts or groups them
 * looks each string up in a Map again. Held as codes, a row is one Int32,
 * and counting is indexing (core/table.ts `StringColumn.dictionary`).
 *
 * A short ASCII cell is found by its bytes in an open-addressing hash table
 * (no string is decoded for a text seen before); any other cell (non-ASCII,
 * longer than 32 bytes, quoted with doubled quotes) is decoded and found by
 * its text. Both ways end at the one text → code Map, so equal texts always
 * get one code. A column with more than `MAX_DICTIONARY_LABELS` distinct
 * texts (ids, free text) is not a category column: `code` then returns -1
 * and the builder keeps strings instead.
 */
import { ASCII_CHARS, asciiHash, sameAscii } from './ascii-bytes.js';

export const MAX_DICTIONARY_LABELS = 4096;
/** A power of two, at least twice the labels, so probes stay short. */
const TABLE_SIZE = 8192;
const MAX_BYTES = 32;

export class TextDictionary {
  /** The distinct texts, by code. */
  readonly labels: string[] = [];
  private readonly index = new Map<string, number>();
  /** Code + 1 of the text whose bytes hash to a slot; 0 for an empty slot. */
  private readonly table = new Int32Array(TABLE_SIZE);
  /** Code of each one-character ASCII text, -1 until seen. */
  private readonly single = new Int32Array(128).fill(-1);

  /**
   * The code of the text buf[start, end) holds as it stands (a field with no
   * doubled quotes to undo), or -1 when the dictionary is full.
   */
  codeOfBytes(buf: Buffer, start: number, end: number): number {
    const length = end - start;
    if (length === 1) {
      const c = buf[start];
      if (c < 0x80) {
        const known = this.single[c];
        if (known >= 0) return known;
        return (this.single[c] = this.codeOfText(ASCII_CHARS[c]));
      }
    }
    const hash = length > MAX_BYTES ? -1 : asciiHash(buf, start, end);
    if (hash < 0) return this.codeOfText(buf.toString('utf8', start, end));
    let slot = hash & (TABLE_SIZE - 1);
    for (;;) {
      const code = this.table[slot] - 1;
      if (code < 0) break;
      if (sameAscii(this.labels[code], buf, start, end)) return code;
      slot = (slot + 1) & (TABLE_SIZE - 1);
    }
    // ASCII: latin1 and UTF-8 decode it alike.
    const code = this.codeOfText(buf.toString('latin1', start, end));
    // Each byte sequence is entered once, so the table holds at most
    // MAX_DICTIONARY_LABELS entries: at most half full.
    if (code >= 0) this.table[slot] = code + 1;
    return code;
  }

  /** The code of a text, added if new; -1 when the dictionary is full. */
  codeOfText(text: string): number {
    const known = this.index.get(text);
    if (known !== undefined) return known;
    if (this.labels.length >= MAX_DICTIONARY_LABELS) return -1;
    const code = this.labels.length;
    this.labels.push(text);
    this.index.set(text, code);
    return code;
  }
}
