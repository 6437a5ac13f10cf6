/**
 * Numbers for fairness-gate's Markdown: the text of the shared `num`, with
 * whole numbers grouped here rather than by Intl.NumberFormat. The first
 * Intl.NumberFormat of a process loads ICU's locale data (about 12 ms,
 * measured), more than the rest of this gate's rendering; the grouping of
 * en-US ("1,234,567", "-1,234", "-0") is simple enough to write out.
 */
import { num } from '../../render/markdown.js';

export function formatNumber(value: number | null | undefined, digits = 4): string {
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 1e15) return groupDigits(value);
  return num(value, digits);
}

/** A whole number below 10^15 in magnitude with en-US thousands separators. */
export function groupDigits(value: number): string {
  if (Object.is(value, -0)) return '-0';
  const digits = String(Math.abs(value));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return value < 0 ? `-${out}` : out;
}
