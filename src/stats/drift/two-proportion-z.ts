/**
 * Two-proportion z-test (pooled), as Evidently's `z` stat test.
 *
 * Definition: with p₁ = x₁/n₁ (reference) and p₂ = x₂/n₂ (current) the
 * shares of one category, and P = (x₁ + x₂)/(n₁ + n₂) the pooled share,
 *   z = (p₁ − p₂) / √( P(1 − P)(1/n₁ + 1/n₂) ).
 * Evidently takes the first category in sorted order as the "0" value; the
 * two-sided p-value does not depend on which category is counted.
 *
 * p-value: two-sided normal tail 2·P(Z > |z|). (Evidently writes
 * 2·(1 − Φ(|z|)), which is the same number except that it rounds p-values
 * below ~1e-16 to 0.) When both samples hold only one and the same value
 * (P ∈ {0, 1}) z is undefined and, as in Evidently, p = 1 with z = 0.
 *
 * References:
 * - A. Agresti, "Categorical Data Analysis", 3rd ed., Wiley, 2013, §3.1.
 * - Evidently, src/evidently/calculations/stattests/z_stattest.py
 */
import { normalSf } from '../distributions/normal.js';

export function twoProportionZ(
  countReference: number,
  nReference: number,
  countCurrent: number,
  nCurrent: number,
): { statistic: number; pValue: number } {
  if (nReference === 0 || nCurrent === 0) return { statistic: NaN, pValue: NaN };
  const p1 = countReference / nReference;
  const p2 = countCurrent / nCurrent;
  const pooled = (p1 * nReference + p2 * nCurrent) / (nReference + nCurrent);
  if (pooled <= 0 || pooled >= 1) return { statistic: 0, pValue: 1 };
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / nReference + 1 / nCurrent));
  return { statistic: z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}
