/**
 * When a cell's text is a number, and which number.
 *
 * The grammar is the decimal one of CSV files written by pandas, R, Excel and
 * numpy: an optional sign, digits with an optional fraction (".5" and "5."
 * included), an optional exponent; plus the words "inf"/"infinity" (±Infinity)
 * and "nan" (NaN, which the readers count as missing), any case. Spaces and
 * tabs around the text are allowed. Anything else ("1,5", "0x10", "1_000",
 * "NA") is text, not a number.
 *
 * `parseNumberBytes` reads the number straight from the file's bytes so that a
 * numeric cell never becomes a string. It takes Clinger's fast path (W. D.
 * Clinger, "How to read floating point numbers accurately", PLDI 1990): when
 * the decimal significand has at most 15 digits and the power of ten is within
 * ±22, both are exact doubles and one multiplication or division rounds
 * correctly. Every other number goes through `Number()`, which rounds
 * correctly too, so the result always equals `Number(text)`.
 */

const POW10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

const SPACE = 32;
const TAB = 9;
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** Lower-cased ASCII letters of bytes[start, end) equal `word`. */
function isWord(bytes: Uint8Array, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    if ((bytes[start + i] | 0x20) !== word.charCodeAt(i)) return false;
  }
  return true;
}

const scratch = new Float64Array(1);

/**
 * The number bytes[start, end) spell, NaN for "nan", or undefined when the
 * text is not a number (including empty or blank text).
 */
export function parseNumberBytes(bytes: Uint8Array, start: number, end: number): number | undefined {
  return parseNumberInto(bytes, start, end, scratch, 0) ? scratch[0] : undefined;
}

/**
 * Like `parseNumberBytes`, but stores the number in out[index] and returns
 * whether the text was a number. Writing into a Float64Array rather than
 * returning the double spares V8 allocating a heap number per cell, which
 * measured at a third of the time of reading a numeric CSV.
 */
export function parseNumberInto(bytes: Uint8Array, start: number, end: number, out: Float64Array, index: number): boolean {
  while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
  while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
  if (start === end) return false;
  let i = start;
  let negative = false;
  const sign = bytes[i];
  if (sign === MINUS) {
    negative = true;
    i++;
  } else if (sign === PLUS) {
    i++;
  }
  let mantissa = 0;
  let significant = 0;
  let digits = 0;
  let exponent = 0;
  while (i < end) {
    const d = bytes[i] - ZERO;
    if (d < 0 || d > 9) break;
    mantissa = mantissa * 10 + d;
    if (significant > 0 || d !== 0) significant++;
    digits++;
    i++;
  }
  if (i < end && bytes[i] === DOT) {
    i++;
    while (i < end) {
      const d = bytes[i] - ZERO;
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
      if (significant > 0 || d !== 0) significant++;
      digits++;
      exponent--;
      i++;
    }
  }
  if (digits === 0) {
    // No digits: only the special words can still be numbers.
    if (i !== (negative || bytes[start] === PLUS ? start + 1 : start)) return false; // a lone "." or "-."
    if (isWord(bytes, i, end, 'inf') || isWord(bytes, i, end, 'infinity')) {
      out[index] = negative ? -Infinity : Infinity;
      return true;
    }
    if (isWord(bytes, i, end, 'nan')) {
      out[index] = NaN;
      return true;
    }
    return false;
  }
  if (i < end && (bytes[i] | 0x20) === 0x65 /* e */) {
    i++;
    let expNegative = false;
    if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS)) {
      expNegative = bytes[i] === MINUS;
      i++;
    }
    const expStart = i;
    let e = 0;
    while (i < end) {
      const d = bytes[i] - ZERO;
      if (d < 0 || d > 9) break;
      if (e < 100000) e = e * 10 + d;
      i++;
    }
    if (i === expStart) return false;
    exponent += expNegative ? -e : e;
  }
  if (i !== end) return false;
  if (significant > 15 || exponent > 22 || exponent < -22) {
    out[index] = Number(latin1(bytes, start, end));
    return true;
  }
  const value = exponent >= 0 ? mantissa * POW10[exponent] : mantissa / POW10[-exponent];
  out[index] = negative ? -value : value;
  return true;
}

const NUMBER_TEXT = /^[ \t]*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[ \t]*$/;
const SPECIAL_TEXT = /^[ \t]*([+-]?)(inf|infinity|nan)[ \t]*$/i;

/** Same grammar as `parseNumberBytes`, for text that already is a string (JSON, Parquet). */
export function parseNumberText(text: string): number | undefined {
  if (NUMBER_TEXT.test(text)) return Number(text);
  const special = SPECIAL_TEXT.exec(text);
  if (!special) return undefined;
  if (special[2].toLowerCase() === 'nan') return NaN;
  return special[1] === '-' ? -Infinity : Infinity;
}
