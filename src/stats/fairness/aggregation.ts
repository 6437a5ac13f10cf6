/**
 * How a per-group rate is summarised into one disparity, as Fairlearn's
 * `MetricFrame.difference(method=...)` and `MetricFrame.ratio(method=...)`
 * define it.
 *
 * - `between_groups`: difference = max_g r_g − min_g r_g; ratio = min_g r_g / max_g r_g.
 * - `to_overall`: difference = max_g |r_g − r_overall|; ratio = min_g of
 *   r_g / r_overall folded below one (x > 1 → 1/x).
 *
 * Groups whose rate is undefined (NaN) are skipped, as pandas' min/max skip
 * NaN in Fairlearn. With fewer than one defined group (two for
 * between_groups is not required: one group gives difference 0, ratio 1, as
 * in Fairlearn) the result is NaN.
 *
 * References: Fairlearn `fairlearn/metrics/_disaggregated_result.py`,
 * `DisaggregatedResult.difference` and `.ratio`; Fairlearn user guide,
 * "Scalar results from MetricFrame".
 */
export type AggregationMethod = 'between_groups' | 'to_overall';

export function aggregateDifference(rates: ArrayLike<number>, overall: number, method: AggregationMethod): number {
  let lo = Infinity;
  let hi = -Infinity;
  let maxAbs = -Infinity;
  let any = false;
  for (let i = 0; i < rates.length; i++) {
    const r = rates[i];
    if (Number.isNaN(r)) continue;
    any = true;
    if (r < lo) lo = r;
    if (r > hi) hi = r;
    const d = Math.abs(r - overall);
    if (d > maxAbs) maxAbs = d;
  }
  if (!any) return Number.NaN;
  return method === 'between_groups' ? hi - lo : maxAbs;
}

export function aggregateRatio(rates: ArrayLike<number>, overall: number, method: AggregationMethod): number {
  let lo = Infinity;
  let hi = -Infinity;
  let minFolded = Infinity;
  let any = false;
  for (let i = 0; i < rates.length; i++) {
    const r = rates[i];
    if (Number.isNaN(r)) continue;
    any = true;
    if (r < lo) lo = r;
    if (r > hi) hi = r;
    // NaN (0/0) never wins a pandas min, so a 0/0 pair is skipped like a NaN group.
    const q = r / overall;
    if (!Number.isNaN(q)) {
      const folded = q > 1 ? 1 / q : q;
      if (folded < minFolded) minFolded = folded;
    }
  }
  if (!any) return Number.NaN;
  if (method === 'between_groups') return lo / hi;
  return minFolded === Infinity ? Number.NaN : minFolded;
}
