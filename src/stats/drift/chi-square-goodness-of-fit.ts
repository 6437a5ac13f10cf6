/**
 * Pearson's chi-square goodness-of-fit test, as `scipy.stats.chisquare(f_obs, f_exp)`.
 *
 * Definition: over k categories with observed counts oᵢ and expected counts eᵢ,
 *   χ² = Σ (oᵢ − eᵢ)² / eᵢ,   df = k − 1.
 * A category expected 0 but observed makes χ² = ∞ (p = 0); one expected and
 * observed 0 makes χ² NaN, as in scipy.
 *
 * p-value: the chi-square upper tail Q(df/2, χ²/2) (asymptotic; Pearson 1900).
 * With k = 1 (df = 0) the test is undefined: NaN, as scipy.
 *
 * In drift-check (as Evidently's `chisquare`), o are the current counts per
 * category and e the reference counts scaled by n_current / n_reference.
 *
 * References:
 * - K. Pearson, Phil. Mag. 50(302) (1900) 157–175.
 * - scipy.stats.chisquare, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.chisquare.html
 */
import { chiSquareSf } from '../distributions/chi-square.js';

export interface ChiSquareResult {
  statistic: number;
  pValue: number;
  df: number;
}

export function chiSquareGoodnessOfFit(observed: ArrayLike<number>, expected: ArrayLike<number>): ChiSquareResult {
  const k = observed.length;
  let stat = 0;
  for (let i = 0; i < k; i++) {
    const d = observed[i] - expected[i];
    stat += (d * d) / expected[i];
  }
  const df = k - 1;
  if (df <= 0 || Number.isNaN(stat)) return { statistic: stat, pValue: NaN, df };
  const pValue = stat === Infinity ? 0 : chiSquareSf(stat, df);
  return { statistic: stat, pValue, df };
}
