/**
 * L-infinity (Chebyshev) distance between category shares:
 *   L∞(p, q) = maxᵢ |pᵢ − qᵢ|,
 * the largest change of any one category's share, in [0, 1]. Symmetric.
 * A distance: no p-value. NannyML offers it for categorical drift.
 *
 * Reference: NannyML, "Univariate drift detection methods: L-Infinity
 * distance", https://nannyml.readthedocs.io/en/stable/how_it_works/univariate_drift_detection.html
 */
export function lInfinityDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < p.length; i++) max = Math.max(max, Math.abs(p[i] - q[i]));
  return max;
}
