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
import type { Table, TextCodes } from '../../core/table.js';
import type { ConfusionCounts } from '../../stats/fairness/confusion-counts.js';
import { binCuts, binLabels, binOf } from './binning.js';
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

/**
 * One sensitive attribute, ready for the counting pass: its group labels and
 * how a row's group is found. Text and numeric category columns carry a
 * first-seen code per row and the table from those codes to groups (labels
 * sorted); a binned column is cut row by row inside the counting pass, with
 * no array of codes at all.
 */
interface Encoded {
  column: string;
  labels: string[];
  rows: CodedRows | BinnedRows;
}

interface CodedRows {
  kind: 'coded';
  /** First-seen code of each row, −1 where missing. */
  seen: Int32Array;
  /** Group of first-seen code c at [c + 1]; [0] is the "(missing)" group. */
  groupOf: Int32Array;
}

interface BinnedRows {
  kind: 'binned';
  values: Float64Array;
  missing: Uint8Array | null;
  cuts: Float64Array;
  /** Group of a missing cell (the last). */
  missingGroup: number;
}

/** The groups of one sensitive column and how each row finds its group. */
export function encodeSensitive(table: Table, column: string, options: Pick<FairnessOptions, 'bins'>): Encoded {
  const col = requireColumn(table, column, 'sensitive');
  const spec = options.bins[column];
  if (spec) {
    if (col.kind !== 'number') throw new UserError(`column "${column}" is not numeric and cannot be binned`, { file: table.source, field: `bins.${column}` });
    const cuts = binCuts(col.values, col.missing, spec, column);
    const labels = binLabels(cuts);
    const hasMissing = col.missing !== null && col.missing.indexOf(1) >= 0;
    return {
      column,
      labels: hasMissing ? [...labels, MISSING_GROUP] : labels,
      rows: { kind: 'binned', values: col.values, missing: hasMissing ? col.missing : null, cuts: Float64Array.from(cuts), missingGroup: labels.length },
    };
  }
  const [seen, order, labels] =
    col.kind === 'number' ? encodeNumbers(table, col.values, col.missing, column) : col.dictionary ? encodeDictionary(col.dictionary) : encodeStrings(col.values);
  return coded(column, seen, order, labels);
}

/**
 * The coded form of a category column: `order[i]` is the first-seen code of
 * the i-th label in sorted order; missing cells, if any, get a last group.
 */
function coded(column: string, seen: Int32Array, order: number[], labels: string[]): Encoded {
  const groupOf = new Int32Array(order.length + 1);
  order.forEach((firstSeen, group) => (groupOf[firstSeen + 1] = group));
  groupOf[0] = labels.length;
  const hasMissing = seen.indexOf(-1) >= 0;
  return { column, labels: hasMissing ? [...labels, MISSING_GROUP] : labels, rows: { kind: 'coded', seen, groupOf } };
}

/**
 * First-seen codes of a numeric category column, with the order of the
 * values (increasing) and their labels. The last value seen and a short list
 * of the distinct values are checked before the Map: low-cardinality columns
 * then cost a comparison or two per row.
 */
function encodeNumbers(table: Table, values: Float64Array, missing: Uint8Array | null, column: string): [Int32Array, number[], string[]] {
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
  return [raw, order.map((o) => o.j), order.map((o) => String(o.v))];
}

/**
 * First-seen codes of a text category column, with the order of the labels
 * (code-point order) and the labels. One-letter values go through a table by
 * character code; the readers share one string among equal short cells, so
 * other values are usually matched by identity against the last value or a
 * short list of first-seen ones before the Map.
 */
function encodeStrings(values: readonly (string | null)[]): [Int32Array, number[], string[]] {
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
  return encodeDictionary({ codes: raw, labels: distinct });
}

/**
 * The same from codes and labels: a column the reader dictionary-encoded,
 * whose codes serve as they are, or encodeStrings' first-seen codes. Every
 * label occurs in some row, and the codes need not be in first-seen order,
 * only one per label.
 */
