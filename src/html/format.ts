/**
 * Numbers as the HTML report writes them: significant digits, no float
 * noise, an exponent only for very small or very large magnitudes, and a
 * true minus sign.
 */
export function fmt(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined) return '–';
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  let s: string;
  if (abs >= 1e-4 && abs < 1e15) {
    s = String(Number(value.toPrecision(digits)));
    if (s.includes('e')) s = value.toFixed(0);
    else if (abs >= 1e4 && Number.isInteger(Number(s))) s = groupThousands(Number(s));
  } else s = value.toExponential(Math.max(digits - 2, 1)).replace('e+', 'e');
  return s.replace(/^-/, '−');
}

/** An integer with thousands separators ("1,234,567"). */
export function groupThousands(value: number): string {
  const digits = String(Math.abs(Math.round(value)));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return value < 0 ? `−${out}` : out;
}

/** A share as a percentage: 0.1234 → "12.3%". */
export function pct(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${(value * 100).toFixed(digits).replace(/^-/, '−')}%`;
}

/** A number that may be written as "Infinity" / "-Infinity" in the JSON report. */
export function reportValue(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  return null;
}
