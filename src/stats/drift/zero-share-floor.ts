/**
 * The zero-share floor of Evidently's binned tests (`psi`, `kl_div`):
 * every empty bin's share is replaced by
 *   min_nonzero / 10⁶   when the smallest non-zero share is ≤ 0.0001,
 *   0.0001              otherwise,
 * so that logarithms of shares stay finite. Shares are not renormalised
 * afterwards (as in Evidently). All-zero shares are returned unchanged.
 *
 * Reference: Evidently, src/evidently/calculations/stattests/utils.py
 * (`get_binned_data(..., feel_zeroes=True)`).
 */
export function zeroShareFloor(shares: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(shares);
  let min = Infinity;
  for (const s of out) if (s !== 0 && s < min) min = s;
  if (min === Infinity) return out;
  const floor = min <= 0.0001 ? min / 1e6 : 0.0001;
  for (let i = 0; i < out.length; i++) if (out[i] === 0) out[i] = floor;
  return out;
}
