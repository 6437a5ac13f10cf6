import type { Rng } from './prng.js';
import { binomial } from './binomial.js';

/**
 * A Multinomial(n, probs) random vector, written into `out` (same length as
 * `probs`).
 *
 * Definition: the counts of n independent draws over k categories with
 * probabilities probs[0..k-1] (they are normalised by their sum, so counts
 * or weights may be passed).
 *
 * Method: conditional (sequential) binomials: X0 ~ Binomial(n, p0), then
 * X_i ~ Binomial(n − X0 − … − X_{i−1}, p_i / (p_i + … + p_{k−1})), and the last
 * category takes the rest. With an O(1) binomial sampler one vector costs
 * O(k), independent of n; this is what makes the bootstrap of a
 * confusion-matrix metric O(B × cells) instead of O(B × rows).
 *
 * References: L. Devroye, "Non-Uniform Random Variate Generation" (1986),
 * XI.1.2 (the conditional distribution method); numpy's
 * `Generator.multinomial` uses the same decomposition.
 */
export function multinomial(rng: Rng, n: number, probs: Float64Array, out: Float64Array): Float64Array {
  const k = probs.length;
  if (out.length < k) throw new RangeError('multinomial: out is shorter than probs');
  let total = 0;
  for (let i = 0; i < k; i++) {
    const p = probs[i];
    if (!(p >= 0) || !Number.isFinite(p)) throw new RangeError(`multinomial: probability ${i} is ${p}`);
    total += p;
  }
  if (k === 0) return out;
  if (!(total > 0)) throw new RangeError('multinomial: probabilities sum to zero');
  let remainingN = n;
  let remainingMass = total;
  for (let i = 0; i < k - 1; i++) {
    if (remainingN === 0) {
      out[i] = 0;
      continue;
    }
    const share = remainingMass > 0 ? Math.min(1, Math.max(0, probs[i] / remainingMass)) : 0;
    const x = binomial(rng, remainingN, share);
    out[i] = x;
    remainingN -= x;
    remainingMass -= probs[i];
  }
  out[k - 1] = remainingN;
  return out;
}
