/**
 * Numbers as every report writes them, one way (issue #12):
 * - three significant figures in prose and tables (`num`);
 * - one minus sign, U+2212 "−", never the hyphen;
 * - en-US thousands separators ("1,234,567");
 * - rates as percentages (`pct`);
 * - a value and its interval with the same number of decimals (`withInterval`);
 * - p-values below 0.001 as "< 0.001" (`pValue`).
 *
 * Whole numbers (counts, row numbers) are written exactly.
 */

export const MINUS = '\u2212';

/**
 * A whole number below 10^15 in magnitude with en-US thousands separators
 * ("1,234,567", "-1,234", "-0"), written out rather than by Intl: the first
 * Intl.NumberFormat of a process loads ICU's locale data (about 12 ms,
 * measured) and toLocaleString builds a new formatter per call (about 30 µs),
 * while a report formats hundreds of counts. test/render checks it against
 * Intl's en-US output (hence the ASCII hyphen here; `num` writes "−").
 */
export function groupDigits(value: number): string {
  if (Object.is(value, -0)) return '-0';
  const digits = String(Math.abs(value));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return value < 0 ? `-${out}` : out;
}

/** The hyphen-minus of JavaScript's number text as the minus sign. */
function minus(s: string): string {
  return s.replace(/-/g, MINUS);
}

/** Digits before the decimal point grouped by thousands: "12345.6" → "12,345.6". */
function groupText(s: string): string {
  const neg = s.startsWith('-');
  const body = neg ? s.slice(1) : s;
  const dot = body.indexOf('.');
  const whole = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot);
  const grouped = whole.length > 3 ? groupDigits(Number(whole)) : whole;
  return `${neg ? '-' : ''}${grouped}${frac}`;
}

/**
 * Decimals that show `sig` significant figures of the largest magnitude among
 * `values` (0 for 100 and up at three figures). Used so that a value and its
 * interval share one precision: 0.0875 in [−0.104, −0.0700] → 3 decimals.
 */
export function decimalsFor(values: readonly (number | null | undefined)[], sig = 3): number {
  let top = 0;
  for (const v of values) if (v !== null && v !== undefined && Number.isFinite(v)) top = Math.max(top, Math.abs(v));
  if (top === 0) return sig - 1;
  return Math.min(12, Math.max(0, sig - 1 - Math.floor(Math.log10(top))));
}

/** A number with a fixed number of decimals, grouped, with the minus sign; −0.000 is written 0.000. */
export function fixed(value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined) return '–';
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  let s = value.toFixed(decimals);
  if (/^-0(\.0*)?$/.test(s)) s = s.slice(1);
  return minus(groupText(s));
}

/**
 * A number for a report: `digits` significant figures (three unless told),
 * whole numbers below 10^15 exactly; magnitudes below 10^−4 or from 10^15 in
 * exponent form ("1.50e−7").
 */
export function num(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined) return '–';
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  if (Object.is(value, -0)) return '0';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return minus(groupDigits(value));
  const abs = Math.abs(value);
  if (abs < 1e-4 || abs >= 1e15) return minus(value.toExponential(digits - 1).replace('e+', 'e'));
  // toPrecision then Number drops trailing zeros ("0.500" → "0.5"); a large
  // value rounds to a whole number ("12345.6" → "12300").
  const rounded = Number(value.toPrecision(digits));
  return minus(groupText(String(rounded)));
}

/**
 * A value shown next to the limit it is judged against, with as many
 * significant figures as it takes (three at least, ten at most) not to read
 * as the limit itself: 99.01 against "≤ 99" is "99.01", never "99".
 */
export function numBeside(value: number, limit: number | null): string {
  let digits = 3;
  while (limit !== null && digits < 10 && value !== limit && Number(value.toPrecision(digits)) === limit) digits++;
  return num(value, digits);
}

/** A signed difference: "+0.031", "−0.128", "±0" for exactly zero. */
export function signed(value: number | null | undefined, decimals?: number): string {
  if (value === null || value === undefined) return '–';
  const body = decimals === undefined ? num(Math.abs(value)) : fixed(Math.abs(value), decimals);
  if (value > 0) return `+${body}`;
  if (value < 0) return `${MINUS}${body}`;
  return `±${body}`;
}

/**
 * A share as a percentage: one decimal from 1% up ("14.2%", "2.6%"), two
 * significant figures below ("0.35%"). `decimals` fixes the decimals, so two
 * shares side by side can match.
 */
