import type { Rng } from '../random/prng.js';
import { randomBelow } from './row-bootstrap.js';

/**
 * The row bootstrap expressed as multiplicities: each replicate draws n row
 * indices uniformly with replacement (exactly as rowBootstrap does, from
 * the same stream) but hands the statistic the count of each row,
 * counts[i] = how often row i was drawn, i.e. a Multinomial(n; 1/n, …, 1/n)
 * vector. A statistic that is a weighted sum of per-row terms then reads
 * the rows sequentially, Σ counts[i]·t[i], instead of jumping around the
 * data; the counts array (2 bytes a row) stays in cache while it is filled.
 * Counts are 16-bit: a row drawn 65,536 times in one replicate would need
 * n ≥ 65,536 rows and a Poisson(1) tail of probability far below 10^-100.
 *
 * Reference: B. Efron, R. J. Tibshirani, "An Introduction to the Bootstrap"
 * (1993), ch. 6 (the resampling vector P* of eq. 6.20 is counts / n).
 */
export function countBootstrap(n: number, resamples: number, rng: Rng, statistic: (counts: Uint16Array) => number): Float64Array {
  const out = new Float64Array(resamples);
  if (n === 0) return out.fill(Number.NaN);
  const counts = new Uint16Array(n);
  for (let r = 0; r < resamples; r++) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[randomBelow(rng, n)]++;
    out[r] = statistic(counts);
  }
  return out;
}
