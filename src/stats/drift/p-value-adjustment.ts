/**
 * Multiple-testing adjustment of the p-values of the columns tested with a
 * p-value method, so that a table with many columns does not flag drift by
 * chance. Returns adjusted p-values (compared with the same threshold):
 * - `bonferroni`: min(1, m·pᵢ) — controls the family-wise error rate;
 * - `holm`: step-down; with p₍₁₎ ≤ … ≤ p₍ₘ₎,
 *   p̃₍ᵢ₎ = min(1, maxⱼ≤ᵢ (m − j + 1)·p₍ⱼ₎) — FWER, uniformly more powerful;
 * - `bh` (Benjamini–Hochberg): step-up;
 *   p̃₍ᵢ₎ = min(1, minⱼ≥ᵢ m·p₍ⱼ₎ / j) — controls the false discovery rate;
 * - `none`: unchanged.
 * NaN p-values are left NaN and not counted in m. These are the definitions
 * of R's `p.adjust` and statsmodels' `multipletests`.
 *
 * References:
 * - S. Holm, Scand. J. Stat. 6(2) (1979) 65–70.
 * - Y. Benjamini, Y. Hochberg, J. R. Stat. Soc. B 57(1) (1995) 289–300.
 * - R `p.adjust`, https://stat.ethz.ch/R-manual/R-devel/library/stats/html/p.adjust.html
 */
export type PValueCorrection = 'none' | 'bonferroni' | 'holm' | 'bh';

export function adjustPValues(pValues: readonly number[], method: PValueCorrection): number[] {
  const out = pValues.slice();
  if (method === 'none') return out;
  const idx = pValues.map((_, i) => i).filter((i) => !Number.isNaN(pValues[i]));
  const m = idx.length;
  if (method === 'bonferroni') {
    for (const i of idx) out[i] = Math.min(1, pValues[i] * m);
    return out;
  }
  idx.sort((a, b) => pValues[a] - pValues[b]);
  if (method === 'holm') {
    let running = 0;
    idx.forEach((i, r) => {
      running = Math.max(running, (m - r) * pValues[i]);
      out[i] = Math.min(1, running);
    });
    return out;
  }
  let running = Infinity;
  for (let r = m - 1; r >= 0; r--) {
    const i = idx[r];
    running = Math.min(running, (m * pValues[i]) / (r + 1));
    out[i] = Math.min(1, running);
  }
  return out;
}