export function pct(value: number | null | undefined, decimals?: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const p = value * 100;
  return `${fixed(p, decimals ?? pctDecimals([value]))}%`;
}

/** The decimals `pct` uses for all of `values` together (the smallest non-zero magnitude decides). */
export function pctDecimals(values: readonly (number | null | undefined)[]): number {
  let low = Infinity;
  for (const v of values) if (v !== null && v !== undefined && Number.isFinite(v) && v !== 0) low = Math.min(low, Math.abs(v * 100));
  if (low === Infinity || low >= 1) return 1;
  return Math.min(6, 1 - Math.floor(Math.log10(low)));
}

/** A p-value: "< 0.001" below 0.001, otherwise three significant figures ("0.0495", "0.121"). */
export function pValue(p: number | null | undefined): string {
  if (p === null || p === undefined || Number.isNaN(p)) return '–';
  if (p < 0.001) return '< 0.001';
  return num(p);
}

/** "p < 0.001" or "p = 0.121": the p-value as a phrase. */
export function pPhrase(p: number | null | undefined): string {
  const v = pValue(p);
  return v.startsWith('<') ? `p ${v}` : `p = ${v}`;
}

export interface IntervalText {
  /** The estimate. */
  value: string;
  /** "a to b" in the estimate's precision, or '' without an interval. */
  interval: string;
  /** Set when the estimate lies outside its own interval: why, in a few words. */
  outside?: string;
}

/**
 * An estimate and its interval with one precision (three significant figures
 * of the largest magnitude among the three). When the estimate lies outside
 * its interval (a percentile bootstrap of a skewed statistic can do that),
 * `outside` says so, so that no cell shows it without a word.
 */
export function withInterval(
  estimate: number | null | undefined,
  low: number | null | undefined,
  high: number | null | undefined,
  options: { signed?: boolean; percent?: boolean } = {},
): IntervalText {
  const scale = options.percent ? 100 : 1;
  const e = estimate === null || estimate === undefined ? null : estimate * scale;
  const lo = low === null || low === undefined ? null : low * scale;
  const hi = high === null || high === undefined ? null : high * scale;
  const d = options.percent ? pctDecimals([estimate, low, high]) : decimalsFor([e, lo, hi]);
  const one = (x: number | null, withSign: boolean) => {
    if (x === null) return '–';
    const t = withSign ? signed(x, d) : fixed(x, d);
    return options.percent ? `${t}%` : t;
  };
  // Exactly zero throughout (a shift of 0 in [0, 0]) is written 0, not 0.00.
  if (e === 0 && (lo === null || lo === 0) && (hi === null || hi === 0)) {
    const zero = options.percent ? '0%' : '0';
    return { value: zero, interval: lo === null || hi === null ? '' : `${zero} to ${zero}` };
  }
  const value = one(e, !!options.signed);
  if (lo === null || hi === null) return { value, interval: '' };
  const interval = `${one(lo, !!options.signed && lo > 0)} to ${one(hi, !!options.signed && hi > 0)}`;
  const out: IntervalText = { value, interval };
  if (e !== null && Number.isFinite(e) && (e < lo || e > hi)) out.outside = 'the estimate is outside its interval: the bootstrap of this statistic is skewed';
  return out;
}

/** "−0.128 (95% CI −0.154 to −0.103)", with the reason when the estimate lies outside its interval. */
export function estimateText(
  estimate: number | null | undefined,
  low: number | null | undefined,
  high: number | null | undefined,
  confidence: number,
  options: { signed?: boolean; percent?: boolean } = {},
): string {
  const t = withInterval(estimate, low, high, options);
  if (!t.interval) return t.value;
  return `${t.value} (${num(confidence * 100)}% CI ${t.interval}${t.outside ? `; ${t.outside}` : ''})`;
}

/** Row numbers as short ranges: [120, 121, 122, 42] → "120–122, 42". */
export function rowRanges(rows: readonly number[], max = 6): string {
  const parts: string[] = [];
  let i = 0;
  while (i < rows.length && parts.length < max) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    parts.push(j > i ? `${groupDigits(rows[i])}–${groupDigits(rows[j])}` : groupDigits(rows[i]));
    i = j + 1;
  }
  const text = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '');
  return i < rows.length ? `${parts.join(', ')}, …` : text;
}
