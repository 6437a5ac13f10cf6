/**
 * One column of the reference or current data, prepared for the drift
 * tests: numerical values without missing cells, NaN or ±∞ (Evidently drops
 * them the same way) sorted ascending, or category counts. Missing cells are
 * counted for the data-quality findings.
 */
import { UserError } from '../../core/errors.js';
import type { Column, TextCodes } from '../../core/table.js';
import { radixSortFloat64, sortedFinite } from '../../stats/drift/radix-sort-float64.js';

export type ColumnType = 'numerical' | 'categorical';

/**
 * A sorted sample held as its distinct values with their counts (a reference
 * profile's number column): `values` strictly ascending and finite, every
 * count a positive integer, `n` their sum.
 */
export interface DistinctValues {
  values: Float64Array;
  counts: Float64Array;
  n: number;
}

export interface NumericalSample {
  type: 'numerical';
  /**
   * Finite values, ascending. With `distinct` set this is built on first
   * read (the expansion of `distinct`), for the methods that need every value.
   */
  values: Float64Array;
  /**
   * The same sample as distinct values and counts, when the producer has it:
   * the tests that can work on it (KS, Wasserstein, energy, bins) do, without
   * expanding `values`.
   */
  distinct?: DistinctValues;
  /** Rows in the column, missing included. */
  rows: number;
  /** Missing cells, NaN and ±∞. */
  missing: number;
}

export interface CategoricalSample {
  type: 'categorical';
  /** Count per category (present cells only). */
  counts: Map<string, number>;
  /** Sum of counts. */
  n: number;
  rows: number;
  missing: number;
  /**
   * The categories are the labels of numbers (a number column compared as
   * categorical): they are ordered by value, as Evidently's `sorted(keys)`
   * orders a numeric column's values, not as text.
   */
  numbers?: true;
}

export type ColumnSample = NumericalSample | CategoricalSample;

export function sampleSize(s: ColumnSample): number {
  return s.type === 'numerical' ? (s.distinct ? s.distinct.n : s.values.length) : s.n;
}

/**
 * A numerical sample from distinct values and counts. Returns undefined
 * unless the values are strictly ascending and finite and every count a
 * positive integer (an edited profile), so that the caller falls back to the
 * expanded values and every result stays what the expansion gives.
 */
export function distinctSample(values: Float64Array, counts: Float64Array, rows: number, missing: number): NumericalSample | undefined {
  let n = 0;
  // Strictly ascending from −∞ rules out NaN and −∞ too; +∞ can only be last.
  let prev = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const c = counts[i];
    if (!(v > prev && c >= 1 && c === Math.floor(c))) return undefined;
    prev = v;
    n += c;
  }
  if (prev === Infinity) return undefined;
  let expanded: Float64Array | undefined;
  return {
    type: 'numerical',
    distinct: { values, counts, n },
    rows,
    missing,
    get values(): Float64Array {
      expanded ??= expandDistinct(values, counts, n);
      return expanded;
    },
  };
}

/** Every value of a distinct-values sample, each repeated its count of times. */
export function expandDistinct(values: Float64Array, counts: Float64Array, n?: number): Float64Array {
  if (n === undefined) {
    n = 0;
    for (const c of counts) n += c;
  }
  const out = new Float64Array(n);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    out.fill(values[i], at, at + counts[i]);
    at += counts[i];
  }
  return out;
}

/** Numbers as category labels: the shortest round-trip text, so 1 and 1.0 are one category. */
function label(v: number): string {
  return String(v);
}

/** Category counts of a numerical sample (its distinct values). */
export function countsOfValues(values: Float64Array): Map<string, number> {
  const counts = new Map<string, number>();
  let i = 0;
  while (i < values.length) {
    let j = i + 1;
    while (j < values.length && values[j] === values[i]) j++;
    counts.set(label(values[i]), j - i);
    i = j;
  }
  return counts;
}

/** Category counts of a numerical sample, from its distinct values when it has them. */
export function countsOfSample(s: NumericalSample): Map<string, number> {
  if (!s.distinct) return countsOfValues(s.values);
  const counts = new Map<string, number>();
  const { values, counts: k } = s.distinct;
  for (let i = 0; i < values.length; i++) counts.set(label(values[i]), k[i]);
  return counts;
}

/** Distinct values of a numerical sample. */
export function distinctCountOfSample(s: NumericalSample): number {
  return s.distinct ? s.distinct.values.length : distinctCount(s.values);
}

