/**
 * Hellinger distance between two discrete distributions p and q (shares):
 *   H(p, q) = √( 1 − Σ √(pᵢ qᵢ) ) = (1/√2) · ‖√p − √q‖₂,
 * with the Bhattacharyya coefficient Σ√(pᵢqᵢ) clipped to [0, 1] as in
 * Evidently's `hellinger`. In [0, 1]; symmetric. A distance: no p-value.
 *
 * `hellingerDistanceOfDensities` is Evidently's form for numerical columns:
 * with equal bins of edges e₀ < … < e_B, the density histograms
 * fᵢ = countᵢ / (eᵢ₊₁ − eᵢ) / n of each sample (numpy's `density=True`) and
 * the nominal width w = (e_B − e₀)/B,
 *   H = √( 1 − Σ √(f_ref,ᵢ · f_cur,ᵢ) · w ),
 * the sum clipped to [0, 1] and added left to right as Evidently's loop does.
 *
 * References:
 * - E. Hellinger, J. Reine Angew. Math. 136 (1909) 210–271.
 * - Evidently 0.7, src/evidently/legacy/calculations/stattests/hellinger_distance.py
 */
export function hellingerDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let bc = 0;
  for (let i = 0; i < p.length; i++) bc += Math.sqrt(p[i] * q[i]);
  return Math.sqrt(1 - Math.min(1, Math.max(0, bc)));
}

export function hellingerDistanceOfDensities(
  edges: ArrayLike<number>,
  reference: ArrayLike<number>,
  current: ArrayLike<number>,
  nReference: number,
  nCurrent: number,
): number {
  const bins = edges.length - 1;
  const width = (edges[bins] - edges[0]) / bins;
  let bc = 0;
  for (let i = 0; i < bins; i++) {
    const db = edges[i + 1] - edges[i];
    bc += Math.sqrt((reference[i] / db / nReference) * (current[i] / db / nCurrent)) * width;
  }
  return Math.sqrt(1 - Math.min(1, Math.max(0, bc)));
}
