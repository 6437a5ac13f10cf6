import { binomialCdf } from '../distributions/binomial.js';
import { chiSquareSf } from '../distributions/chi-square.js';

export interface McNemarResult {
  /** Rows only the first model (the candidate) classifies correctly. */
  b: number;
  /** Rows only the second model (the baseline) classifies correctly. */
  c: number;
  /** min(b, c) for the exact test; the corrected chi-square statistic otherwise. */
  statistic: number;
  /** Two-sided p-value of H0: both models have the same accuracy on these rows. */
  pValue: number;
  method: 'exact' | 'chi-square';
}

/**
 * McNemar's test for two classifiers scored on the same rows. Only the
 * discordant rows carry information: under H0 each of the n = b + c of them
 * is equally likely to favour either model, so b ~ Binomial(n, ½).
 *
 * p-value: when n < 25 (the rule of thumb of statsmodels' `mcnemar`), the
 * exact two-sided binomial p-value min(1, 2·P(X ≤ min(b, c))); otherwise the
 * chi-square approximation with Edwards' continuity correction,
 * χ² = max(0, |b − c| − 1)² / (b + c) on 1 degree of freedom. b = c = 0 gives 1.
 *
 * References: Q. McNemar, Psychometrika 12 (1947) 153–157; A. L. Edwards,
 * Psychometrika 13 (1948) 185–187; T. G. Dietterich, "Approximate
 * statistical tests for comparing supervised classification learning
 * algorithms", Neural Computation 10 (1998) 1895–1923.
 */
export function mcnemar(b: number, c: number): McNemarResult {
  const n = b + c;
  if (n === 0) return { b, c, statistic: 0, pValue: 1, method: 'exact' };
  if (n < 25) {
    const k = Math.min(b, c);
    return { b, c, statistic: k, pValue: Math.min(1, 2 * binomialCdf(k, n, 0.5)), method: 'exact' };
  }
  const d = Math.max(0, Math.abs(b - c) - 1);
  const statistic = (d * d) / n;
  return { b, c, statistic, pValue: chiSquareSf(statistic, 1), method: 'chi-square' };
}
