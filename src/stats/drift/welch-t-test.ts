/**
 * Welch's two-sample t-test (unequal variances), two-sided, as
 * `scipy.stats.ttest_ind(a, b, equal_var=False)`.
 *
 * Definition: with means m₁, m₂, sample variances s₁², s₂² (ddof = 1) and
 * sizes n₁, n₂, and vᵢ = sᵢ²/nᵢ,
 *   t = (m₁ − m₂) / √(v₁ + v₂),
 *   ν = (v₁ + v₂)² / ( v₁²/(n₁ − 1) + v₂²/(n₂ − 1) )   (Welch–Satterthwaite).
 * p-value: 2·P(T_ν > |t|) from Student's t. Two equal constant samples make t
 * 0/0: NaN, as scipy (drift-check treats equal constants as no drift); two
 * different constants make t = ±∞ and p = 0. Means and variances are
 * computed so that a large common offset costs no digits (mean-variance.ts).
 *
 * References:
 * - B. L. Welch, Biometrika 34(1–2) (1947) 28–35.
 * - scipy.stats.ttest_ind, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.ttest_ind.html
 */
import { studentTSf } from '../distributions/student-t.js';
import { meanDifference, meanVariance } from './mean-variance.js';

export function welchTTest(a: ArrayLike<number>, b: ArrayLike<number>): { statistic: number; pValue: number; df: number } {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 < 2 || n2 < 2) return { statistic: NaN, pValue: NaN, df: NaN };
  const ma = meanVariance(a);
  const mb = meanVariance(b);
  const var1 = ma.variance;
  const var2 = mb.variance;
  const v1 = var1 / n1;
  const v2 = var2 / n2;
  const df = ((v1 + v2) * (v1 + v2)) / ((v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1));
  const t = meanDifference(ma, mb) / Math.sqrt(v1 + v2);
  // Two different constants: t = ±∞ and, as in scipy, p = 0.
  if (t === Infinity || t === -Infinity) return { statistic: t, pValue: 0, df };
  if (Number.isNaN(t) || Number.isNaN(df)) return { statistic: t, pValue: NaN, df };
  return { statistic: t, pValue: Math.min(1, 2 * studentTSf(Math.abs(t), df)), df };
}
