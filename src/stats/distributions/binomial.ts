/**
 * The binomial distribution B(n, p) (scipy.stats.binom):
 *   P(X = k) = C(n, k) p^k (1 − p)^(n − k)
 *   P(X ≤ k) = I_{1−p}(n − k, k + 1)   (A&S 26.5.24)
 */
import { logGamma } from '../special/log-gamma.js';
import { regularizedBeta } from '../special/regularized-beta.js';

export function binomialPmf(k: number, n: number, p: number): number {
  if (!Number.isInteger(k) || k < 0 || k > n) return 0;
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  const logC = logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
  return Math.exp(logC + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

export function binomialCdf(k: number, n: number, p: number): number {
  const kk = Math.floor(k);
  if (kk < 0) return 0;
  if (kk >= n) return 1;
  return regularizedBeta(1 - p, n - kk, kk + 1);
}

/** P(X ≥ k), without the cancellation of 1 − cdf. */
export function binomialSfAtLeast(k: number, n: number, p: number): number {
  const kk = Math.ceil(k);
  if (kk <= 0) return 1;
  if (kk > n) return 0;
  return regularizedBeta(p, kk, n - kk + 1);
}
