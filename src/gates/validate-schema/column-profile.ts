/**
 * Per-column summaries for the visual report: for each contract column found
 * in a data file, its missing cells (as the contract's missing values
 * define them) and, for a number column, its observed range, beside what the
 * contract allows (min/max, not-null or max-null-fraction). A compact
 * `charts` section of the JSON report; never rows.
 */
import { findColumn, type Table } from '../../core/table.js';
import { columnData } from './column-data.js';
import type { Contract } from './contract/model.js';

export interface ColumnProfile {
  /** The data file, when several were validated. */
  file?: string;
  column: string;
  rows: number;
  missing: number;
  /** Observed range of a number column's present finite values. */
  min?: number;
  max?: number;
  /** The contract's bounds on the values (numbers only) and on the share of missing cells. */
  allowedMin?: number;
  allowedMax?: number;
  allowedMissingShare?: number;
}

/** Columns summarised per file at most (a page stays small whatever the contract). */
export const MAX_PROFILED_COLUMNS = 200;

export function columnProfiles(table: Table, contract: Contract, file?: string): ColumnProfile[] {
  const out: ColumnProfile[] = [];
  for (const col of contract.columns) {
    if (out.length >= MAX_PROFILED_COLUMNS) break;
    const column = findColumn(table, col.name);
    if (!column) continue;
    const data = columnData(column, table.rowCount, col.missingValues ?? contract.missingValues);
    const profile: ColumnProfile = { ...(file !== undefined ? { file } : {}), column: col.name, rows: table.rowCount, missing: data.missingCount };
    if (column.kind === 'number') {
      let min = Infinity;
      let max = -Infinity;
      const v = column.values;
      for (let i = 0; i < v.length; i++) {
        if (data.missing[i] || !Number.isFinite(v[i])) continue;
        if (v[i] < min) min = v[i];
        if (v[i] > max) max = v[i];
      }
      if (min <= max) Object.assign(profile, { min, max });
    }
    for (const rule of col.rules) {
      if (rule.where) continue;
      if (rule.kind === 'min' && typeof rule.value === 'number') profile.allowedMin = rule.value;
      if (rule.kind === 'max' && typeof rule.value === 'number') profile.allowedMax = rule.value;
      if (rule.kind === 'not-null') profile.allowedMissingShare = 0;
      if (rule.kind === 'max-null-fraction') profile.allowedMissingShare = rule.value;
    }
    out.push(profile);
  }
  return out;
}
