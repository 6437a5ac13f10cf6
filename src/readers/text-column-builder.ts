/**
 * Builds one column of a table from the cells of a text file (CSV, TSV),
 * deciding its type as it goes.
 *
 * A column starts as a number column and stays one while every present cell
 * parses as a number (see number-text.ts); its values go straight from the
 * file's bytes into Float64Array blocks without ever becoming strings. At the
 * first cell that is not a number it turns into a string column. The cells
 * before that point were kept only as numbers, so their text is filled in
 * afterwards by a second, partial read of the file (`fillPrefix`), unless
 * `keepText` kept it anyway. This keeps the common case (numeric columns)
 * fast and small, at the cost of re-reading a prefix of the file for a column
 * that turns out to be text late.
 *
 * A text column is dictionary-encoded while it has few distinct values
 * (text-dictionary.ts): codes instead of a million strings. Past
 * MAX_DICTIONARY_LABELS distinct values it turns to plain strings.
 *
 * Values are stored in blocks rather than in an array that doubles, so
 * nothing is copied while reading. The first block is sized from the
 * reader's estimate of the row count; when the estimate holds, that block is
 * the column (a view of its first rows, no copy); when it does not, the blocks
 * are copied once into an exact-size array at the end.
 */
import { dictionaryColumn, type Column } from '../core/table.js';
import { ASCII_CHARS, asciiHash, sameAscii } from './ascii-bytes.js';
import { parseNumberInto } from './number-text.js';
import { TextDictionary } from './text-dictionary.js';

const QUOTE_ESCAPED = 2;
const BLOCK = 1 << 16;
const CACHE_SIZE = 1024;
const CACHE_MAX_LENGTH = 32;
const CACHE_TRIAL = 8192;

/** The text of a cell: decoded UTF-8, with a quoted field's doubled quotes undone. */
export function cellText(buf: Buffer, start: number, end: number, quoting: number): string {
  const text = buf.toString('utf8', start, end);
  return quoting === QUOTE_ESCAPED ? text.replaceAll('""', '"') : text;
}

export class TextColumnBuilder {
  readonly name: string;
  /** Rows added so far. */
  length = 0;
  /** Whether the column is still a number column. */
  numeric = true;
  /** Whether a plain decimal can be added as a number alone (numeric, and no text kept). */
  takesNumbers: boolean;
  /** Row at which the column stopped being numeric (its text before that is not known yet), or -1. */
  demotedAt = -1;
  /** Present (non-empty) cells while numeric: a column that turns to text with none needs no refill. */
  private present = 0;
  private blocks: Float64Array[] = [];
  private block: Float64Array = new Float64Array(0);
  /** Missing flags, per block; null for a block with none. */
  private missingBlocks: (Uint8Array | null)[] = [];
  /** Rows [blockStart, blockEnd) go into `block`. */
  private blockStart = 0;
  private blockEnd = 0;
  private readonly firstBlock: number;
  private strings: (string | null)[] = [];
  /** While the text column is dictionary-encoded: its dictionary and the rows' codes (-1: missing). */
  private dictionary: TextDictionary | null = null;
  private codes: Int32Array = new Int32Array(0);
  private readonly text: (string | null)[] | null;
  private cache: (string | undefined)[] | null = new Array<string | undefined>(CACHE_SIZE);
  private lookups = 0;
  private hits = 0;

  /**
   * `expectedRows`: an estimate of the file's row count, to size the first
   * block (see csv.ts). `shared`: number storage in SharedArrayBuffer memory
   * (ReadOptions.sharedNumbers).
   */
  constructor(
    name: string,
    keepText: boolean,
    expectedRows = 0,
    private readonly shared = false,
  ) {
    this.name = name;
    this.firstBlock = Math.max(BLOCK, Math.ceil(expectedRows));
    this.text = keepText ? [] : null;
    this.takesNumbers = !keepText;
  }

  /** Adds a cell the tokenizer already read as a plain decimal; only while `takesNumbers`. */
  addNumber(value: number): void {
    const row = this.length++;
    if (row === this.blockEnd) this.newBlock(row);
    this.block[row - this.blockStart] = value;
    this.present++;
  }

  add(buf: Buffer, start: number, end: number, quoting: number): void {
    const row = this.length++;
    if (!this.numeric) {
      this.addText(row, buf, start, end, quoting);
      return;
    }
    if (row === this.blockEnd) this.newBlock(row);
    const slot = row - this.blockStart;
    if (start === end) {
      this.setMissing(row);
      if (this.text) this.text.push(null);
      return;
    }
    if (quoting === QUOTE_ESCAPED || !parseNumberInto(buf, start, end, this.block, slot)) {
      this.demote(row);
      this.addText(row, buf, start, end, quoting);
      return;
    }
    this.present++;
    const value = this.block[slot];
    if (value !== value) this.setMissing(row); // "nan" text counts as missing
    if (this.text) this.text.push(cellText(buf, start, end, quoting));
  }

  /** Sets the text of row `row` (< demotedAt) once the second read finds it. */
  fillPrefix(row: number, text: string | null): void {
    if (this.dictionary !== null) {
      const code = text === null ? -1 : this.dictionary.codeOfText(text);
      if (code >= 0 || text === null) {
        this.codes[row] = code;
        return;
      }
      this.toStrings();
    }
    this.strings[row] = text;
  }

