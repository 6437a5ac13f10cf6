import { describe, expect, it } from 'vitest';
import { makeTable } from './helpers.js';
import { extractPredictions, type ColumnOptions } from '../../../src/gates/performance-gate/predictions.js';
import { alignBaseline } from '../../../src/gates/performance-gate/align-baseline.js';
import { evaluate } from '../../../src/gates/performance-gate/evaluate.js';
import { parseMargin, parseThreshold } from '../../../src/gates/performance-gate/rules.js';
import type { MetricOptions } from '../../../src/gates/performance-gate/evaluate-metrics.js';
import { parseBaselineMetrics } from '../../../src/gates/performance-gate/baseline-metrics.js';
import { sliceRows } from '../../../src/gates/performance-gate/slices.js';
import { renderMarkdown } from '../../../src/gates/performance-gate/render.js';
import { UserError } from '../../../src/core/errors.js';
import { createRng } from '../../../src/stats/random/prng.js';

const cols = (o: Partial<ColumnOptions> = {}): ColumnOptions => ({
  task: 'auto',
  labelColumn: 'label',
  predictionColumn: 'pred',
  scoreColumns: [],
  decisionThreshold: 0.5,
  ...o,
});

const opts = (o: Partial<MetricOptions> = {}): MetricOptions => ({
  metrics: [],
  thresholds: {},
  maxDrop: {},
  decideOn: 'interval',
  confidence: 0.95,
  bootstrap: 500,
  seed: 1,
  ...o,
});

/** 20 rows, 17 right: accuracy exactly 0.85. */
function seventeenOfTwenty() {
  const label = [1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0, 1];
  const pred = label.map((v, i) => (i < 3 ? 1 - v : v));
  return makeTable({ label, pred });
}

/** A synthetic binary problem: the candidate is right with probability pc, the baseline with pb, correlated through a shared draw. */
function pair(n: number, pc: number, pb: number, seed: number) {
  const rng = createRng(seed);
  const label: number[] = [];
  const cand: number[] = [];
  const base: number[] = [];
  const sc: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < n; i++) {
    const y = rng.next() < 0.4 ? 1 : 0;
    const u = rng.next();
    const c = u < pc ? y : 1 - y;
    const b = (rng.next() < 0.7 ? u : rng.next()) < pb ? y : 1 - y;
    label.push(y);
    cand.push(c);
    base.push(b);
    sc.push(Math.min(1, Math.max(0, (c === 1 ? 0.7 : 0.3) + (rng.next() - 0.5) * 0.5)));
    sb.push(Math.min(1, Math.max(0, (b === 1 ? 0.7 : 0.3) + (rng.next() - 0.5) * 0.5)));
  }
  return {
    candidate: makeTable({ id: label.map((_, i) => `r${i}`), label, pred: cand, score: sc }, 'candidate.csv'),
    baseline: makeTable({ id: label.map((_, i) => `r${i}`), label, pred: base, score: sb }, 'baseline.csv'),
  };
}

function run(cand: ReturnType<typeof pair>, o: Partial<MetricOptions>) {
  const c = extractPredictions(cand.candidate, cols({ scoreColumns: ['score'], idColumn: 'id' }));
  const b = alignBaseline(c, extractPredictions(cand.baseline, cols({ scoreColumns: ['score'], idColumn: 'id' }), c), { candidate: 'candidate.csv', baseline: 'baseline.csv' });
  return evaluate({ candidate: c, baseline: { predictions: b, file: 'baseline.csv' }, options: opts(o) });
}

