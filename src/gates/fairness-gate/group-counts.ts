/**
 * One pass over the rows: the confusion counts (TP, FN, FP, TN) of every
 * group of every sensitive attribute, and, when intersectional, of every
 * combination of two or more attributes. Everything after this works on
 * counts, never on rows again.
 *
 * Group order: categories in code-point order (as Python's `sorted`), bins in
 * interval order, a "(missing)" group last. Intersections enumerate the full
 * cartesian product of the attributes' groups, in that order, as Fairlearn's
 * MetricFrame does; combinations that no row has are kept with n = 0.
 */
import { UserError } from '../../core/errors.js';
import type { Table } from '../../core/table.js';
import type { ConfusionCounts } from '../../stats/fairness/confusion-counts.js';
import { binValues } from './binning.js';
import { requireColumn } from './columns.js';
import type { FairnessOptions } from './options.js';
import type { Outcomes } from './outcomes.js';

export const MISSING_GROUP = '(missing)';
/** A number column with more distinct values than this needs `bins`. */
export const MAX_NUMERIC_CATEGORIES = 50;
/** Largest number of intersectional groups counted. */
export const MAX_INTERSECTION_GROUPS = 1 << 20;

export interface AttributeCounts {
  /** The column name, or the columns joined by " × " for an intersection. */
  name: string;
  columns: string[];
  groups: string[];
  counts: ConfusionCounts[];
  /**
   * With intersections: the group of this attribute that each group of the
   * full intersection (the last attribute) falls in, so that one resample of
   * the finest groups serves every attribute.
   */
  jointIndex?: Int32Array;
}

interface Encoded {
  column: string;
  codes: Int32Array;
  labels: string[];
}

/** Codes 0..k−1 for one sensitive column. */
export function encodeSensitive(table: Table, column: string, options: Pick<FairnessOptions, 'bins'>): Encoded {
  const col = requireColumn(table, column, 'sensitive');
  const n = table.rowCount;
  const spec = options.bins[column];
  if (spec) {
    if (col.kind !== 'number') throw new UserError(`column "${column}" is not numeric and cannot be binned`, { file: table.source, field: `bins.${column}` });
    const b = binValues(col.values, col.missing, spec, column);
    return withMissing(column, b.codes, b.labels);
  }
  if (col.kind === 'number') return withMissing(column, ...encodeNumbers(table, col.values, col.missing, column));
  return withMissing(column, ...encodeStrings(col.values));
}

/**
 * Codes of a numeric category column (values in increasing order). The last
 * value seen and a short list of the distinct values are checked before the
 * Map: low-cardinality columns then cost a comparison or two per row.
 */
function encodeNumbers(table: Table, values: Float64Array, missing: Uint8Array | null, column: string): [Int32Array, string[]] {
  const n = values.length;
  const distinct: number[] = [];
  const index = new Map<number, number>();
  const raw = new Int32Array(n);
  let last = Number.NaN;
  let lastCode = -1;
  for (let i = 0; i < n; i++) {
    if (missing !== null && missing[i] === 1) {
      raw[i] = -1;
      continue;
    }
    const v = values[i];
    if (v === last) {
      raw[i] = lastCode;
      continue;
    }
    let c = -1;
    const k = distinct.length;
    for (let j = 0; j < k && j < 8; j++) {
      if (distinct[j] === v) {
        c = j;
        break;
      }
    }
    if (c < 0) {
      const found = index.get(v);
      if (found !== undefined) c = found;
      else {
        c = k;
        distinct.push(v);
        index.set(v, c);
        if (distinct.length > MAX_NUMERIC_CATEGORIES) {
          throw new UserError(
            `column "${column}" is numeric with more than ${MAX_NUMERIC_CATEGORIES} distinct values: give bins (cut points or a number of quantiles) for it`,
            { file: table.source, field: 'sensitive' },
          );
        }
      }
    }
    raw[i] = c;
    last = v;
    lastCode = c;
  }
  const order = distinct.map((v, j) => ({ v, j })).sort((a, b) => a.v - b.v);
  return [remapCodes(raw, order.map((o) => o.j)), order.map((o) => String(o.v))];
}