  finish(): Column {
    if (this.dictionary !== null) {
      // A view when the estimate of the row count was high, as for number columns (no copy).
      const codes = this.codes.subarray(0, this.length);
      this.codes = new Int32Array(0);
      return dictionaryColumn(this.name, codes, this.dictionary.labels);
    }
    if (!this.numeric) {
      if (this.strings.length > this.length) this.strings.length = this.length;
      return { kind: 'string', name: this.name, values: this.strings };
    }
    const n = this.length;
    let values: Float64Array;
    let missing: Uint8Array | null = null;
    if (this.blocks.length === 1) {
      // The first block was sized from the estimated row count: use it as is.
      values = this.blocks[0].subarray(0, n);
      missing = this.missingBlocks[0]?.subarray(0, n) ?? null;
    } else {
      values = this.numbers(n);
      let offset = 0;
      for (let b = 0; b < this.blocks.length; b++) {
        const count = Math.min(this.blocks[b].length, n - offset);
        values.set(this.blocks[b].subarray(0, count), offset);
        const flags = this.missingBlocks[b];
        if (flags) {
          missing ??= new Uint8Array(n);
          missing.set(flags.subarray(0, count), offset);
        }
        offset += count;
      }
    }
    this.blocks = [];
    this.missingBlocks = [];
    const column: Column = { kind: 'number', name: this.name, values, missing };
    if (this.text) column.text = this.text;
    return column;
  }

  /**
   * A cell's text, from a small cache of recent short ASCII values when the
   * column repeats them (categories, labels, flags): a hit costs a hash and
   * a comparison of the bytes instead of decoding a new string, and all the
   * equal cells share one string. Columns whose values rarely repeat (ids,
   * free text) turn the cache off after a trial.
   */
  private textOf(buf: Buffer, start: number, end: number, quoting: number): string {
    const length = end - start;
    if (length === 1 && quoting !== QUOTE_ESCAPED) {
      const c = buf[start];
      if (c < 0x80) return ASCII_CHARS[c];
    }
    if (!this.cache || quoting === QUOTE_ESCAPED || length > CACHE_MAX_LENGTH) return cellText(buf, start, end, quoting);
    const hash = asciiHash(buf, start, end);
    if (hash < 0) return cellText(buf, start, end, quoting);
    const slot = hash & (CACHE_SIZE - 1);
    const cached = this.cache[slot];
    this.lookups++;
    if (cached !== undefined && sameAscii(cached, buf, start, end)) {
      this.hits++;
      return cached;
    }
    if (this.lookups === CACHE_TRIAL && this.hits < CACHE_TRIAL / 2) this.cache = null;
    const text = buf.toString('latin1', start, end); // ASCII: latin1 and UTF-8 agree
    if (this.cache) this.cache[slot] = text;
    return text;
  }

  /** Stores row `row`'s cell of a text column: as a code while the dictionary holds, else as a string. */
  private addText(row: number, buf: Buffer, start: number, end: number, quoting: number): void {
    if (this.dictionary !== null && this.addCode(row, buf, start, end, quoting)) return;
    const value = start === end ? null : this.textOf(buf, start, end, quoting);
    if (row < this.strings.length) this.strings[row] = value;
    else this.strings.push(value);
  }

  /**
   * Stores the code of row `row`'s cell; false when the dictionary is full,
   * after turning the column to strings (the caller then stores the text).
   */
  private addCode(row: number, buf: Buffer, start: number, end: number, quoting: number): boolean {
    const dictionary = this.dictionary!;
    let code = -1;
    if (start !== end) {
      code = quoting === QUOTE_ESCAPED ? dictionary.codeOfText(cellText(buf, start, end, quoting)) : dictionary.codeOfBytes(buf, start, end);
      if (code < 0) {
        this.toStrings();
        return false;
      }
    }
    if (row >= this.codes.length) {
      const grown = new Int32Array(Math.max(2 * this.codes.length, row + 1, BLOCK)).fill(-1);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[row] = code;
    return true;
  }

  /** Leaves dictionary encoding: the codes so far become strings. */
  private toStrings(): void {
    const { labels } = this.dictionary!;
    const codes = this.codes;
    const strings = new Array<string | null>(Math.max(codes.length, this.length)).fill(null);
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i];
      if (code >= 0) strings[i] = labels[code];
    }
    this.strings = strings;
    this.dictionary = null;
    this.codes = new Int32Array(0);
  }

  private numbers(length: number): Float64Array {
    return this.shared ? new Float64Array(new SharedArrayBuffer(8 * length)) : new Float64Array(length);
  }

  private newBlock(row: number): void {
    const size = this.blocks.length === 0 ? this.firstBlock : BLOCK;
    this.blockStart = row;
    this.blockEnd = row + size;
    this.block = this.numbers(size);
    this.blocks.push(this.block);
    this.missingBlocks.push(null);
  }

  private demote(row: number): void {
    this.numeric = false;
    this.takesNumbers = false;
    if (this.text) {
      // The kept text is exactly the string column's first `row` cells.
      this.strings = this.text;
    } else {
      // Codes for the expected rows at once, set by index (the rows before
      // this one stay -1, missing, until fillPrefix finds their text).
      this.dictionary = new TextDictionary();
      this.codes = new Int32Array(Math.max(row, this.firstBlock)).fill(-1);
      if (this.present > 0) this.demotedAt = row;
    }
    this.blocks = [];
    this.missingBlocks = [];
    this.block = new Float64Array(0);
  }

  private setMissing(row: number): void {
    const b = this.missingBlocks.length - 1;
    let flags = this.missingBlocks[b];
    if (!flags) flags = this.missingBlocks[b] = new Uint8Array(this.block.length);
    flags[row - this.blockStart] = 1;
    this.block[row - this.blockStart] = NaN;
  }
}
