/**
 * Cramér's V, the association between the sample (reference or current) and
 * the category: on an r × c contingency table with N counts,
 *   V = √( χ² / (N · (min(r, c) − 1)) ),
 * with χ² Pearson's statistic without continuity correction. This is
 * `scipy.stats.contingency.association(table, method='cramer')`. V lies in
 * [0, 1]: 0 when both samples have the same category shares. A table with a
 * single category (min(r, c) = 1) has no association: 0. A distance, not a
 * test: no p-value.
 *
 * References:
 * - H. Cramér, "Mathematical Methods of Statistics", Princeton, 1946, §21.9.
 * - scipy.stats.contingency.association, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.contingency.association.html
 */
import { chiSquareContingency } from './chi-square-contingency.js';

export function cramersV(table: number[][]): number {
  const r = table.length;
  const c = r ? table[0].length : 0;
  const k = Math.min(r, c);
  if (k < 2) return 0;
  let total = 0;
  for (const row of table) for (const v of row) total += v;
  const { statistic } = chiSquareContingency(table, { correction: false });
  return Math.sqrt(statistic / (total * (k - 1)));
}
