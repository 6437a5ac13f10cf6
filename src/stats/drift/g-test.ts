/**
 * The G-test (log-likelihood ratio) of goodness of fit, as
 * `scipy.stats.power_divergence(f_obs, f_exp, lambda_="log-likelihood")` —
 * what Evidently's `g_test` stat test calls.
 *
 * Definition: over k categories with observed counts oᵢ and expected counts
 * eᵢ,
 *   G = 2 Σ oᵢ ln(oᵢ / eᵢ),   df = k − 1,
 * a term with oᵢ = 0 being 0 (scipy's xlogy). A category expected 0 but
 * observed makes G = ∞ (p = 0). p-value: the chi-square upper tail (Wilks
 * 1938). With k = 1 (df = 0) the test is undefined: NaN.
 *
 * In drift-check, o are the current counts and e the reference counts
 * scaled by n_current / n_reference (as `chisquare`). Evidently passes the
 * reference counts unscaled, which scipy ≥ 1.10 (Evidently's minimum)
 * refuses unless both samples have the same size; where it runs, the two
 * agree.
 *
 * References:
 * - S. S. Wilks, "The large-sample distribution of the likelihood ratio for
 *   testing composite hypotheses", Ann. Math. Statist. 9(1) (1938) 60–62.
 * - R. R. Sokal, F. J. Rohlf, "Biometry", 4th ed., 2012, §17.1 (the G-test).
 * - scipy.stats.power_divergence, https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.stats.power_divergence.html
 * - Evidently 0.7, src/evidently/legacy/calculations/stattests/g_stattest.py.
 */
import { chiSquareSf } from '../distributions/chi-square.js';
import type { ChiSquareResult } from './chi-square-goodness-of-fit.js';

export function gTest(observed: ArrayLike<number>, expected: ArrayLike<number>): ChiSquareResult {
  const k = observed.length;
  let stat = 0;
  for (let i = 0; i < k; i++) {
    const o = observed[i];
    if (o !== 0) stat += 2.0 * (o * Math.log(o / expected[i]));
  }
  const df = k - 1;
  if (df <= 0 || Number.isNaN(stat)) return { statistic: stat, pValue: NaN, df };
  return { statistic: stat, pValue: stat === Infinity ? 0 : chiSquareSf(stat, df), df };
}
