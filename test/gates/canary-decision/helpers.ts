import type { Table } from '../../../src/core/table.js';
import { metricFromSettings, type MetricConfig, type MetricSettings } from '../../../src/gates/canary-decision/config.js';
import type { MetricResult } from '../../../src/gates/canary-decision/classify-metric.js';

/** A table from columns of numbers (NaN = missing) or strings (null = missing). */
export function makeTable(source: string, columns: Record<string, (number | string | null)[]>): Table {
  const cols = Object.entries(columns).map(([name, cells]) => {
    if (cells.every((c) => typeof c === 'number' || c === null)) {
      const values = Float64Array.from(cells.map((c) => (c === null ? NaN : (c as number))));
      const missing = values.some(Number.isNaN) ? Uint8Array.from(values, (v) => (Number.isNaN(v) ? 1 : 0)) : null;
      return { kind: 'number' as const, name, values, missing };
    }
    return { kind: 'string' as const, name, values: cells.map((c) => (c === null ? null : String(c))) };
  });
  const rowCount = cols[0]?.values.length ?? 0;
  return { source, columns: cols, rowCount, rowLines: Int32Array.from({ length: rowCount }, (_, i) => i + 2) };
}

export function metric(name: string, settings: MetricSettings = {}): MetricConfig {
  return metricFromSettings(name, { 'min-samples': 1, ...settings }, 'test');
}

/** A metric result that only matters to the scorer. */
export function scored(name: string, classification: MetricResult['classification'], extra: Partial<MetricResult> = {}): MetricResult {
  return {
    name,
    group: extra.groups?.[0] ?? 'test-group',
    groups: extra.groups ?? ['test-group'],
    classification,
    reason: '',
    criticalFailure: false,
    cles: null,
    scoring: classification === 'Nodata' ? 'nodata' : classification === 'Inconclusive' ? 'inconclusive' : 'judged',
    method: 'mann-whitney',
    canaryMean: null,
    baselineMean: null,
    ratio: null,
    estimate: null,
    ciLow: null,
    ciHigh: null,
    pValue: null,
    probabilityBetter: null,
    nCanary: 0,
    nBaseline: 0,
    rules: [],
    histogram: null,
    ...extra,
  };
}

/** Deterministic pseudo-normal values (Box–Muller on a fixed LCG), for data the tests reason about. */
export function normals(n: number, mean: number, sd: number, seed: number): number[] {
  let s = seed >>> 0;
  const u = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 4294967296;
  };
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(mean + sd * Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u()));
  return out;
}
