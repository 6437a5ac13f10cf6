import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { METRICS, findMetric, type MetricDef } from '../../../src/gates/performance-gate/metric-catalog.js';
import { compareMetric } from '../../../src/gates/performance-gate/compare-metric.js';
import type { Predictions } from '../../../src/gates/performance-gate/predictions.js';

const golden = JSON.parse(readFileSync(new URL('../../golden/performance.json', import.meta.url), 'utf8'));

function binary(c: any): Predictions {
  return { source: 'x', task: 'binary', rows: c.y.length, classes: ['0', '1'], label: Int32Array.from(c.y), predicted: Int32Array.from(c.pred), scores: [Float64Array.from(c.score)] };
}
function multiclass(c: any): Predictions {
  return { source: 'x', task: 'multiclass', rows: c.y.length, classes: ['0', '1', '2'].slice(0, c.k), label: Int32Array.from(c.y), predicted: Int32Array.from(c.pred), scores: c.proba.map((a: number[]) => Float64Array.from(a)) };
}
function regression(c: any): Predictions {
  return { source: 'x', task: 'regression', rows: c.y.length, classes: [], label: new Int32Array(0), actual: Float64Array.from(c.y), estimate: Float64Array.from(c.yhat) };
}

describe('the catalog computes the golden scikit-learn values', () => {
  const sk: Record<string, string> = { pr_auc: 'pr_auc', roc_auc: 'roc_auc' };
  it('binary', () => {
    const c = golden.binary[0];
    for (const def of METRICS.filter((m) => m.task === 'binary')) expect(def.compute(binary(c))).toBeCloseTo(c.expected[sk[def.name] ?? def.name], 10);
  });
  it('multiclass', () => {
    const c = golden.multiclass[0];
    const names: Record<string, string> = { roc_auc: 'roc_auc_ovr', roc_auc_weighted: 'roc_auc_ovr_weighted' };
    for (const def of METRICS.filter((m) => m.task === 'multiclass')) expect(def.compute(multiclass(c))).toBeCloseTo(c.expected[names[def.name] ?? def.name], 10);
  });
  it('regression', () => {
    const c = golden.regression[0];
    for (const def of METRICS.filter((m) => m.task === 'regression')) expect(def.compute(regression(c))).toBeCloseTo(c.expected[def.name], 10);
  });
});

describe('per-row terms of mean-decomposable metrics', () => {
  const cases: [MetricDef, Predictions][] = [];
  for (const def of METRICS.filter((m) => m.perRow)) {
    const p = def.task === 'binary' ? binary(golden.binary[5]) : def.task === 'multiclass' ? multiclass(golden.multiclass[0]) : regression(golden.regression[1]);
    cases.push([def, p]);
  }

  it('exist for log_loss, brier, mae, mse, rmse and mape', () => {
    expect(cases.map(([d]) => `${d.task}:${d.name}`).sort()).toEqual(
      ['binary:brier', 'binary:log_loss', 'multiclass:log_loss', 'regression:mae', 'regression:mape', 'regression:mse', 'regression:rmse'].sort(),
    );
  });

  it('average back to the metric (so the fast bootstrap resamples the same statistic)', () => {
    for (const [def, p] of cases) {
      const t = def.perRow!(p);
      const mean = t.reduce((a, b) => a + b, 0) / t.length;
      expect((def.fromMean ?? ((m: number) => m))(mean)).toBeCloseTo(def.compute(p), 12);
    }
  });

  it('give the same bootstrap interval as recomputing the metric on each replicate', () => {
    const c = golden.binary[0];
    const cand = binary(c);
    const base: Predictions = { ...cand, scores: [Float64Array.from(c.score, (s: number) => Math.min(1, s * 0.9 + 0.05))] };
    const def = findMetric('log_loss', 'binary')!;
    const fast = compareMetric(def, cand, base, { bootstrap: 300, confidence: 0.9, seed: 3 });
    const slow = compareMetric({ ...def, perRow: undefined }, cand, base, { bootstrap: 300, confidence: 0.9, seed: 3 });
    expect(fast.ciLow!).toBeCloseTo(slow.ciLow!, 12);
    expect(fast.ciHigh!).toBeCloseTo(slow.ciHigh!, 12);
    expect(fast.pValue).toBe(slow.pValue);
  });
});
