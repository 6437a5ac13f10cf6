import { normalQuantile } from '../distributions/normal.js';

/**
 * The Wilson score interval of a proportion k/n (two-sided, no continuity
 * correction), as scipy's `binomtest(k, n).proportion_ci(method="wilson")`
 * computes it (Newcombe 1998, method 3):
 *
 *   z = Φ⁻¹(½ + ½·confidence),  p = k/n,  q = 1 − p,
 *   centre = (2np + z²) / (2(n + z²)),  δ = z / (2(n + z²)) · √(4npq + z²),
 *   [centre − δ, centre + δ], with the low end 0 when k = 0 and the high end 1 when k = n.
 *
 * It stays inside [0, 1] and is sensible for small groups and rates near 0
 * or 1, where the normal approximation is not. Undefined (NaN) for n = 0.
 *
 * References: E. B. Wilson, J. Am. Stat. Assoc. 22 (1927) 209–212;
 * R. G. Newcombe, Stat. Med. 17 (1998) 857–872; scipy.stats._binomtest.
 */
export function wilsonInterval(k: number, n: number, confidence = 0.95): [number, number] {
  if (!(n > 0)) return [NaN, NaN];
  const z = normalQuantile(0.5 + 0.5 * confidence);
  const p = k / n;
  const q = 1 - p;
  const denom = 2 * (n + z ** 2);
  const center = (2 * n * p + z ** 2) / denom;
  const delta = (z / denom) * Math.sqrt(4 * n * p * q + z ** 2);
  return [k === 0 ? 0 : center - delta, k === n ? 1 : center + delta];
}