describe('thresholds on computed metrics', () => {
  it('accuracy 17/20 meets ">= 0.85" exactly', () => {
    const p = extractPredictions(seventeenOfTwenty(), cols());
    expect(p.task).toBe('binary');
    const e = evaluate({ candidate: p, options: opts({ metrics: ['accuracy'], thresholds: { accuracy: parseThreshold('accuracy', '>= 0.85') } }) });
    expect(e.metrics[0].value).toBe(0.85);
    expect(e.verdict).toBe('pass');
    const e2 = evaluate({ candidate: p, options: opts({ metrics: ['accuracy'], thresholds: { accuracy: parseThreshold('accuracy', '> 0.85') } }) });
    expect(e2.verdict).toBe('fail');
  });

  it('MLflow form against baseline metrics: baseline 0.8 + 0.05 passes a 0.85 candidate', () => {
    const p = extractPredictions(seventeenOfTwenty(), cols());
    const values = parseBaselineMetrics('{"accuracy": 0.8}', 'baseline.json');
    const e = evaluate({
      candidate: p,
      baseline: { values, file: 'baseline.json' },
      options: opts({ metrics: ['accuracy'], thresholds: { accuracy: parseThreshold('accuracy', { min_absolute_change: 0.05, greater_is_better: true }) }, maxDrop: { '*': parseMargin('*', 0.1) } }),
    });
    const t = e.checks.find((c) => c.id === 'metric.accuracy.threshold')!;
    expect(t.verdict).toBe('pass');
    expect(e.metrics[0].baseline).toBe(0.8);
    expect(e.verdict).toBe('pass');
  });

  it('a metric that is configured but missing from the baseline metrics fails', () => {
    const p = extractPredictions(seventeenOfTwenty(), cols());
    const e = evaluate({ candidate: p, baseline: { values: parseBaselineMetrics('{"f1": 0.8}', 'b.json'), file: 'b.json' }, options: opts({ metrics: ['accuracy'] }) });
    const c = e.checks.find((x) => x.id === 'metric.accuracy.baseline')!;
    expect(c.verdict).toBe('fail');
    expect(c.message).toMatch(/not in the baseline metrics/);
  });

  it('a metric that cannot be computed (one class only) is an error, never a pass', () => {
    const t = makeTable({ label: [1, 1, 1, 1], pred: [1, 0, 1, 1], score: [0.9, 0.2, 0.8, 0.7] });
    const p = extractPredictions(t, cols({ scoreColumns: ['score'] }));
    const e = evaluate({ candidate: p, options: opts({ metrics: ['accuracy', 'roc_auc'] }) });
    expect(e.metrics.find((m) => m.name === 'accuracy')!.value).toBe(0.75);
    const c = e.checks.find((x) => x.id === 'metric.roc_auc.computable')!;
    expect(c.verdict).toBe('fail');
    expect(c.message).toMatch(/only one class/);
    expect(e.verdict).toBe('fail');
  });

  it('a threshold on an unlisted metric adds it; an unknown metric is a UserError', () => {
    const p = extractPredictions(seventeenOfTwenty(), cols());
    const e = evaluate({ candidate: p, options: opts({ metrics: ['accuracy'], thresholds: { f1: parseThreshold('f1', 0.99) } }) });
    expect(e.metrics.map((m) => m.name)).toEqual(['accuracy', 'f1']);
    expect(e.verdict).toBe('fail');
    expect(() => evaluate({ candidate: p, options: opts({ metrics: ['auroc'] }) })).toThrow(/unknown metric "auroc"/);
    expect(() => evaluate({ candidate: p, options: opts({ metrics: ['roc_auc'] }) })).toThrow(/needs predicted scores/);
  });
});

