import type { Rng } from '../random/prng.js';

const EXACT_LIMIT = 2 ** 21;
const TWO32 = 4294967296;

/**
 * An unbiased integer in [0, n) by Lemire's multiply-and-reject method; the
 * product of a 32-bit draw and n is exact in a double while n ≤ 2^21. Larger
 * n scale a 53-bit uniform (bias below n / 2^53).
 */
export function randomBelow(rng: Rng, n: number): number {
  if (n > EXACT_LIMIT) return Math.floor(rng.next() * n);
  for (;;) {
    const m = rng.nextUint32() * n;
    const high = Math.floor(m / TWO32);
    const low = m - high * TWO32;
    // Rejection only when the low part falls in the short first interval (probability < n / 2^32).
    if (low >= n || low >= (TWO32 - n) % n) return high;
  }
}

/**
 * Nonparametric (Efron) bootstrap by resampling rows: each of the B
 * replicates draws n row indices uniformly with replacement and evaluates
 * the statistic on those rows (for a paired comparison the statistic
 * evaluates both models on the same indices, so their correlation is kept).
 * Used for metrics that are not functions of a few cell counts (log loss,
 * Brier, average precision, regression errors); O(B × n).
 *
 * Indices are drawn without modulo bias (D. Lemire, "Fast random integer
 * generation in an interval", ACM TOMACS 29(1), 2019). Returns the B
 * replicate values (NaN where the statistic is undefined on a replicate).
 *
 * Reference: B. Efron, R. J. Tibshirani, "An Introduction to the
 * Bootstrap" (1993), ch. 6 and 13.
 */
export function rowBootstrap(n: number, resamples: number, rng: Rng, statistic: (rows: Uint32Array) => number): Float64Array {
  const out = new Float64Array(resamples);
  if (n === 0) return out.fill(Number.NaN);
  const rows = new Uint32Array(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) rows[i] = randomBelow(rng, n);
    out[r] = statistic(rows);
  }
  return out;
}
