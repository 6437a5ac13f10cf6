/**
 * Kullback–Leibler divergence of the current from the reference
 * distribution, as `scipy.stats.entropy(p, q)`:
 *   KL(p‖q) = Σ pᵢ ln(pᵢ / qᵢ)
 * after normalising p and q to sum to 1 (natural log). Not symmetric;
 * infinite where q has a zero share that p has not, which is why drift-check
 * (as Evidently's `kl_div`) first applies the zero-share floor
 * (zero-share-floor.ts) to both. A divergence: no p-value.
 *
 * References:
 * - S. Kullback, R. A. Leibler, Ann. Math. Statist. 22(1) (1951) 79–86.
 * - scipy.stats.entropy, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.entropy.html
 */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    sp += p[i];
    sq += q[i];
  }
  let kl = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i] / sp;
    const b = q[i] / sq;
    if (a > 0 && b > 0) kl += a * Math.log(a / b);
    else if (a > 0) return Infinity;
  }
  return kl;
}
