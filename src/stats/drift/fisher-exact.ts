/**
 * Fisher's exact test of a 2 × 2 table, two-sided, as
 * `scipy.stats.fisher_exact(table)` (scipy 1.10) — what Evidently's
 * `fisher_exact` stat test calls.
 *
 * Definition: for the table [[a, b], [c, d]] with row sums r₁ = a + b,
 * r₂ = c + d and first column sum k = a + c, N = r₁ + r₂, the top-left cell
 * is hypergeometric given the margins:
 *   P(X = x) = C(r₁, x) C(r₂, k − x) / C(N, k).
 * The two-sided p-value sums P(X = x) over every x no more probable than the
 * observed a, with scipy's relative tolerance: P(X = x) ≤ P(X = a)·(1 + 1e-14);
 * p = 1 when P(X = a) is within 1e-14 of the mode's. The statistic is
 * scipy's (sample) odds ratio ad/(bc), ∞ when bc = 0; a zero row or column
 * sum gives odds ratio NaN and p = 1.
 *
 * The probabilities are computed relative to the mode by the ratio
 * P(x + 1)/P(x) = (r₁ − x)(k − x) / ((x + 1)(r₂ − k + x + 1)) and normalised
 * by their sum. In a symmetric distribution (2r₁ = N or 2k = N, as for the
 * two equal-sized samples Evidently requires) mirror terms multiply the same
 * integer ratios in the same order, so exact ties come out exactly equal.
 *
 * References:
 * - R. A. Fisher, "On the interpretation of χ² from contingency tables, and
 *   the calculation of P", J. R. Stat. Soc. 85(1) (1922) 87–94.
 * - A. Agresti, "Categorical Data Analysis", 3rd ed., Wiley, 2013, §3.5.
 * - scipy.stats.fisher_exact, https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.stats.fisher_exact.html
 * - Evidently 0.7, src/evidently/legacy/calculations/stattests/fisher_exact_stattest.py.
 */
const GAMMA = 1 + 1e-14;

export function fisherExact(table: [[number, number], [number, number]]): { statistic: number; pValue: number } {
  const [[a, b], [c, d]] = table;
  const r1 = a + b;
  const r2 = c + d;
  const k = a + c;
  if (r1 === 0 || r2 === 0 || k === 0 || b + d === 0) return { statistic: NaN, pValue: 1 };
  const statistic = c > 0 && b > 0 ? (a * d) / (c * b) : Infinity;
  const n = r1 + r2;
  const lo = Math.max(0, k - r2);
  const hi = Math.min(k, r1);
  const mode = Math.floor(((k + 1) * (r1 + 1)) / (n + 2));
  // w[x − lo] = P(X = x) / P(X = mode), walking out from the mode.
  const w = new Float64Array(hi - lo + 1);
  w[mode - lo] = 1;
  for (let x = mode; x < hi; x++) w[x + 1 - lo] = w[x - lo] * (((r1 - x) * (k - x)) / ((x + 1) * (r2 - k + x + 1)));
  for (let x = mode; x > lo; x--) w[x - 1 - lo] = w[x - lo] * ((x * (r2 - k + x)) / ((r1 - x + 1) * (k - x + 1)));
  const observed = w[a - lo];
  if (Math.abs(observed - 1) <= 1e-14) return { statistic, pValue: 1 };
  let total = 0;
  let tail = 0;
  const bound = observed * GAMMA;
  for (let i = 0; i < w.length; i++) {
    total += w[i];
    if (w[i] <= bound) tail += w[i];
  }
  return { statistic, pValue: Math.min(1, tail / total) };
}
