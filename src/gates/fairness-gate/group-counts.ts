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
  if (col.kind === 'number') {
    const distinct = new Map<number, string>();
    for (let i = 0; i < n; i++) {
      if (col.missing && col.missing[i] === 1) continue;
      const v = col.values[i];
      if (!distinct.has(v)) {
        distinct.set(v, String(v));
        if (distinct.size > MAX_NUMERIC_CATEGORIES) {
          throw new UserError(
            `column "${column}" is numeric with more than ${MAX_NUMERIC_CATEGORIES} distinct values: give bins (cut points or a number of quantiles) for it`,
            { file: table.source, field: 'sensitive' },
          );
        }
      }
    }
    const sorted = [...distinct.keys()].sort((a, b) => a - b);
    const index = new Map(sorted.map((v, i) => [v, i]));
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) codes[i] = col.missing && col.missing[i] === 1 ? -1 : index.get(col.values[i])!;
    return withMissing(column, codes, sorted.map((v) => distinct.get(v)!));
  }
  const firstSeen = new Map<string, number>();
  const raw = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = col.values[i];
    if (v === null) {
      raw[i] = -1;
      continue;
    }
    let c = firstSeen.get(v);
    if (c === undefined) {
      c = firstSeen.size;
      firstSeen.set(v, c);
    }
    raw[i] = c;
  }
  const labels = [...firstSeen.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const remap = new Int32Array(labels.length);
  labels.forEach((l, i) => (remap[firstSeen.get(l)!] = i));
  for (let i = 0; i < n; i++) if (raw[i] >= 0) raw[i] = remap[raw[i]];
  return withMissing(column, raw, labels);
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

/** Cell index 0..3 of a row: TP, FN, FP, TN (the order of ConfusionCounts). */
function cellOf(label: number, prediction: number): number {
  return label === 1 ? (prediction === 1 ? 0 : 1) : prediction === 1 ? 2 : 3;
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
  const cellCode = new Uint8Array(n);
  for (let i = 0; i < n; i++) cellCode[i] = cellOf(outcomes.label[i], outcomes.prediction[i]);

  const result: AttributeCounts[] = [];
  for (const e of encoded) {
    const cells = new Float64Array(4 * e.labels.length);
    for (let i = 0; i < n; i++) cells[4 * e.codes[i] + cellCode[i]]++;
    result.push({ name: e.column, columns: [e.column], groups: e.labels, counts: fromCells(cells, e.labels.length) });
  }
  if (options.intersectional && encoded.length >= 2) {
    const inter = intersections(encoded, cellCode, n);
    const sizes = encoded.map((e) => e.labels.length);
    const total = inter[inter.length - 1].groups.length;
    let stride = total;
    encoded.forEach((_, a) => {
      stride /= sizes[a];
      const map = new Int32Array(total);
      for (let code = 0; code < total; code++) map[code] = Math.floor(code / stride) % sizes[a];
      result[a].jointIndex = map;
    });
    result.push(...inter);
  }
  return result;
}

/**
 * Counts of the full product of all attributes in one pass, then every
 * subset of two or more attributes by summing over the others.
 */
function intersections(encoded: Encoded[], cellCode: Uint8Array, n: number): AttributeCounts[] {
  const sizes = encoded.map((e) => e.labels.length);
  const total = sizes.reduce((a, b) => a * b, 1);
  if (total > MAX_INTERSECTION_GROUPS) {
    throw new UserError(
      `the intersection of ${encoded.map((e) => e.column).join(', ')} has ${total} groups, more than ${MAX_INTERSECTION_GROUPS}: bin the continuous attributes or use fewer`,
      { field: 'intersectional' },
    );
  }
  // Mixed radix, first attribute most significant (Fairlearn's product order).
  const stride = new Array<number>(sizes.length);
  let s = 1;
  for (let a = sizes.length - 1; a >= 0; a--) {
    stride[a] = s;
    s *= sizes[a];
  }
  const full = new Float64Array(4 * total);
  for (let i = 0; i < n; i++) {
    let code = 0;
    for (let a = 0; a < encoded.length; a++) code += encoded[a].codes[i] * stride[a];
    full[4 * code + cellCode[i]]++;
  }
  const out: AttributeCounts[] = [];
  const k = encoded.length;
  // Subsets in order of size, then of column order, e.g. ab, ac, bc, abc.
  const subsets: number[][] = [];
  for (let mask = 1; mask < 1 << k; mask++) {
    const members = [...Array(k).keys()].filter((a) => mask & (1 << a));
    if (members.length >= 2) subsets.push(members);
  }
  subsets.sort((x, y) => x.length - y.length || compareArrays(x, y));
  for (const members of subsets) {
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
    out.push({ name: columns.join(' × '), columns, groups, counts: fromCells(cells, subTotal), jointIndex });
  }
  return out;
}

function compareArrays(x: number[], y: number[]): number {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}
