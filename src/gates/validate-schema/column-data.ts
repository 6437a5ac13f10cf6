/**
 * A column seen through the contract: which cells are missing (empty cells
 * and the contract's extra missing-value tokens), each cell as text, and —
 * for numeric, boolean and datetime types — each cell as a number in one
 * Float64Array, with the cells that do not parse as the type flagged.
 *
 * Built in one pass per column with typed arrays only (no object per cell):
 * a number column from the reader is used as is; a string column is parsed
 * only when a rule needs numbers.
 */
import type { Column, TextCodes } from '../../core/table.js';
import type { CellReader, ColumnType } from './contract/model.js';

export interface ColumnData {
  name: string;
  rowCount: number;
  /** 1 where the cell is missing. */
  missing: Uint8Array;
  /** Count of missing cells. */
  missingCount: number;
  /** The cell as text ('' when missing); numbers read from the file keep their text where the reader kept it. */
  text(i: number): string;
  /** Whether the column holds strings in the file (regex and length rules look at text only then). */
  isText: boolean;
  /** A string column's cells (null where missing), for loops that need no per-cell call. */
  strings?: readonly (string | null)[];
  /** A dictionary-encoded string column's codes and labels: a text rule can judge each label once. */
  dictionary?: TextCodes;
}

// Shared "no cell is malformed" flags: read only when malformedCount > 0.
const EMPTY = new Uint8Array(0);

export interface NumericData {
  /** Cell value: a number, 1/0 for booleans, epoch milliseconds for datetimes; NaN when missing or malformed. */
  values: Float64Array;
  /** 1 where the cell is present but does not parse as the type (may be empty when malformedCount is 0). */
  malformed: Uint8Array;
  malformedCount: number;
}

const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', '0']);

// ISO-8601 date or date-time (RFC 3339 profile, with a space allowed as separator).
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))?)?$/;

/**
 * Parse an ISO-8601 date or date-time to epoch milliseconds; NaN when it is
 * not one or names no real instant (February 30th, hour 25). Date.parse is
 * not used: V8 accepts day 31 in any month. A date-time without an offset
 * is read as UTC, for reproducible comparisons.
 */
export function parseDatetime(s: string): number {
  const m = ISO_DATETIME.exec(s.trim());
  if (m === null) return NaN;
  const year = +m[1];
  const month = +m[2];
  const day = +m[3];
  const hour = m[4] === undefined ? 0 : +m[4];
  const minute = m[5] === undefined ? 0 : +m[5];
  const second = m[6] === undefined ? 0 : +m[6];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return NaN;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return NaN;
  const ms = m[7] === undefined ? 0 : Math.round(Number(`0${m[7]}`) * 1000);
  let t = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  if (m[9] !== undefined) {
    const offset = (+m[10] * 60 + +m[11]) * 60_000;
    t += m[9] === '+' ? -offset : offset;
  }
  return t;
}

/** Parse a number the way the readers do ("inf" and "-inf" included); NaN when it is not one. */
export function parseNumber(s: string): number {
  const t = s.trim();
  if (t === '') return NaN;
  const lower = t.toLowerCase();
  if (lower === 'inf' || lower === '+inf' || lower === 'infinity' || lower === '+infinity') return Infinity;
  if (lower === '-inf' || lower === '-infinity') return -Infinity;
  // Number() accepts hex and binary literals; a data contract means decimal numbers.
  if (/^[+-]?0[xob]/i.test(t)) return NaN;
  return Number(t);
}

function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  return String(v);
}

export function columnData(column: Column, rowCount: number, missingValues?: readonly string[]): ColumnData {
  const tokens = missingValues && missingValues.length ? new Set(missingValues) : null;
  if (column.kind === 'number') {
    const txt = column.text;
    let missing: Uint8Array;
    let missingCount = 0;
    // Tokens that are numbers ("-999") are matched by value when the cells' text was not kept.
    const numericTokens = tokens !== null && txt === undefined ? new Set([...tokens].map(parseNumber).filter((x) => !Number.isNaN(x))) : null;
    if (tokens === null || (numericTokens !== null && numericTokens.size === 0)) {
      // The reader's flags are the answer: share them rather than copy a million bytes.
      missing = column.missing ?? new Uint8Array(rowCount);
      if (column.missing !== null) for (let i = 0; i < rowCount; i++) missingCount += missing[i];
    } else if (numericTokens !== null) {
      missing = new Uint8Array(rowCount);
      const m = column.missing;
      const v = column.values;
      for (let i = 0; i < rowCount; i++) {
        if ((m !== null && m[i] === 1) || numericTokens.has(v[i])) {
          missing[i] = 1;
          missingCount++;
        }
      }
    } else {
      missing = new Uint8Array(rowCount);
      const m = column.missing;
      for (let i = 0; i < rowCount; i++) {
        if ((m !== null && m[i] === 1) || (txt![i] !== null && tokens!.has(txt![i] as string))) {
          missing[i] = 1;
          missingCount++;
        }
      }
    }
    const values = column.values;
    return {
      name: column.name,
      rowCount,
      missing,
      missingCount,
      isText: false,
      text: (i) => (missing[i] === 1 ? '' : txt && txt[i] !== null && txt[i] !== undefined ? (txt[i] as string) : formatNumber(values[i])),
    };
  }
  const missing = new Uint8Array(rowCount);
  let missingCount = 0;
  const dictionary = column.dictionary;
  if (dictionary !== undefined) {
    // Codes: no million-string array is built unless a rule asks for `strings`.
    const { codes, labels } = dictionary;
    const tokenLabel = tokens === null ? null : Uint8Array.from(labels, (l) => (tokens.has(l) ? 1 : 0));
    for (let i = 0; i < rowCount; i++) {
      const code = codes[i];
      if (code < 0 || (tokenLabel !== null && tokenLabel[code] === 1)) {
        missing[i] = 1;
        missingCount++;
      }
    }
    return {
      name: column.name,
      rowCount,
      missing,
      missingCount,
      isText: true,
      dictionary,
      get strings() {
        return column.values;
      },
      text: (i) => (missing[i] === 1 ? '' : labels[codes[i]]),
    };
  }
  const values = column.values;
  for (let i = 0; i < rowCount; i++) {
    const v = values[i];
    if (v === null || (tokens !== null && tokens.has(v))) {
      missing[i] = 1;
      missingCount++;
    }
  }
  return {
    name: column.name,
    rowCount,
    missing,
    missingCount,
    isText: true,
    strings: values,
    text: (i) => (missing[i] === 1 ? '' : (values[i] as string)),
  };
}