/** Distinct values of an ascending array. */
export function distinctCount(values: Float64Array): number {
  let d = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) d++;
  return d;
}

/**
 * Prepare a column. `rows` optionally selects row indices (sampling).
 * A text column declared numerical must hold numbers in every present cell.
 * `consume`: the table is not used afterwards, so a number column's own
 * array is filtered and sorted in place instead of a copy (rows ascending
 * keep the in-place filter safe: a value is read before its slot is written).
 */
export function columnSample(column: Column, type: ColumnType, source: string, rows?: Uint32Array, consume = false): ColumnSample {
  if (column.kind === 'string' && column.dictionary && type === 'categorical') return codedSample(column.dictionary, rows, rows ? rows.length : column.dictionary.codes.length);
  const count = rows ? rows.length : column.values.length;
  if (column.kind === 'number') {
    const out = consume ? column.values : new Float64Array(count);
    let n = 0;
    if (!rows && !column.missing) {
      // The common case: copy in one go, then squeeze out NaN and ±∞ in place.
      if (!consume) out.set(column.values);
      for (let k = 0; k < count; k++) {
        const v = out[k];
        if (v - v === 0) out[n++] = v; // finite: v − v is NaN for NaN and ±∞
      }
    } else {
      for (let k = 0; k < count; k++) {
        const i = rows ? rows[k] : k;
        const v = column.values[i];
        if (Number.isFinite(v) && !(column.missing && column.missing[i] === 1)) out[n++] = v;
      }
    }
    return sampleOfSorted(radixSortFloat64(out.subarray(0, n)), count, type);
  }
  if (type === 'numerical') {
    const out = new Float64Array(count);
    let n = 0;
    for (let k = 0; k < count; k++) {
      const i = rows ? rows[k] : k;
      const cell = column.values[i];
      if (cell === null || cell.trim() === '') continue;
      const v = Number(cell.trim());
      if (Number.isNaN(v) && !/^nan$/i.test(cell.trim())) {
        throw new UserError(`column-types says numerical, but row ${i + 1} holds "${cell.slice(0, 40)}", which is not a number`, {
          file: source,
          field: `column ${column.name}`,
        });
      }
      if (Number.isFinite(v)) out[n++] = v;
    }
    return { type, values: radixSortFloat64(out.subarray(0, n)), rows: count, missing: count - n };
  }
  const counts = new Map<string, number>();
  let n = 0;
  for (let k = 0; k < count; k++) {
    const i = rows ? rows[k] : k;
    const cell = column.values[i];
    if (cell === null) continue;
    counts.set(cell, (counts.get(cell) ?? 0) + 1);
    n++;
  }
  return { type, counts, n, rows: count, missing: count - n };
}

/**
 * The categorical sample of a dictionary-encoded column: counted by code,
 * then keyed by text in first-seen row order, exactly the Map the loop over
 * the strings builds (codes are not always in row order: a column that
 * turned to text late has its earlier rows coded last).
 */
function codedSample({ codes, labels }: TextCodes, rows: Uint32Array | undefined, count: number): CategoricalSample {
  const perCode = new Float64Array(labels.length);
  const firstSeen: number[] = [];
  let n = 0;
  for (let k = 0; k < count; k++) {
    const code = codes[rows ? rows[k] : k];
    if (code < 0) continue;
    if (perCode[code]++ === 0) firstSeen.push(code);
    n++;
  }
  const counts = new Map<string, number>();
  for (const code of firstSeen) counts.set(labels[code], perCode[code]);
  return { type: 'categorical', counts, n, rows: count, missing: count - n };
}

/**
 * The sample of a number column held in parts (its halves, read by two
 * threads, in file order): exactly columnSample's on the joined column,
 * without making the joined copy (sortedFinite reads the parts directly).
 */
export function numberSampleOfParts(parts: readonly Float64Array[], type: ColumnType): ColumnSample {
  let rows = 0;
  for (const p of parts) rows += p.length;
  return sampleOfSorted(sortedFinite(parts), rows, type);
}

/** The sample of a number column from its finite values, ascending, out of `rows` cells. */
function sampleOfSorted(values: Float64Array, rows: number, type: ColumnType): ColumnSample {
  const n = values.length;
  if (type === 'numerical') return { type, values, rows, missing: rows - n };
  return { type, counts: countsOfValues(values), n, rows, missing: rows - n, numbers: true };
}
