/**
 * `method: auto` picks a method per column exactly as Evidently's data drift
 * preset does (`_get_default_stattest` in Evidently 0.7's
 * src/evidently/legacy/calculations/stattests/registry.py), on the column
 * after dropping missing cells, NaN and ±∞ from both samples:
 *
 * | reference rows | column type | distinct values (ref ∪ cur) | method        | threshold |
 * |----------------|-------------|-----------------------------|---------------|-----------|
 * | ≤ 1000         | numerical   | > 5                         | ks            | p ≤ 0.05  |
 * | ≤ 1000         | numerical   | 3–5                         | chisquare     | p < 0.05  |
 * | ≤ 1000         | numerical   | ≤ 2                         | z             | p < 0.05  |
 * | ≤ 1000         | categorical | > 2                         | chisquare     | p < 0.05  |
 * | ≤ 1000         | categorical | ≤ 2                         | z             | p < 0.05  |
 * | > 1000         | numerical   | > 5                         | wasserstein   | ≥ 0.1     |
 * | > 1000         | numerical   | ≤ 5                         | jensenshannon | ≥ 0.1     |
 * | > 1000         | categorical | any                         | jensenshannon | ≥ 0.1     |
 *
 * Each method then runs under its own definition, default threshold and
 * comparison (methods.ts). Evidently's Jensen–Shannon takes scipy's default
 * natural logarithm (it never passes a base), and so does `auto`.
 */
import { categoriesOf, distinctUnionCount } from './binned-shares.js';
import { sampleSize, type ColumnSample } from './column-sample.js';
import type { MethodName } from './methods.js';

export function autoMethod(ref: ColumnSample, cur: ColumnSample): MethodName {
  const distinct =
    ref.type === 'numerical' && cur.type === 'numerical'
      ? distinctUnionCount(ref.distinct?.values ?? ref.values, cur.distinct?.values ?? cur.values, 6)
      : new Set([...categoriesOf(ref).keys(), ...categoriesOf(cur).keys()]).size;
  if (sampleSize(ref) <= 1000) {
    if (ref.type === 'numerical' && distinct > 5) return 'ks';
    return distinct > 2 ? 'chisquare' : 'z';
  }
  if (ref.type === 'numerical' && distinct > 5) return 'wasserstein';
  return 'jensenshannon';
}