/**
 * The column's cells as numbers under a type (number and integer by value,
 * boolean as 1/0, datetime as epoch ms). Without a type, cells are read as
 * numbers. Integer columns flag non-integral values as malformed.
 */
export function numericData(
  column: Column,
  data: ColumnData,
  type: ColumnType | undefined,
  booleanValues?: { true: string[]; false: string[] },
  reader?: CellReader,
): NumericData {
  const n = data.rowCount;
  const missing = data.missing;
  const t = type ?? 'number';
  // A contract's own cell reader reads the text; a number column without kept text is read as numbers.
  if (reader !== undefined && !(column.kind === 'number' && column.text === undefined)) return readCells(data, reader.read);
  if (column.kind === 'number' && (t === 'number' || t === 'integer' || t === 'string' || t === 'category')) {
    const src = column.values;
    // Missing cells of a number column are NaN already; the values can be used as they are unless
    // missing-value tokens made other cells missing too.
    let sharedMissing = 0;
    if (column.missing !== null) for (let i = 0; i < n; i++) sharedMissing += column.missing[i];
    const values = sharedMissing === data.missingCount ? src : src.slice();
    if (values !== src) for (let i = 0; i < n; i++) if (missing[i] === 1) values[i] = NaN;
    let malformed = EMPTY;
    let malformedCount = 0;
    if (t === 'integer') {
      for (let i = 0; i < n; i++) {
        const v = values[i];
        // NaN (missing) and ±Infinity are not whole numbers; only present cells count.
        if (v === v && !Number.isInteger(v) && missing[i] === 0) {
          if (malformed === EMPTY) malformed = new Uint8Array(n);
          malformed[i] = 1;
          malformedCount++;
        }
      }
    }
    return { values, malformed, malformedCount };
  }
  const out = new Float64Array(n);
  const malformed = new Uint8Array(n);
  let malformedCount = 0;
  const trueWords = booleanValues ? new Set(booleanValues.true) : null;
  const falseWords = booleanValues ? new Set(booleanValues.false) : null;
  for (let i = 0; i < n; i++) {
    if (missing[i] === 1) {
      out[i] = NaN;
      continue;
    }
    const s = data.text(i);
    let v: number;
    if (t === 'boolean') {
      if (trueWords !== null && falseWords !== null) v = trueWords.has(s) ? 1 : falseWords.has(s) ? 0 : NaN;
      else {
        const w = s.trim().toLowerCase();
        v = TRUE_WORDS.has(w) ? 1 : FALSE_WORDS.has(w) ? 0 : NaN;
      }
    } else if (t === 'datetime') {
      v = parseDatetime(s);
    } else {
      v = parseNumber(s);
      if (t === 'integer' && Number.isFinite(v) && !Number.isInteger(v)) v = NaN;
    }
    out[i] = v;
    if (Number.isNaN(v)) {
      malformed[i] = 1;
      malformedCount++;
    }
  }
  return { values: out, malformed, malformedCount };
}

/** Every present cell through `read` (NaN: malformed). */
function readCells(data: ColumnData, read: (text: string) => number): NumericData {
  const n = data.rowCount;
  const out = new Float64Array(n);
  const malformed = new Uint8Array(n);
  let malformedCount = 0;
  for (let i = 0; i < n; i++) {
    if (data.missing[i] === 1) {
      out[i] = NaN;
      continue;
    }
    const v = read(data.text(i));
    out[i] = v;
    if (Number.isNaN(v)) {
      malformed[i] = 1;
      malformedCount++;
    }
  }
  return { values: out, malformed, malformedCount };
}

// What pandas.read_csv reads as booleans (its default true_values/false_values).
const PANDAS_BOOLEANS = new Map([
  ['True', 1],
  ['TRUE', 1],
  ['true', 1],
  ['False', 0],
  ['FALSE', 0],
  ['false', 0],
]);

/**
 * A text column whose present cells are all true/false words, as pandas
 * reads them (True, TRUE, true, False, FALSE, false), as 1/0 (NaN where
 * missing); null when some present cell is anything else, or none is
 * present. Great Expectations sees such a column as booleans: its mean is
 * the share of true, its cells are `bool`.
 */
export function booleanColumnValues(column: Column, data: ColumnData): Float64Array | null {
  if (column.kind !== 'string' || data.missingCount === data.rowCount) return null;
  const n = data.rowCount;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (data.missing[i] === 1) {
      out[i] = NaN;
      continue;
    }
    const b = PANDAS_BOOLEANS.get(data.text(i));
    if (b === undefined) return null;
    out[i] = b;
  }
  return out;
}

/** Types whose values are compared as numbers. */
export function isNumericType(type: ColumnType | undefined): boolean {
  return type === 'number' || type === 'integer' || type === 'boolean' || type === 'datetime';
}
