/**
 * Population stability index between reference shares r and current
 * shares c over the same bins:
 *   PSI = Σ (rᵢ − cᵢ) · ln(rᵢ / cᵢ).
 * Symmetric in r and c, ≥ 0, and 0 only for equal shares. Empty bins make it
 * infinite, so the shares go through the zero-share floor
 * (zero-share-floor.ts) first, as in Evidently's `psi`. Common reading:
 * < 0.1 no significant shift, 0.1–0.25 moderate, > 0.25 major (Siddiqi).
 * A distance: no p-value.
 *
 * References:
 * - N. Siddiqi, "Credit Risk Scorecards", Wiley, 2006, ch. 8.
 * - B. Yurdakul, "Statistical properties of population stability index",
 *   PhD thesis, Western Michigan University, 2018.
 * - Evidently, src/evidently/calculations/stattests/psi.py
 */
export function populationStabilityIndex(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  let psi = 0;
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i];
    const c = current[i];
    if (r === c) continue;
    psi += (r - c) * Math.log(r / c);
  }
  return psi;
}
