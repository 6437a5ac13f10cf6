import type { Rng } from '../random/prng.js';
import { multinomial } from '../random/multinomial.js';

/**
 * Nonparametric bootstrap of a statistic that depends on the rows only
 * through counts in a few cells (a confusion matrix, or the joint
 * truth × candidate × baseline table of a paired comparison).
 *
 * Definition: resampling n rows with replacement gives cell counts that are
 * exactly Multinomial(n, counts / n); so each replicate draws the counts
 * directly and evaluates the statistic on them. The result has the same
 * distribution as the row bootstrap (Efron's), at O(B × cells) cost instead
 * of O(B × rows).
 *
 * Returns the B replicate values (NaN where the statistic is undefined on a
 * replicate); intervals come from percentileInterval.
 *
 * References: B. Efron, R. J. Tibshirani, "An Introduction to the
 * Bootstrap" (1993), ch. 6; the multinomial representation of the
 * bootstrap weights is their eq. 10.7 / Davison & Hinkley (1997) 2.4.
 */
export function multinomialBootstrap(
  counts: Float64Array,
  resamples: number,
  rng: Rng,
  statistic: (cells: Float64Array) => number,
): Float64Array {
  let n = 0;
  for (let i = 0; i < counts.length; i++) n += counts[i];
  const out = new Float64Array(resamples);
  const cells = new Float64Array(counts.length);
  if (n === 0) return out.fill(Number.NaN);
  for (let r = 0; r < resamples; r++) {
    multinomial(rng, n, counts, cells);
    out[r] = statistic(cells);
  }
  return out;
}
