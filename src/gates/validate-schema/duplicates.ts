/**
 * Repeated values and keys, for `unique`, primary keys and Great
 * Expectations' compound uniqueness. Two ways of naming the offenders:
 * every row of a repeated value (Great Expectations, modelgate) or the
 * second occurrence onward (Frictionless, whose unique-error and primary-key
 * error name the row that repeats an earlier one).
 */
import type { Column } from '../../core/table.js';
import { isNumericType, type ColumnData, type NumericData } from './column-data.js';
import type { ColumnContract, Repeats } from './contract/model.js';

/**
 * 1 for every present cell whose value occurs more than once (all
 * occurrences), or null when no value repeats. Numbers: a sorted copy
 * (native typed-array sort) finds the repeated values, so a column of
 * distinct ids costs one sort and no hash map of a million boxed doubles.
 * Text: one pass over a Map from value to its first row.
 */
export function duplicateFlags(
  column: Column,
  data: ColumnData,
  type: ColumnContract['type'],
  getNumeric: () => NumericData,
): Uint8Array | null {
  const n = data.rowCount;
  const missing = data.missing;
  let flags: Uint8Array | null = null;
  const markText = (include: (i: number) => boolean) => {
    const first = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      if (missing[i] === 1 || !include(i)) continue;
      const key = data.text(i);
      const at = first.get(key);
      if (at === undefined) first.set(key, i);
      else {
        flags ??= new Uint8Array(n);
        if (at >= 0) {
          flags[at] = 1;
          first.set(key, -1);
        }
        flags[i] = 1;
      }
    }
  };
  if (column.kind === 'number' || isNumericType(type)) {
    const v = getNumeric().values;
    let present = 0;
    for (let i = 0; i < n; i++) if (v[i] === v[i]) present++;
    const sorted = new Float64Array(present);
    for (let i = 0, k = 0; i < n; i++) if (v[i] === v[i]) sorted[k++] = v[i];
    sorted.sort();
    let repeated: Set<number> | null = null;
    for (let k = 1; k < present; k++) {
      if (sorted[k] === sorted[k - 1]) (repeated ??= new Set()).add(sorted[k]);
    }
    if (repeated !== null) {
      flags = new Uint8Array(n);
      for (let i = 0; i < n; i++) if (v[i] === v[i] && repeated.has(v[i])) flags[i] = 1;
    }
    // Present cells that are not numbers (malformed for the type) are compared by their text.
    if (present + data.missingCount < n) markText((i) => v[i] !== v[i]);
    return flags;
  }
  markText(() => true);
  return flags;
}

/**
 * Keeps only the repeats of the flagged rows (the second occurrence of each
 * key onward), when `repeats` is `later`; `keyOf` gives a flagged row's key.
 */
export function keepRepeats(flags: Uint8Array, repeats: Repeats | undefined, keyOf: (i: number) => string | number): void {
  if (repeats !== 'later') return;
  const seen = new Set<string | number>();
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] !== 1) continue;
    const key = keyOf(i);
    if (!seen.has(key)) {
      seen.add(key);
      flags[i] = 0;
    }
  }
}

/**
 * The key of row i over several columns: each part's text, length-prefixed
 * so that no cell text can make two different keys equal; a missing part is
 * a key part of its own, equal only to another missing part.
 */
export function compositeKey(datas: readonly ColumnData[], i: number): string {
  let key = '';
  for (const d of datas) {
    if (d.missing[i] === 1) key += '-;';
    else {
      const t = d.text(i);
      key += `${t.length}:${t};`;
    }
  }
  return key;
}

/**
 * 1 for every row (among those `include` accepts) whose key over `datas`
 * occurs more than once, all occurrences; null when none repeats.
 */
export function repeatedKeyFlags(datas: readonly ColumnData[], n: number, include: (i: number) => boolean): Uint8Array | null {
  let flags: Uint8Array | null = null;
  const first = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (!include(i)) continue;
    const key = compositeKey(datas, i);
    const at = first.get(key);
    if (at === undefined) first.set(key, i);
    else {
      flags ??= new Uint8Array(n);
      if (at >= 0) {
        flags[at] = 1;
        first.set(key, -1);
      }
      flags[i] = 1;
    }
  }
  return flags;
}
