/**
 * Student's t distribution with ν degrees of freedom (scipy.stats.t), through
 * the regularized incomplete beta function (A&S 26.7.1):
 *   P(T > t) = ½ I_{ν/(ν+t²)}(ν/2, ½)  for t ≥ 0.
 * Non-integer ν is allowed (Welch's test uses the Welch–Satterthwaite ν).
 */
import { regularizedBeta } from '../special/regularized-beta.js';
import { normalQuantile } from './normal.js';

export function studentTSf(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df) || df <= 0) return NaN;
  const x = df / (df + t * t);
  const tail = 0.5 * regularizedBeta(x, df / 2, 0.5);
  return t >= 0 ? tail : 1 - tail;
}

export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df) || df <= 0) return NaN;
  const x = df / (df + t * t);
  const tail = 0.5 * regularizedBeta(x, df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * Quantile by Newton–bisection on the cdf, starting from the normal
 * quantile; used for confidence intervals, where 1e-12 is ample.
 */
export function studentTQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || df <= 0) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (p > 0.5) return -studentTQuantile(1 - p, df);
  // Lower tail: the root is negative. Bracket it, then bisect with secant help.
  let hi = Math.min(normalQuantile(p), -1e-12);
  let lo = hi;
  while (studentTCdf(lo, df) > p) lo *= 2;
  while (studentTCdf(hi, df) < p) hi /= 2;
  for (let i = 0; i < 200; i++) {
    const mid = 0.5 * (lo + hi);
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
    if (hi - lo <= 1e-14 * Math.abs(mid)) break;
  }
  return 0.5 * (lo + hi);
}
