/**
 * How a Table Schema field's cells are read, after its type, `format` and
 * number options, as frictionless-py reads them (frictionless/fields/*.py,
 * v5; the Table Schema spec for the rules it leaves open). Each reader turns
 * a cell's text into a number, NaN when the text does not read: epoch
 * milliseconds (UTC) for dates and date-times, seconds since midnight for
 * times, months since year 0 for year-months, the value for numbers, 0 for
 * a valid string, array, object, duration or geopoint.
 *
 * - integer, number: trimmed; `bareNumber: false` strips leading characters
 *   up to the first digit or minus and trailing non-digits ("€ -12", "100%");
 *   `groupChar` is removed and `decimalChar` becomes the point, and a point
 *   is refused when another decimal character is set ("1.234" with ",").
 * - date, datetime, time: `default` is ISO (date `%Y-%m-%d`; date-time with
 *   seconds, `Z` or `±hh:mm`; time `hh:mm:ss`), a strftime pattern
 *   (`%d/%m/%y`; the old `fmt:` prefix is dropped) must match the whole
 *   cell as Python's strptime matches it, and `any` reads ISO forms and
 *   day / month name / year forms with an optional time ("10th Jan 1969",
 *   "Jan 10, 1969 9 am"): a documented subset of the dateutil parser that
 *   frictionless-py uses.
 * - year: four characters of digits; yearmonth: `YYYY-MM`.
 * - string formats: `email` and `uuid` as ajv-formats defines them, `uri` as
 *   an absolute URL (frictionless-py uses the `validators` and `rfc3986`
 *   packages), `binary`
 *   as Python's base64 decoder accepts it (non-alphabet characters skipped,
 *   padding checked).
 */
import * as ajvFormats from 'ajv-formats/dist/formats.js';
import { parseDatetime } from '../column-data.js';
import { compilePattern } from '../pattern.js';
import type { CellReader } from './model.js';

// ajv-formats ships CommonJS; under NodeNext its exports may sit on `default`.
type FullFormats = Record<string, RegExp | ((s: string) => boolean) | object>;
const formatsModule = ajvFormats as unknown as { fullFormats?: FullFormats; default?: { fullFormats: FullFormats } };
const fullFormats = (formatsModule.fullFormats ?? formatsModule.default!.fullFormats) as FullFormats;