describe('champion comparison on the same rows', () => {
  it('a clearly worse challenger fails, with McNemar and DeLong p-values', () => {
    const e = run(pair(4000, 0.8, 0.9, 3), { metrics: ['accuracy', 'f1', 'roc_auc', 'log_loss'], maxDrop: { '*': parseMargin('*', 0.01) } });
    const acc = e.metrics.find((m) => m.name === 'accuracy')!;
    expect(acc.delta!).toBeLessThan(-0.05);
    expect(acc.ciHigh!).toBeLessThan(-0.01);
    expect(acc.pValue!).toBeLessThan(1e-6);
    expect(acc.test).toMatch(/McNemar/);
    expect(e.metrics.find((m) => m.name === 'roc_auc')!.test).toMatch(/DeLong/);
    expect(e.checks.find((c) => c.id === 'metric.accuracy.baseline')!.verdict).toBe('fail');
    expect(e.verdict).toBe('fail');
  });

  it('an equal challenger passes; identical predictions give Δ 0 and p 1', () => {
    const data = pair(2000, 0.85, 0.85, 5);
    const e = run({ candidate: data.candidate, baseline: data.candidate }, { metrics: ['accuracy', 'f1', 'roc_auc', 'brier'], maxDrop: { '*': parseMargin('*', 0.01) } });
    for (const m of e.metrics) {
      expect(m.delta).toBe(0);
      expect(m.verdict).toBe('pass');
    }
    expect(e.metrics.find((m) => m.name === 'accuracy')!.pValue).toBe(1);
    expect(e.verdict).toBe('pass');
  });

  it('a small drop within noise: interval mode does not fail, estimate mode does', () => {
    const data = pair(300, 0.84, 0.85, 11);
    const interval = run(data, { metrics: ['accuracy'], decideOn: 'interval' });
    const estimate = run(data, { metrics: ['accuracy'], decideOn: 'estimate' });
    const acc = interval.metrics[0];
    if (acc.delta! < 0) {
      expect(acc.ciHigh!).toBeGreaterThan(0);
      expect(interval.verdict).not.toBe('fail');
      expect(estimate.verdict).toBe('fail');
    } else {
      expect(estimate.verdict).toBe('pass');
    }
  });

  it('the bootstrap is reproducible for a seed and changes with it', () => {
    const data = pair(500, 0.8, 0.82, 2);
    const a = run(data, { metrics: ['f1'], seed: 7 }).metrics[0];
    const b = run(data, { metrics: ['f1'], seed: 7 }).metrics[0];
    const c = run(data, { metrics: ['f1'], seed: 8 }).metrics[0];
    expect([a.ciLow, a.ciHigh]).toEqual([b.ciLow, b.ciHigh]);
    expect([a.ciLow, a.ciHigh]).not.toEqual([c.ciLow, c.ciHigh]);
  });
});