function encodeDictionary({ codes, labels }: TextCodes): [Int32Array, number[], string[]] {
  const order = labels.map((v, j) => ({ v, j })).sort((a, b) => (a.v < b.v ? -1 : a.v > b.v ? 1 : 0));
  return [codes, order.map((o) => o.j), order.map((o) => o.v)];
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

  if (!(options.intersectional && encoded.length >= 2)) {
    return encoded.map((e) => ({
      name: e.column,
      columns: [e.column],
      groups: e.labels,
      counts: fromCells(countCells([e], [1], outcomes, n, e.labels.length), e.labels.length),
    }));
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
  const strides = new Array<number>(sizes.length);
  for (let a = sizes.length - 1, s = 1; a >= 0; s *= sizes[a], a--) strides[a] = s;
  const full = countCells(encoded, strides, outcomes, n, total);
  const result: AttributeCounts[] = [];
  const k = encoded.length;
  // Single attributes first, then subsets in order of size, then of column order, e.g. a, b, c, ab, ac, bc, abc.
  const subsets: number[][] = [];
  for (let mask = 1; mask < 1 << k; mask++) subsets.push([...Array(k).keys()].filter((a) => mask & (1 << a)));
  subsets.sort((x, y) => x.length - y.length || compareArrays(x, y));
  for (const members of subsets) result.push(marginal(encoded, members, sizes, full, total));
  return result;
}

/** Rows handled at a time by the counting pass: the block's cell indices stay in the first-level cache. */
const BLOCK = 2048;

/**
 * The 4·groups cell counts (TP, FN, FP, TN of each group, the order of
 * ConfusionCounts) of the rows grouped by the combined code
 * Σ group_a · stride_a of the attributes. One pass over the rows, a block
 * at a time: the block's cell indices start from the confusion cell
 * (label 1: TP 0 or FN 1; label 0: FP 2 or TN 3), each attribute adds its
 * group's weight, and the cells are counted; no per-row array is written.
 */
function countCells(encoded: readonly Encoded[], strides: readonly number[], outcomes: Outcomes, n: number, groups: number): Float64Array {
  const label = outcomes.label;
  const prediction = outcomes.prediction;
  // Integer counts, exact up to 2^32 rows, converted once at the end.
  const counts = new Uint32Array(4 * groups);
  const cell = new Int32Array(BLOCK);
  // The weight 4·stride·group of each first-seen code, or of each bin.
  const weights = encoded.map((e, a) => {
    const w = 4 * strides[a];
    return e.rows.kind === 'coded' ? e.rows.groupOf.map((g) => g * w) : Int32Array.from({ length: e.labels.length }, (_, g) => g * w);
  });
  // Every row loop is a function of its own: a loop inlined here would be
  // compiled on its own (on-stack replacement) and dropped at each block's end.
  for (let start = 0; start < n; start += BLOCK) {
    const m = Math.min(BLOCK, n - start);
    startCells(cell, m, start, label, prediction);
    for (let a = 0; a < encoded.length; a++) {
      const rows = encoded[a].rows;
      if (rows.kind === 'coded') addCoded(cell, m, start, rows.seen, weights[a]);
      else addBinned(cell, m, start, rows, weights[a]);
    }
    tally(counts, cell, m);
  }
  return Float64Array.from(counts);
}

/** cell[j] = the confusion cell of row start + j: label 1: TP 0 or FN 1; label 0: FP 2 or TN 3. */
function startCells(cell: Int32Array, m: number, start: number, label: Uint8Array, prediction: Uint8Array): void {
  for (let j = 0; j < m; j++) cell[j] = 3 - 2 * label[start + j] - prediction[start + j];
}

function tally(counts: Uint32Array, cell: Int32Array, m: number): void {
  for (let j = 0; j < m; j++) counts[cell[j]]++;
}

/** cell[j] += the weight of row start + j's group, from its first-seen code. */
function addCoded(cell: Int32Array, m: number, start: number, seen: Int32Array, weight: Int32Array): void {
  for (let j = 0; j < m; j++) cell[j] += weight[seen[start + j] + 1];
}

/** cell[j] += the weight of row start + j's bin (the "(missing)" group's for a missing cell). */
function addBinned(cell: Int32Array, m: number, start: number, rows: BinnedRows, weight: Int32Array): void {
  const { values, missing, cuts } = rows;
  if (missing === null) {
    for (let j = 0; j < m; j++) cell[j] += weight[binOf(cuts, values[start + j])];
    return;
  }
  const missingWeight = weight[rows.missingGroup];
  for (let j = 0; j < m; j++) cell[j] += missing[start + j] === 1 ? missingWeight : weight[binOf(cuts, values[start + j])];
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
