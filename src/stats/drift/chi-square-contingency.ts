/**
 * Pearson's chi-square test of independence on an r × c contingency table,
 * as `scipy.stats.chi2_contingency(table)` (default `correction=True`).
 *
 * Definition: with row totals Rᵢ, column totals Cⱼ and N the grand total,
 * expected counts Eᵢⱼ = Rᵢ·Cⱼ / N and
 *   χ² = Σ (Oᵢⱼ − Eᵢⱼ)² / Eᵢⱼ,   df = (r − 1)(c − 1).
 * When df = 1 and `correction`, Yates' continuity correction moves each Oᵢⱼ
 * towards Eᵢⱼ by min(½, |Oᵢⱼ − Eᵢⱼ|) first. df = 0 gives χ² = 0, p = 1.
 * A zero row or column total makes the test undefined (scipy raises): NaN.
 *
 * p-value: the chi-square upper tail with df degrees of freedom.
 *
 * In drift-check the table has two rows (reference, current) and one
 * column per category seen in either.
 *
 * References:
 * - K. Pearson, Phil. Mag. 50(302) (1900) 157–175.
 * - F. Yates, J. R. Stat. Soc. Suppl. 1(2) (1934) 217–235.
 * - scipy.stats.chi2_contingency, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.chi2_contingency.html
 */
import { chiSquareSf } from '../distributions/chi-square.js';
import type { ChiSquareResult } from './chi-square-goodness-of-fit.js';

export function chiSquareContingency(table: number[][], options: { correction?: boolean } = {}): ChiSquareResult {
  const correction = options.correction ?? true;
  const r = table.length;
  const c = r ? table[0].length : 0;
  const rows = table.map((row) => row.reduce((a, b) => a + b, 0));
  const cols = Array.from({ length: c }, (_, j) => table.reduce((a, row) => a + row[j], 0));
  const total = rows.reduce((a, b) => a + b, 0);
  if (rows.some((t) => t === 0) || cols.some((t) => t === 0)) return { statistic: NaN, pValue: NaN, df: NaN };
  const df = (r - 1) * (c - 1);
  if (df === 0) return { statistic: 0, pValue: 1, df: 0 };
  let stat = 0;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const e = (rows[i] * cols[j]) / total;
      let o = table[i][j];
      if (df === 1 && correction) {
        const diff = e - o;
        o += Math.sign(diff) * Math.min(0.5, Math.abs(diff));
      }
      stat += ((o - e) * (o - e)) / e;
    }
  }
  return { statistic: stat, pValue: chiSquareSf(stat, df), df };
}
