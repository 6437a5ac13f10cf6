import type { Column, Table } from '../../../src/core/table.js';
import type { FairnessOptions } from '../../../src/gates/fairness-gate/options.js';
import { DEFAULT_METRICS } from '../../../src/gates/fairness-gate/metrics.js';

/** A Table from plain arrays: all-number arrays become number columns (null = missing). */
export function makeTable(columns: Record<string, (string | number | null)[]>, source = 'predictions.csv'): Table {
  const cols: Column[] = Object.entries(columns).map(([name, values]) => {
    if (values.every((v) => v === null || typeof v === 'number')) {
      const missing = values.some((v) => v === null) ? Uint8Array.from(values.map((v) => (v === null ? 1 : 0))) : null;
      return { kind: 'number', name, values: Float64Array.from(values.map((v) => (v === null ? Number.NaN : (v as number)))), missing };
    }
    return { kind: 'string', name, values: values.map((v) => (v === null ? null : String(v))) };
  });
  const rowCount = Object.values(columns)[0]?.length ?? 0;
  // Line 1 is the CSV header.
  return { source, columns: cols, rowCount, rowLines: Int32Array.from({ length: rowCount }, (_, i) => i + 2) };
}

export function options(partial: Partial<FairnessOptions> = {}): FairnessOptions {
  return {
    sensitive: ['group'],
    intersectional: false,
    bins: {},
    labelColumn: 'label',
    predictionColumn: 'prediction',
    decisionThreshold: 0.5,
    positiveLabel: '1',
    reference: { default: { kind: 'largest' }, byAttribute: {} },
    metrics: [...DEFAULT_METRICS],
    thresholds: {},
    disparityTolerance: 0.8,
    method: 'between_groups',
    agg: 'worst_case',
    minGroupSize: 1,
    minPositives: 1,
    minNegatives: 1,
    confidence: 0.95,
    bootstrap: 0,
    seed: 1,
    decideOn: 'estimate',
    ...partial,
  };
}

/** Rows for a group with the given confusion counts. */
export function rowsFor(group: string, c: { tp: number; fn: number; fp: number; tn: number }): { group: string; label: number; prediction: number }[] {
  const rows: { group: string; label: number; prediction: number }[] = [];
  const add = (k: number, label: number, prediction: number) => {
    for (let i = 0; i < k; i++) rows.push({ group, label, prediction });
  };
  add(c.tp, 1, 1);
  add(c.fn, 1, 0);
  add(c.fp, 0, 1);
  add(c.tn, 0, 0);
  return rows;
}

export function tableOf(rows: Record<string, string | number | null>[], source?: string): Table {
  const names = Object.keys(rows[0]);
  return makeTable(Object.fromEntries(names.map((n) => [n, rows.map((r) => r[n])])), source);
}
