/**
 * The L^p distance between the empirical CDFs of two samples,
 *   l_p(u, v) = ( ∫ |U(t) − V(t)|^p dt )^(1/p),
 * computed exactly as a sum over the gaps between consecutive pooled values
 * (scipy.stats._stats_py._cdf_distance). p = 1 is the first Wasserstein
 * distance; √2·l₂ is the energy distance.
 *
 * Both samples must be ascending and free of NaN; an empty one gives NaN.
 *
 * Reference:
 * - M. G. Bellemare et al., "The Cramér distance as a solution to biased
 *   Wasserstein gradients", arXiv:1705.10743 (2017), §2.
 */
export function cdfDistanceSorted(p: 1 | 2, us: ArrayLike<number>, vs: ArrayLike<number>): number {
  const n1 = us.length;
  const n2 = vs.length;
  if (n1 === 0 || n2 === 0) return NaN;
  let i = 0;
  let j = 0;
  let prev = NaN;
  let sum = 0;
  while (i < n1 || j < n2) {
    const v = i < n1 && (j >= n2 || us[i] <= vs[j]) ? us[i] : vs[j];
    if (!Number.isNaN(prev)) {
      const diff = Math.abs(i / n1 - j / n2);
      sum += (p === 1 ? diff : diff * diff) * (v - prev);
    }
    while (i < n1 && us[i] <= v) i++;
    while (j < n2 && vs[j] <= v) j++;
    prev = v;
  }
  return p === 1 ? sum : Math.sqrt(sum);
}
