/**
 * Jensen–Shannon distance between two discrete distributions, as
 * `scipy.spatial.distance.jensenshannon(p, q, base)`:
 *   JS(p, q) = √( (KL(p‖m) + KL(q‖m)) / 2 ),   m = (p + q)/2,
 * after normalising p and q to sum to 1, with KL in natural log divided by
 * ln(base) when a base is given. Base 2 bounds it by 1; natural log by √ln2.
 * Symmetric; 0 for equal distributions. A distance: no p-value.
 *
 * drift-check's `jensenshannon` uses the natural log unless
 * `jensenshannon-base` says otherwise; `auto` uses base 2 as Evidently does.
 *
 * References:
 * - J. Lin, IEEE Trans. Inf. Theory 37(1) (1991) 145–151.
 * - D. M. Endres, J. E. Schindelin, IEEE Trans. Inf. Theory 49(7) (2003) 1858–1860.
 * - scipy.spatial.distance.jensenshannon, https://docs.scipy.org/doc/scipy/reference/generated/scipy.spatial.distance.jensenshannon.html
 */

/** x·ln(x/y) with scipy.special.rel_entr's conventions at 0. */
function relEntr(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}

export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>, base?: number): number {
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    sp += p[i];
    sq += q[i];
  }
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i] / sp;
    const b = q[i] / sq;
    const m = (a + b) / 2;
    js += relEntr(a, m) + relEntr(b, m);
  }
  if (base !== undefined) js /= Math.log(base);
  return Math.sqrt(js / 2);
}
