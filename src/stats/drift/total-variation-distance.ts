/**
 * Total variation distance between the category shares of two samples, with
 * Evidently's permutation p-value (`TVD` stat test).
 *
 * Statistic: TVD = ½ Σₖ |rₖ/n_r − cₖ/n_c| over the categories k seen in either
 * sample (r, c the reference and current counts), in [0, 1].
 *
 * p-value (Evidently's `permutation_test`, 1000 iterations): the two samples
 * are pooled — reference items first, then current — and, from
 * `numpy.random.seed(0)`, each iteration draws n_r items without replacement
 * as the new reference (`numpy.random.choice(pooled, n_r, replace=False)`),
 * the rest being the new current; p = #(iterations whose TVD ≥ the observed
 * one) / 1000. The draws are numpy's MT19937 stream (random/mt19937.ts), so
 * with the pooled items in the same order the iterations are Evidently's,
 * and each TVD is summed in numpy's order (numpy-pairwise-sum.ts) so that
 * equal count vectors give equal sums.
 *
 * Items here are category indices; the caller decides their order (Evidently
 * takes the rows in file order).
 *
 * References:
 * - Evidently 0.7, src/evidently/legacy/calculations/stattests/tvd_stattest.py
 *   (`_total_variation_distance`) and utils.py (`permutation_test`).
 * - D. A. Levin, Y. Peres, "Markov Chains and Mixing Times", 2nd ed., AMS,
 *   2017, §4.1 (total variation distance).
 */
import { Mt19937, permutationTail } from '../random/mt19937.js';
import { numpyPairwiseSum } from './numpy-pairwise-sum.js';

export const TVD_PERMUTATIONS = 1000;
export const TVD_SEED = 0;

/** ½ Σ |r/n_r − c/n_c|, the terms summed as numpy sums them; `terms` is scratch of the counts' length. */
function tvd(reference: ArrayLike<number>, current: ArrayLike<number>, nr: number, nc: number, terms: Float64Array): number {
  for (let k = 0; k < terms.length; k++) terms[k] = Math.abs(reference[k] / nr - current[k] / nc);
  return 0.5 * numpyPairwiseSum(terms);
}

export function totalVariationDistance(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  let nr = 0;
  let nc = 0;
  for (let k = 0; k < reference.length; k++) {
    nr += reference[k];
    nc += current[k];
  }
  return tvd(reference, current, nr, nc, new Float64Array(reference.length));
}

/**
 * `reference[k]`, `current[k]`: counts of category k. The pooled items are
 * category 0 repeated reference[0] times, category 1 …, then the current
 * sample's the same way (each sample in category order).
 */
export function totalVariationPermutationTest(
  reference: ArrayLike<number>,
  current: ArrayLike<number>,
  iterations = TVD_PERMUTATIONS,
  seed = TVD_SEED,
): { statistic: number; pValue: number } {
  const k = reference.length;
  let nr = 0;
  let nc = 0;
  for (let i = 0; i < k; i++) {
    nr += reference[i];
    nc += current[i];
  }
  const terms = new Float64Array(k);
  const observed = tvd(reference, current, nr, nc, terms);
  if (nr === 0 || nc === 0) return { statistic: NaN, pValue: NaN };
  const n = nr + nc;
  const items = new Int32Array(n);
  let at = 0;
  for (const counts of [reference, current]) {
    for (let c = 0; c < k; c++) {
      items.fill(c, at, at + counts[c]);
      at += counts[c];
    }
  }
  const total = new Float64Array(k);
  for (let c = 0; c < k; c++) total[c] = reference[c] + current[c];
  const rng = new Mt19937(seed);
  const work = new Int32Array(n);
  const tail = new Int32Array(nc);
  const newCurrent = new Float64Array(k);
  const newReference = new Float64Array(k);
  let atLeast = 0;
  for (let it = 0; it < iterations; it++) {
    // The draw's first n_r items are the new reference; the tail is the new current.
    permutationTail(rng, items, nr, work, tail);
    newCurrent.fill(0);
    for (let i = 0; i < nc; i++) newCurrent[tail[i]]++;
    for (let c = 0; c < k; c++) newReference[c] = total[c] - newCurrent[c];
    if (observed <= tvd(newReference, newCurrent, nr, nc, terms)) atLeast++;
  }
  return { statistic: observed, pValue: atLeast / iterations };
}