describe('reading predictions', () => {
  it('names the file, line and column of a NaN score', () => {
    const t = makeTable({ label: [0, 1, 1], score: [0.1, null, 0.8] });
    try {
      extractPredictions(t, cols({ predictionColumn: undefined, scoreColumns: ['score'] }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).format()).toBe('predictions.csv:3: score: a score is missing or NaN');
    }
  });

  it('a missing column lists the columns there are', () => {
    expect(() => extractPredictions(makeTable({ y: [0, 1] }), cols())).toThrow(/no column "label".*columns are: y/);
  });

  it('derives predictions from scores at the decision threshold; all-equal predictions still evaluate', () => {
    const t = makeTable({ label: ['no', 'yes', 'yes', 'no'], score: [0.5, 0.5, 0.5, 0.5] });
    const p = extractPredictions(t, cols({ predictionColumn: undefined, scoreColumns: ['score'] }));
    expect(p.classes).toEqual(['no', 'yes']);
    expect(Array.from(p.predicted!)).toEqual([1, 1, 1, 1]);
    const e = evaluate({ candidate: p, options: opts({ metrics: ['accuracy', 'mcc', 'roc_auc'] }) });
    expect(e.metrics.map((m) => m.value)).toEqual([0.5, 0, 0.5]);
  });

  it('asks for positive-label when the classes do not say which is positive', () => {
    const t = makeTable({ label: ['cat', 'dog'], pred: ['cat', 'cat'] });
    expect(() => extractPredictions(t, cols())).toThrow(/set positive-label/);
    expect(extractPredictions(t, cols({ positiveLabel: 'dog' })).classes).toEqual(['cat', 'dog']);
  });

  it('multiclass by score prefix, and regression by numeric labels', () => {
    const t = makeTable({ label: ['a', 'b', 'c', 'a'], p_a: [0.7, 0.1, 0.2, 0.5], p_b: [0.2, 0.8, 0.1, 0.3], p_c: [0.1, 0.1, 0.7, 0.2] });
    const p = extractPredictions(t, cols({ predictionColumn: undefined, scorePrefix: 'p_' }));
    expect(p.task).toBe('multiclass');
    expect(Array.from(p.predicted!)).toEqual([0, 1, 2, 0]);
    const e = evaluate({ candidate: p, options: opts({ metrics: ['accuracy', 'f1', 'roc_auc', 'log_loss'] }) });
    expect(e.metrics.map((m) => m.name)).toEqual(['accuracy', 'f1_macro', 'roc_auc', 'log_loss']);
    expect(e.metrics[0].value).toBe(1);
    const r = extractPredictions(makeTable({ label: [1.5, 2.5, 3.5], pred: [1.0, 2.5, 4.0] }), cols());
    expect(r.task).toBe('regression');
    const er = evaluate({ candidate: r, options: opts({ thresholds: { rmse: parseThreshold('rmse', '<= 0.5') } }) });
    expect(er.metrics.find((m) => m.name === 'mae')!.value).toBeCloseTo(1 / 3, 12);
    expect(er.checks.find((c) => c.id === 'metric.rmse.threshold')!.verdict).toBe('pass');
  });

  it('baseline rows: length mismatch, unknown id and a different label are errors', () => {
    const a = makeTable({ id: ['x', 'y'], label: [0, 1], pred: [0, 1] });
    const b3 = makeTable({ id: ['x', 'y', 'z'], label: [0, 1, 1], pred: [0, 1, 1] }, 'base.csv');
    const pa = extractPredictions(a, cols());
    expect(() => alignBaseline(pa, extractPredictions(b3, cols(), pa), { candidate: 'a', baseline: 'base.csv' })).toThrow(/has 3 rows but the candidate has 2/);
    const pai = extractPredictions(a, cols({ idColumn: 'id' }));
    const bz = makeTable({ id: ['x', 'q'], label: [0, 1], pred: [0, 1] }, 'base.csv');
    expect(() => alignBaseline(pai, extractPredictions(bz, cols({ idColumn: 'id' }), pai), { candidate: 'a', baseline: 'base.csv' })).toThrow(/id "y" has no row/);
    const bl = makeTable({ id: ['y', 'x'], label: [0, 0], pred: [0, 1] }, 'base.csv');
    expect(() => alignBaseline(pai, extractPredictions(bl, cols({ idColumn: 'id' }), pai), { candidate: 'a', baseline: 'base.csv' })).toThrow(/label differs/);
    // Joined by id in a different order: the baseline's predictions follow the candidate's rows.
    const ok = makeTable({ id: ['y', 'x'], label: [1, 0], pred: [0, 1] }, 'base.csv');
    const aligned = alignBaseline(pai, extractPredictions(ok, cols({ idColumn: 'id' }), pai), { candidate: 'a', baseline: 'base.csv' });
    expect(Array.from(aligned.predicted!)).toEqual([1, 0]);
  });
});

describe('baseline metrics files', () => {
  it('reads plain, nested/DVC and MLflow shapes', () => {
    expect(parseBaselineMetrics('{"roc_auc": 0.9}', 'f').get('roc_auc')).toBe(0.9);
    const dvc = parseBaselineMetrics('{"workspace":{"data":{"metrics.json":{"data":{"test":{"roc_auc":0.91}}}}}}', 'f');
    expect([...dvc.keys()]).toEqual(['workspace.data.metrics.json.data.test.roc_auc']);
    const mlflow = parseBaselineMetrics(
      '{"run":{"data":{"metrics":[{"key":"roc_auc","value":0.8,"step":0,"timestamp":1},{"key":"roc_auc","value":0.87,"step":2,"timestamp":2},{"key":"accuracy_score","value":0.81,"step":0}]}}}',
      'f',
    );
    expect(mlflow.get('roc_auc')).toBe(0.87);
    const p = extractPredictions(seventeenOfTwenty(), cols());
    const e = evaluate({ candidate: p, baseline: { values: mlflow, file: 'f' }, options: opts({ metrics: ['accuracy'] }) });
    expect(e.metrics[0].baseline).toBe(0.81);
    expect(() => parseBaselineMetrics('{"a": "x"}', 'm.json')).toThrow(/no numeric metrics/);
    expect(() => parseBaselineMetrics('{', 'm.json')).toThrow(UserError);
  });
});

