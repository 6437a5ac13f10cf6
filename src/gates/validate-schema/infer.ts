/**
 * Contract inference in the spirit of TFDV's infer_schema: from one data
 * file, propose a modelgate contract that the same file satisfies — types,
 * nullability, observed min/max (numbers and datetimes), categories for columns with few distinct
 * values, and uniqueness of identifier-like columns.
 */
import { stringify } from 'yaml';
import type { Table } from '../../core/table.js';
import { parseDatetime } from './column-data.js';
import type { ContractFile } from './contract/modelgate.js';

type ColumnEntry = ContractFile['columns'][number];

export interface InferOptions {
  /** Most distinct values a string column may have to become a category (default 20). */
  maxCategories?: number;
}

const BOOLEAN_WORDS = new Set(['true', 'false']);

export function inferContract(table: Table, options: InferOptions = {}): ContractFile {
  const maxCategories = options.maxCategories ?? 20;
  const n = table.rowCount;
  const columns: ColumnEntry[] = table.columns.map((column) => {
    const entry: ColumnEntry = { name: column.name };
    let missing = 0;
    if (column.kind === 'number') {
      let integral = true;
      let min = Infinity;
      let max = -Infinity;
      const seen = new Set<number>();
      for (let i = 0; i < n; i++) {
        if (column.missing !== null && column.missing[i] === 1) {
          missing++;
          continue;
        }
        const v = column.values[i];
        if (!Number.isInteger(v)) integral = false;
        if (v < min) min = v;
        if (v > max) max = v;
        if (seen.size <= n) seen.add(v);
      }
      entry.type = integral ? 'integer' : 'number';
      if (missing === 0) entry.nullable = false;
      if (Number.isFinite(min)) entry.min = min;
      if (Number.isFinite(max)) entry.max = max;
      if (integral && missing === 0 && n >= 10 && seen.size === n) entry.unique = true;
      return entry;
    }
    const distinct = new Map<string, number>();
    let allBoolean = true;
    let allDatetime = true;
    for (let i = 0; i < n; i++) {
      const v = column.values[i];
      if (v === null) {
        missing++;
        continue;
      }
      distinct.set(v, (distinct.get(v) ?? 0) + 1);
    }
    for (const v of distinct.keys()) {
      if (allBoolean && !BOOLEAN_WORDS.has(v.toLowerCase())) allBoolean = false;
      if (allDatetime && Number.isNaN(parseDatetime(v))) allDatetime = false;
      if (!allBoolean && !allDatetime) break;
    }
    const present = n - missing;
    if (present === 0) entry.type = 'string';
    else if (allBoolean) entry.type = 'boolean';
    else if (allDatetime) entry.type = 'datetime';
    // A category needs repetition: at most maxCategories values, each seen twice on average.
    else if (distinct.size <= maxCategories && distinct.size * 2 <= present) {
      entry.type = 'category';
      entry.values = [...distinct.keys()].sort();
    } else entry.type = 'string';
    if (entry.type === 'datetime') {
      // Bounds as the cells wrote them, so that the contract reads like the data.
      let lo = Infinity;
      let hi = -Infinity;
      let loText = '';
      let hiText = '';
      for (const v of distinct.keys()) {
        const t = parseDatetime(v);
        if (t < lo) [lo, loText] = [t, v];
        if (t > hi) [hi, hiText] = [t, v];
      }
      entry.min = loText;
      entry.max = hiText;
    }
    if (missing === 0) entry.nullable = false;
    if (entry.type === 'string' && missing === 0 && n >= 10 && distinct.size === n) entry.unique = true;
    return entry;
  });
  return { contract: 1, columns };
}

/** The inferred contract as YAML with a header saying where it came from. */
export function inferredContractYaml(table: Table, contract: ContractFile): string {
  const header = [
    `# modelgate data contract inferred from ${table.source} (${table.rowCount} rows).`,
    '# Review it: bounds and categories are what this file happened to contain.',
  ].join('\n');
  return `${header}\n${stringify(contract, { lineWidth: 0 })}`;
}