/**
 * Codes of a text category column (labels in code-point order). One-letter
 * values go through a table by character code; the readers share one string
 * among equal short cells, so other values are usually matched by identity
 * against the last value or a short list of first-seen ones before the Map.
 */
function encodeStrings(values: readonly (string | null)[]): [Int32Array, string[]] {
  const n = values.length;
  const distinct: string[] = [];
  const index = new Map<string, number>();
  const raw = new Int32Array(n);
  let last: string | null = null;
  let lastCode = -1;
  const ascii = new Int32Array(128).fill(-1);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null) {
      raw[i] = -1;
      continue;
    }
    // One-character codes ("F", "M", "A".."E"): a table lookup, no comparisons to mispredict.
    if (v.length === 1) {
      const ch = v.charCodeAt(0);
      if (ch < 128 && ascii[ch] >= 0) {
        raw[i] = ascii[ch];
        continue;
      }
    }
    if (v === last) {
      raw[i] = lastCode;
      continue;
    }
    let c = -1;
    const k = distinct.length;
    for (let j = 0; j < k && j < 8; j++) {
      if (distinct[j] === v) {
        c = j;
        break;
      }
    }
    if (c < 0) {
      const found = index.get(v);
      if (found !== undefined) c = found;
      else {
        c = k;
        distinct.push(v);
        index.set(v, c);
        if (v.length === 1 && v.charCodeAt(0) < 128) ascii[v.charCodeAt(0)] = c;
      }
    }
    raw[i] = c;
    last = v;
    lastCode = c;
  }
  const order = distinct.map((v, j) => ({ v, j })).sort((a, b) => (a.v < b.v ? -1 : a.v > b.v ? 1 : 0));
  return [remapCodes(raw, order.map((o) => o.j)), order.map((o) => o.v)];
}

/** Replaces first-seen codes by sorted ones: `sortedToSeen[i]` is the first-seen code of the i-th label. */
function remapCodes(raw: Int32Array, sortedToSeen: number[]): Int32Array {
  const remap = new Int32Array(sortedToSeen.length);
  sortedToSeen.forEach((seen, i) => (remap[seen] = i));
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c >= 0) raw[i] = remap[c];
  }
  return raw;
}

function withMissing(column: string, codes: Int32Array, labels: string[]): Encoded {
  let hasMissing = false;
  for (let i = 0; i < codes.length; i++) if (codes[i] < 0) hasMissing = true;
  if (!hasMissing) return { column, codes, labels };
  const m = labels.length;
  for (let i = 0; i < codes.length; i++) if (codes[i] < 0) codes[i] = m;
  return { column, codes, labels: [...labels, MISSING_GROUP] };
}

function emptyCounts(k: number): ConfusionCounts[] {
  return Array.from({ length: k }, () => ({ tp: 0, fn: 0, fp: 0, tn: 0 }));
}

function fromCells(cells: Float64Array, k: number): ConfusionCounts[] {
  const out = emptyCounts(k);
  for (let g = 0; g < k; g++) {
    out[g].tp = cells[4 * g];
    out[g].fn = cells[4 * g + 1];
    out[g].fp = cells[4 * g + 2];
    out[g].tn = cells[4 * g + 3];
  }
  return out;
}