describe('slices, latency and the report', () => {
  it('evaluates slices, marks small ones insufficient, and renders', () => {
    const data = pair(600, 0.85, 0.85, 4);
    const region = Array.from({ length: 600 }, (_, i) => (i < 10 ? 'tiny' : i % 2 ? 'north' : 'south'));
    const t = makeTable({ ...Object.fromEntries(data.candidate.columns.map((c) => [c.name, c.kind === 'number' ? Array.from(c.values) : c.values])), region }, 'candidate.csv');
    const p = extractPredictions(t, cols({ scoreColumns: ['score'] }));
    const groups = sliceRows(t, ['region']);
    const e = evaluate({
      candidate: p,
      options: opts({ metrics: ['accuracy', 'roc_auc'], thresholds: { accuracy: parseThreshold('accuracy', '>= 0.5') } }),
      slices: { groups, columns: ['region'], minSliceSize: 30 },
      latency: { samples: Float64Array.from({ length: 100 }, (_, i) => i + 1), file: 'lat.csv', budget: { p95: 100, p99: 99 } },
    });
    const tiny = e.slices!.find((s) => s.slice === 'region=tiny')!;
    expect(tiny.verdict).toBe('insufficient');
    expect(e.slices!.find((s) => s.slice === 'region=north')!.metrics[0].verdict).toBe('pass');
    // numpy.percentile(1..100, 95) = 95.05, (…, 99) = 99.01
    expect(e.latency!.observed.p95).toBeCloseTo(95.05, 10);
    expect(e.checks.find((c) => c.id === 'latency.p99')!.verdict).toBe('fail');
    expect(e.verdict).toBe('fail');
    const md = renderMarkdown(e);
    expect(md).toContain('| Metric |');
    expect(md).toContain('region=tiny');
    // Two slices carry a value (tiny has too few rows): fewer than three numbers are a table, not a chart.
    expect(md).not.toContain('xychart-beta');
    // p99 of 1..100 is 99.01 (above): written so that it does not read as the budget of 99 ms it breaks.
    expect(md).toMatch(/\| ❌ \| latency p99 \| 99\.01 \| ≤ 99 ms \|/);
  });

  it('an empty slice is insufficient, never a pass; a slice with one class leaves roc_auc undefined', () => {
    const t = makeTable({ label: [0, 1, 0, 1, 1, 1], pred: [0, 1, 1, 1, 1, 0], score: [0.2, 0.8, 0.6, 0.9, 0.7, 0.4], seg: ['a', 'a', 'a', 'a', 'b', 'b'] });
    const p = extractPredictions(t, cols({ scoreColumns: ['score'] }));
    const groups = new Map([...sliceRows(t, ['seg']), ['seg=c', [] as number[]]]);
    const e = evaluate({ candidate: p, options: opts({ metrics: ['accuracy', 'roc_auc'] }), slices: { groups, columns: ['seg'], minSliceSize: 1 } });
    expect(e.slices!.find((s) => s.slice === 'seg=c')!.verdict).toBe('insufficient');
    const b = e.slices!.find((s) => s.slice === 'seg=b')!;
    expect(b.metrics.find((m) => m.name === 'roc_auc')!.value).toBeNull();
    expect(b.verdict).toBe('insufficient');
    expect(e.verdict).toBe('warn');
  });

  it('escapes names from the data in the Markdown', () => {
    const t = makeTable({ label: [0, 1, 0, 1], pred: [0, 1, 1, 1], 'seg': ['@team', '@team', '<b>x</b>', '<b>x</b>'] });
    const p = extractPredictions(t, cols());
    const e = evaluate({ candidate: p, options: opts({ metrics: ['accuracy'] }), slices: { groups: sliceRows(t, ['seg']), columns: ['seg'], minSliceSize: 1 } });
    const md = renderMarkdown(e);
    expect(md).not.toContain('@team');
    expect(md).not.toContain('<b>');
  });
});
