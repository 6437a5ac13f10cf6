/**
 * `method: auto` picks a method per column exactly as Evidently's data drift
 * preset does (`_get_default_stattest` in
 * src/evidently/calculations/stattests/registry.py), on the column after
 * dropping missing cells, NaN and ±∞ from both samples:
 *
 * | reference rows | column type | distinct values (ref ∪ cur) | method        | threshold |
 * |----------------|-------------|-----------------------------|---------------|-----------|
 * | ≤ 1000         | numerical   | > 5                         | ks            | p < 0.05  |
 * | ≤ 1000         | numerical   | 3–5                         | chisquare     | p < 0.05  |
 * | ≤ 1000         | numerical   | ≤ 2                         | z             | p < 0.05  |
 * | ≤ 1000         | categorical | > 2                         | chisquare     | p < 0.05  |
 * | ≤ 1000         | categorical | ≤ 2                         | z             | p < 0.05  |
 * | > 1000         | numerical   | > 5                         | wasserstein   | ≥ 0.1     |
 * | > 1000         | numerical   | ≤ 5                         | jensenshannon | ≥ 0.1     |
 * | > 1000         | categorical | any                         | jensenshannon | ≥ 0.1     |
 *
 * Evidently's Jensen–Shannon uses base-2 logarithms; so does `auto`.
 */
import { categoriesOf } from './binned-shares.js';
import { sampleSize, type ColumnSample } from './column-sample.js';
import type { MethodName } from './methods.js';

export interface AutoChoice {
  method: MethodName;
  /** Logarithm base the choice implies (jensenshannon: 2). */
  jsBase?: number;
}

/** Distinct values of the union of two ascending arrays, counting no further than `cap`. */
function distinctUnion(a: Float64Array, b: Float64Array, cap: number): number {
  let i = 0;
  let j = 0;
  let d = 0;
  while ((i < a.length || j < b.length) && d < cap) {
    const v = i < a.length && (j >= b.length || a[i] <= b[j]) ? a[i] : b[j];
    while (i < a.length && a[i] === v) i++;
    while (j < b.length && b[j] === v) j++;
    d++;
  }
  return d;
}

export function autoMethod(ref: ColumnSample, cur: ColumnSample): AutoChoice {
  const distinct =
    ref.type === 'numerical' && cur.type === 'numerical'
      ? distinctUnion(ref.distinct?.values ?? ref.values, cur.distinct?.values ?? cur.values, 6)
      : new Set([...categoriesOf(ref).keys(), ...categoriesOf(cur).keys()]).size;
  if (sampleSize(ref) <= 1000) {
    if (ref.type === 'numerical' && distinct > 5) return { method: 'ks' };
    return { method: distinct > 2 ? 'chisquare' : 'z' };
  }
  if (ref.type === 'numerical' && distinct > 5) return { method: 'wasserstein' };
  return { method: 'jensenshannon', jsBase: 2 };
}
