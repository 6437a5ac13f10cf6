/**
 * The L^p distance between empirical CDFs (cdf-distance.ts),
 *   l_p(u, v) = ( ∫ |U(t) − V(t)|^p dt )^(1/p),
 * with u given as distinct values (strictly ascending) and their counts (a
 * reference profile) and v as an ascending array. The walk visits the same
 * pooled values in the same order with the same counts below each as
 * cdfDistanceSorted on the expanded u, so the sum — and the result — is the
 * same bit for bit, without expanding u.
 *
 * p = 1 is the first Wasserstein distance (scipy.stats.wasserstein_distance);
 * √2·l₂ is the energy distance (scipy.stats.energy_distance). An empty
 * sample gives NaN.
 *
 * Reference: scipy.stats._stats_py._cdf_distance.
 */
export function cdfDistanceDistinct(p: 1 | 2, uv: ArrayLike<number>, uc: ArrayLike<number>, n1: number, vs: ArrayLike<number>): number {
  const d = uv.length;
  const n2 = vs.length;
  if (n1 === 0 || n2 === 0) return NaN;
  let a = 0;
  let i = 0;
  let j = 0;
  let prev = NaN;
  let sum = 0;
  while (a < d || j < n2) {
    const v = a < d && (j >= n2 || uv[a] <= vs[j]) ? uv[a] : vs[j];
    if (!Number.isNaN(prev)) {
      const diff = Math.abs(i / n1 - j / n2);
      sum += (p === 1 ? diff : diff * diff) * (v - prev);
    }
    if (a < d && uv[a] <= v) i += uc[a++];
    while (j < n2 && vs[j] <= v) j++;
    prev = v;
  }
  return p === 1 ? sum : Math.sqrt(sum);
}
