/**
 * Hellinger distance between two discrete distributions p and q (shares):
 *   H(p, q) = √( 1 − Σ √(pᵢ qᵢ) ) = (1/√2) · ‖√p − √q‖₂,
 * with the Bhattacharyya coefficient Σ√(pᵢqᵢ) clipped to [0, 1] as in
 * Evidently's `hellinger`. In [0, 1]; symmetric. A distance: no p-value.
 *
 * References:
 * - E. Hellinger, J. Reine Angew. Math. 136 (1909) 210–271.
 * - Evidently, src/evidently/calculations/stattests/hellinger_distance.py
 */
export function hellingerDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let bc = 0;
  for (let i = 0; i < p.length; i++) bc += Math.sqrt(p[i] * q[i]);
  return Math.sqrt(1 - Math.min(1, Math.max(0, bc)));
}