export function countGroups(
  table: Table,
  outcomes: Outcomes,
  options: Pick<FairnessOptions, 'sensitive' | 'bins' | 'intersectional'>,
): AttributeCounts[] {
  if (options.sensitive.length === 0) throw new UserError('give at least one sensitive column', { field: 'sensitive' });
  const seen = new Set<string>();
  for (const s of options.sensitive) {
    if (seen.has(s)) throw new UserError(`column "${s}" is listed twice`, { field: 'sensitive' });
    seen.add(s);
  }
  for (const b of Object.keys(options.bins)) {
    if (!seen.has(b)) throw new UserError(`bins are given for "${b}", which is not a sensitive column`, { field: 'bins' });
  }
  const encoded = options.sensitive.map((c) => encodeSensitive(table, c, options));
  const n = table.rowCount;
  const cellCode = cellCodes(outcomes, n);

  if (!(options.intersectional && encoded.length >= 2)) {
    return encoded.map((e) => ({ name: e.column, columns: [e.column], groups: e.labels, counts: fromCells(countCells(e.codes, cellCode, e.labels.length), e.labels.length) }));
  }
  // With intersections, one pass over the rows counts the full product of all
  // attributes; every attribute and every combination is then a sum of those
  // cells, with no further pass over the rows.
  const sizes = encoded.map((e) => e.labels.length);
  const total = sizes.reduce((a, b) => a * b, 1);
  if (total > MAX_INTERSECTION_GROUPS) {
    throw new UserError(
      `the intersection of ${encoded.map((e) => e.column).join(', ')} has ${total} groups, more than ${MAX_INTERSECTION_GROUPS}: bin the continuous attributes or use fewer`,
      { field: 'intersectional' },
    );
  }
  // Mixed radix, first attribute most significant (Fairlearn's product order).
  const combined = new Int32Array(n);
  for (const e of encoded) appendDigit(combined, e.codes, e.labels.length);
  const full = countCells(combined, cellCode, total);
  const result: AttributeCounts[] = [];
  const k = encoded.length;
  // Single attributes first, then subsets in order of size, then of column order, e.g. a, b, c, ab, ac, bc, abc.
  const subsets: number[][] = [];
  for (let mask = 1; mask < 1 << k; mask++) subsets.push([...Array(k).keys()].filter((a) => mask & (1 << a)));
  subsets.sort((x, y) => x.length - y.length || compareArrays(x, y));
  for (const members of subsets) result.push(marginal(encoded, members, sizes, full, total));
  return result;
}

/** combined = combined · size + codes, row by row: one more mixed-radix digit. */
function appendDigit(combined: Int32Array, codes: Int32Array, size: number): void {
  for (let i = 0; i < combined.length; i++) combined[i] = combined[i] * size + codes[i];
}

/** Cell index 0..3 of every row: TP, FN, FP, TN (the order of ConfusionCounts). */
function cellCodes(outcomes: Outcomes, n: number): Uint8Array {
  const label = outcomes.label;
  const prediction = outcomes.prediction;
  const out = new Uint8Array(n);
  // label 1: TP (0) or FN (1); label 0: FP (2) or TN (3).
  for (let i = 0; i < n; i++) out[i] = ((1 - label[i]) << 1) | (1 - prediction[i]);
  return out;
}

/** The 4·groups cell counts of rows grouped by `codes`. */
function countCells(codes: Int32Array, cellCode: Uint8Array, groups: number): Float64Array {
  // Integer counts, exact up to 2^32 rows, converted once at the end.
  const counts = new Uint32Array(4 * groups);
  for (let i = 0; i < codes.length; i++) counts[4 * codes[i] + cellCode[i]]++;
  return Float64Array.from(counts);
}

/**
 * Counts of one attribute or combination of attributes (`members`), summed
 * from the cells of the full product, with the group of the combination that
 * each full-product group falls in.
 */
function marginal(encoded: Encoded[], members: number[], sizes: number[], full: Float64Array, total: number): AttributeCounts {
  const stride = new Array<number>(sizes.length);
  let s = 1;
  for (let a = sizes.length - 1; a >= 0; a--) {
    stride[a] = s;
    s *= sizes[a];
  }
  const subSizes = members.map((a) => sizes[a]);
  const subTotal = subSizes.reduce((a, b) => a * b, 1);
  const cells = new Float64Array(4 * subTotal);
  const jointIndex = new Int32Array(total);
  for (let code = 0; code < total; code++) {
    let sub = 0;
    for (const a of members) sub = sub * sizes[a] + (Math.floor(code / stride[a]) % sizes[a]);
    jointIndex[code] = sub;
    for (let c = 0; c < 4; c++) cells[4 * sub + c] += full[4 * code + c];
  }
  const groups: string[] = [];
  for (let sub = 0; sub < subTotal; sub++) {
    let rest = sub;
    const parts: string[] = new Array(members.length);
    for (let m = members.length - 1; m >= 0; m--) {
      parts[m] = encoded[members[m]].labels[rest % subSizes[m]];
      rest = Math.floor(rest / subSizes[m]);
    }
    groups.push(parts.join(' × '));
  }
  const columns = members.map((a) => encoded[a].column);
  return { name: columns.join(' × '), columns, groups, counts: fromCells(cells, subTotal), jointIndex };
}

function compareArrays(x: number[], y: number[]): number {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}