export interface FieldOptions {
  type: string;
  format?: string;
  bareNumber?: boolean;
  groupChar?: string;
  decimalChar?: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The reader of a field, or undefined when its cells need no reader of the schema's own (plain types). */
export function fieldReader(f: FieldOptions): CellReader | { unsupported: string } | undefined {
  const format = (f.format ?? 'default').replace(/^fmt:/, '');
  const describe = `${f.type}/${format}`;
  switch (f.type) {
    case 'integer':
    case 'number': {
      const numberOptions = f.bareNumber !== undefined || f.groupChar !== undefined || f.decimalChar !== undefined;
      if (!numberOptions) return undefined;
      return { read: numberReader(f.type === 'integer', f), needsText: true, describe };
    }
    case 'date':
    case 'datetime':
    case 'time':
      return { read: temporalReader(f.type, format), needsText: true, describe };
    case 'year':
      return { read: (s) => (/^\d{4}$/.test(s) ? Number(s) : NaN), needsText: true, describe };
    case 'yearmonth':
      return { read: yearmonth, needsText: true, describe };
    case 'string':
      return stringReader(format, describe);
    case 'object':
    case 'array':
      return { read: (s) => jsonOf(s, f.type === 'array'), needsText: true, describe };
    case 'duration':
      return { read: (s) => (ISO_DURATION.test(s) && s !== 'P' && !s.endsWith('T') ? 0 : NaN), needsText: true, describe };
    default:
      return undefined;
  }
}

function numberReader(integer: boolean, f: FieldOptions): (s: string) => number {
  const group = f.groupChar ?? '';
  const decimal = f.decimalChar ?? '.';
  const bare = f.bareNumber ?? true;
  return (text) => {
    let s = text.trim();
    if (!bare) s = s.replace(/^[^-\d]*/, '').replace(/\D*$/, '');
    if (!integer) {
      if (group !== '') s = s.split(group).join('');
      if (decimal !== '.' && s.includes('.')) return NaN;
      s = s.split(decimal).join('.');
    }
    return integer ? pythonInt(s) : pythonDecimal(s);
  };
}

/** Python's int() of a string: optional sign, digits (underscores between digits allowed). */
function pythonInt(s: string): number {
  const t = s.trim();
  return /^[+-]?\d+(?:_\d+)*$/.test(t) ? Number(t.replaceAll('_', '')) : NaN;
}

/** Python's Decimal() of a string: a decimal literal, or inf/infinity/nan with a sign. */
function pythonDecimal(s: string): number {
  const t = s.trim();
  if (/^[+-]?(?:\d+(?:_\d+)*(?:\.(?:\d+(?:_\d+)*)?)?|\.\d+(?:_\d+)*)(?:[eE][+-]?\d+(?:_\d+)*)?$/.test(t)) return Number(t.replaceAll('_', ''));
  if (/^[+-]?(?:inf|infinity)$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  return NaN;
}

function yearmonth(s: string): number {
  const parts = s.split('-');
  if (parts.length !== 2) return NaN;
  const year = pythonInt(parts[0]);
  const month = pythonInt(parts[1]);
  if (Number.isNaN(year) || Number.isNaN(month) || month < 1 || month > 12) return NaN;
  return year * 12 + month - 1;
}

const ISO_DURATION = /^P(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?W)?(?:\d+(?:\.\d+)?D)?(?:T(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?$/;

function jsonOf(s: string, array: boolean): number {
  try {
    const v: unknown = JSON.parse(s);
    return v !== null && typeof v === 'object' && Array.isArray(v) === array ? 0 : NaN;
  } catch {
    return NaN;
  }
}

function stringReader(format: string, describe: string): CellReader | { unsupported: string } | undefined {
  const ok = (test: (s: string) => boolean) => ({ read: (s: string) => (test(s) ? 0 : NaN), needsText: true, describe });
  switch (format) {
    case 'default':
      return undefined;
    case 'email':
    case 'uuid': {
      // ajv-formats' expressions, run on RE2 like every pattern (linear time on hostile cells).
      const re = compilePattern(`(?i)${(fullFormats[format] as RegExp).source}`, 'search');
      return ok((s) => re.test(s));
    }
    case 'uri':
      return ok(isUri);
    case 'binary':
      return ok(base64);
    default:
      return { unsupported: `format "${format}" of a string field` };
  }
}

/**
 * An absolute URI: a scheme, and the rest as the WHATWG URL parser reads it
 * (linear time, unlike a large regular expression on a hostile cell).
 */
function isUri(s: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(s)) return false;
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
}

/** Whether Python's base64.b64decode (validate=False) accepts the text. */
function base64(s: string): boolean {
  const cleaned = s.replace(/[^A-Za-z0-9+/=]/g, '');
  return cleaned.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(cleaned);
}

type Temporal = 'date' | 'datetime' | 'time';

function temporalReader(type: Temporal, format: string): (s: string) => number {
  if (format === 'any') return (s) => finish(type, anyDate(s));
  if (format === 'default') {
    if (type === 'date') return strptime('%Y-%m-%d', 'date');
    if (type === 'datetime') return (s) => (s.length >= 19 && s[16] === ':' ? parseDatetime(s) : NaN);
    return (s) => (s.length >= 8 && s[5] === ':' ? isoTime(s) : NaN);
  }
  return strptime(format, type);
}

function isoTime(s: string): number {
  const m = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (!m || +m[1] > 23 || +m[2] > 59 || +m[3] > 59) return NaN;
  return +m[1] * 3600 + +m[2] * 60 + +m[3] + (m[4] ? Number(`0${m[4]}`) : 0);
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Minutes east of UTC, when the text gives an offset. */
  offset?: number;
}

/** Epoch ms of a date (its day) or date-time, or the seconds of a time; NaN for an impossible date. */
function finish(type: Temporal, p: Parts | null): number {
  if (p === null) return NaN;
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 61) return NaN;
  const t = Date.UTC(p.year, p.month - 1, p.day);
  if (new Date(t).getUTCDate() !== p.day || p.year < 1 || p.year > 9999) return NaN;
  if (type === 'time') return p.hour * 3600 + p.minute * 60 + p.second + p.ms / 1000;
  // A date field keeps the date of what it read (datetime.strptime(...).date()).
  if (type === 'date') return t;
  return t + ((p.hour * 60 + p.minute - (p.offset ?? 0)) * 60 + p.second) * 1000 + p.ms;
}

/**
 * Python's strptime for one format: each directive becomes the group
 * _strptime.py compiles for it, a run of whitespace matches any whitespace,
 * the match is case-insensitive and must cover the whole text.
 */
function strptime(format: string, type: Temporal): (s: string) => number {
  const fields: string[] = [];
  let source = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '%' && i + 1 < format.length) {
      const d = format[++i];
      const group = DIRECTIVES[d];
      if (d === '%') source += '%';
      else if (group === undefined) return () => NaN; // Python raises on an unknown directive: nothing reads.
      else {
        source += `(${group})`;
        fields.push(d);
      }
    } else if (/\s/.test(c)) {
      source += '\\s+';
      while (i + 1 < format.length && /\s/.test(format[i + 1])) i++;
    } else source += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  // Groups of bounded width separated by literals: no nested repetition, so matching is linear.
  const re = new RegExp(`^${source}$`, 'i');
  return (s) => {
    const m = re.exec(s);
    if (!m) return NaN;
    const p: Parts = { year: 1900, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0 };
    let pm: boolean | undefined;
    let hour12: number | undefined;
    fields.forEach((d, k) => {
      const v = m[k + 1];
      switch (d) {
        case 'Y':
          p.year = +v;
          break;
        case 'y':
          p.year = +v < 69 ? 2000 + +v : 1900 + +v;
          break;
        case 'm':
          p.month = +v;
          break;
        case 'd':
          p.day = +v;
          break;
        case 'H':
          p.hour = +v;
          break;
        case 'I':
          hour12 = +v;
          break;
        case 'p':
          pm = v.toLowerCase() === 'pm';
          break;
        case 'M':
          p.minute = +v;
          break;
        case 'S':
          p.second = +v;
          break;
        case 'f':
          p.ms = Number(`0.${v}`) * 1000;
          break;
        case 'b':
        case 'B':
          p.month = MONTHS.findIndex((name) => name.startsWith(v.toLowerCase())) + 1;
          break;
        case 'z':
          p.offset = offsetMinutes(v);
          break;
      }
    });
    if (hour12 !== undefined) p.hour = (hour12 % 12) + (pm ? 12 : 0);
    return finish(type, p);
  };
}

const MONTH_NAMES = MONTHS.join('|');
const MONTH_ABBR = MONTHS.map((m) => m.slice(0, 3)).join('|');
const DIRECTIVES: Record<string, string> = {
  Y: '\\d\\d\\d\\d',
  y: '\\d\\d',
  m: '1[0-2]|0[1-9]|[1-9]',
  d: '3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]',
  H: '2[0-3]|[0-1]\\d|\\d',
  I: '1[0-2]|0[1-9]|[1-9]',
  M: '[0-5]\\d|\\d',
  S: '6[0-1]|[0-5]\\d|\\d',
  f: '[0-9]{1,6}',
  p: 'am|pm',
  b: MONTH_ABBR,
  B: MONTH_NAMES,
  a: DAYS.map((d) => d.slice(0, 3)).join('|'),
  A: DAYS.join('|'),
  z: 'Z|[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d)?',
};

function offsetMinutes(z: string): number {
  if (z.toUpperCase() === 'Z') return 0;
  const digits = z.slice(1).replaceAll(':', '');
  const minutes = +digits.slice(0, 2) * 60 + +digits.slice(2, 4);
  return z[0] === '-' ? -minutes : minutes;
}

/**
 * `any`: ISO dates and date-times, or tokens naming a day (with an ordinal
 * suffix), a month by name, a four-digit year and an optional time (hh:mm,
 * hh:mm:ss, or an hour with am/pm), in any order; commas are ignored.
 */
function anyDate(text: string): Parts | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (iso) {
    const p: Parts = { year: +iso[1], month: +iso[2], day: +iso[3], hour: +(iso[4] ?? 0), minute: +(iso[5] ?? 0), second: +(iso[6] ?? 0), ms: iso[7] ? Number(`0${iso[7]}`) * 1000 : 0 };
    if (iso[8]) p.offset = offsetMinutes(iso[8]);
    return p;
  }
  const tokens = s.toLowerCase().replaceAll(',', ' ').split(/\s+/).filter(Boolean);
  const p: Parts = { year: NaN, month: NaN, day: NaN, hour: 0, minute: 0, second: 0, ms: 0 };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let m: RegExpExecArray | null;
    const month = MONTHS.findIndex((name) => t.length >= 3 && name.startsWith(t.replace(/\.$/, '')));
    if (month >= 0 && Number.isNaN(p.month)) p.month = month + 1;
    else if (DAYS.some((d) => t.length >= 3 && d.startsWith(t))) continue;
    else if ((m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t)) && (tokens[i + 1] === 'am' || tokens[i + 1] === 'pm')) {
      p.hour = (+m[1] % 12) + (tokens[++i] === 'pm' ? 12 : 0);
    } else if ((m = /^(\d{1,2})(am|pm)$/.exec(t))) p.hour = (+m[1] % 12) + (m[2] === 'pm' ? 12 : 0);
    else if ((m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t))) {
      p.hour = +m[1];
      p.minute = +m[2];
      p.second = +(m[3] ?? 0);
      if (tokens[i + 1] === 'am' || tokens[i + 1] === 'pm') p.hour = (p.hour % 12) + (tokens[++i] === 'pm' ? 12 : 0);
    } else if ((m = /^(\d{4})$/.exec(t)) && Number.isNaN(p.year)) p.year = +m[1];
    else if ((m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t)) && Number.isNaN(p.day)) p.day = +m[1];
    else return null;
  }
  return Number.isNaN(p.year) || Number.isNaN(p.month) || Number.isNaN(p.day) ? null : p;
}
