/**
 * Student's two-sample t-test (equal variances), two-sided, as
 * `scipy.stats.ttest_ind(a, b)` with its defaults — what Evidently's
 * `t_test` stat test calls.
 *
 * Definition: with means m₁, m₂, sample variances s₁², s₂² (ddof = 1) and
 * sizes n₁, n₂, ν = n₁ + n₂ − 2 and the pooled variance
 * s² = ((n₁ − 1)s₁² + (n₂ − 1)s₂²)/ν,
 *   t = (m₁ − m₂) / √( s²(1/n₁ + 1/n₂) ).
 * p-value: 2·P(T_ν > |t|) from Student's t. Two equal constant samples make t
 * 0/0: NaN, as scipy; two different constants make t = ±∞ and p = 0. Means
 * and variances are computed so that a large common offset costs no digits
 * (mean-variance.ts).
 *
 * References:
 * - "Student" (W. S. Gosset), "The probable error of a mean", Biometrika 6(1)
 *   (1908) 1–25.
 * - scipy.stats.ttest_ind, https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.stats.ttest_ind.html
 * - Evidently 0.7, src/evidently/legacy/calculations/stattests/t_test.py.
 */
import { studentTSf } from '../distributions/student-t.js';
import { meanDifference, meanVariance } from './mean-variance.js';

export function studentTTest(a: ArrayLike<number>, b: ArrayLike<number>): { statistic: number; pValue: number; df: number } {
  const n1 = a.length;
  const n2 = b.length;
  // A sample of one value has no variance (scipy: 0·∞ = NaN), so neither has t.
  if (n1 < 2 || n2 < 2) return { statistic: NaN, pValue: NaN, df: NaN };
  const ma = meanVariance(a);
  const mb = meanVariance(b);
  const var1 = ma.variance;
  const var2 = mb.variance;
  const df = n1 + n2 - 2;
  const pooled = ((n1 - 1) * var1 + (n2 - 1) * var2) / df;
  const t = meanDifference(ma, mb) / Math.sqrt(pooled * (1 / n1 + 1 / n2));
  if (t === Infinity || t === -Infinity) return { statistic: t, pValue: 0, df };
  if (Number.isNaN(t)) return { statistic: t, pValue: NaN, df };
  return { statistic: t, pValue: Math.min(1, 2 * studentTSf(Math.abs(t), df)), df };
}
