/**
 * The chi-square distribution with k degrees of freedom (scipy.stats.chi2):
 *   F(x; k) = P(k/2, x/2),   1 − F(x; k) = Q(k/2, x/2)
 * with P, Q the regularized incomplete gamma functions (A&S 26.4.19).
 */
import { regularizedGammaP, regularizedGammaQ } from '../special/regularized-gamma.js';

export function chiSquareCdf(x: number, df: number): number {
  if (x <= 0) return 0;
  return regularizedGammaP(df / 2, x / 2);
}

/** Upper tail: the p-value of a chi-square statistic. */
export function chiSquareSf(x: number, df: number): number {
  if (x <= 0) return 1;
  return regularizedGammaQ(df / 2, x / 2);
}
