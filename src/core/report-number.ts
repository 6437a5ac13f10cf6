/**
 * A number as the JSON report writes it. JSON has no infinity and
 * JSON.stringify writes ±∞ as null, which in a report already means "could
 * not be computed" (an empty group, a zero denominator). So a value that is
 * really infinite, such as a ratio over a zero rate or a chi-square against
 * an unseen category, is written as the text "Infinity" or "-Infinity";
 * NaN and a missing value are null.
 */
export type ReportNumber = number | 'Infinity' | '-Infinity' | null;

export function reportNumber(x: number | null | undefined): ReportNumber {
  if (x === null || x === undefined || Number.isNaN(x)) return null;
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  return x;
}
