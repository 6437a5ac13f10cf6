/**
 * Data-quality findings beside drift. Drift tests drop missing cells, so a
 * column whose null share jumps from 1% to 40% can pass every test; and a
 * category never seen in training is a problem whatever its share. Each
 * finding has its own threshold:
 * - `null-share`: current null share − reference null share > threshold
 *   (missing cells, NaN and ±∞ count as null);
 * - `new-categories`: share of current rows in categories absent from the
 *   reference > threshold (categorical columns);
 * - `missing-categories`: share of reference rows in categories absent from
 *   the current data > threshold (categorical columns).
 */
import type { ColumnSample } from './column-sample.js';

export type QualityKind = 'null-share' | 'new-categories' | 'missing-categories';

export interface QualityFinding {
  column: string;
  kind: QualityKind;
  /** The observed increase or share. */
  value: number;
  threshold: number;
  flagged: boolean;
  reference?: number;
  current?: number;
  /** The categories concerned (at most 20, most frequent first). */
  categories?: string[];
}

function unseen(a: Map<string, number>, b: Map<string, number>, n: number): { share: number; categories: string[] } {
  const only = [...a.entries()].filter(([k]) => !b.has(k)).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const count = only.reduce((s, [, c]) => s + c, 0);
  return { share: n > 0 ? count / n : 0, categories: only.slice(0, 20).map(([k]) => k) };
}

export function dataQuality(
  column: string,
  ref: ColumnSample,
  cur: ColumnSample,
  thresholds: { nullShareIncrease: number; newCategoryShare: number; missingCategoryShare: number },
): QualityFinding[] {
  const refNull = ref.rows ? ref.missing / ref.rows : 0;
  const curNull = cur.rows ? cur.missing / cur.rows : 0;
  const increase = curNull - refNull;
  const out: QualityFinding[] = [
    {
      column,
      kind: 'null-share',
      value: increase,
      threshold: thresholds.nullShareIncrease,
      flagged: increase > thresholds.nullShareIncrease,
      reference: refNull,
      current: curNull,
    },
  ];
  if (ref.type === 'categorical' && cur.type === 'categorical') {
    const added = unseen(cur.counts, ref.counts, cur.n);
    out.push({
      column,
      kind: 'new-categories',
      value: added.share,
      threshold: thresholds.newCategoryShare,
      flagged: added.categories.length > 0 && added.share > thresholds.newCategoryShare,
      categories: added.categories,
    });
    const gone = unseen(ref.counts, cur.counts, ref.n);
    out.push({
      column,
      kind: 'missing-categories',
      value: gone.share,
      threshold: thresholds.missingCategoryShare,
      flagged: gone.categories.length > 0 && gone.share > thresholds.missingCategoryShare,
      categories: gone.categories,
    });
  }
  return out;
}
