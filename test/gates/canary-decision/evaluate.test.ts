import { describe, expect, it } from 'vitest';
import { evaluateCanary, evaluateTables, type CanaryOptions } from '../../../src/gates/canary-decision/evaluate.js';
import { decide } from '../../../src/gates/canary-decision/decide.js';
import { nextWeight } from '../../../src/gates/canary-decision/next-weight.js';
import { parseCanaryConfig } from '../../../src/gates/canary-decision/config.js';
import { splitByVariant } from '../../../src/gates/canary-decision/samples.js';
import { emptyState } from '../../../src/gates/canary-decision/sequential-state.js';
import { makeTable, metric, normals, scored } from './helpers.js';
import { scoreMetrics } from '../../../src/gates/canary-decision/score.js';

const options: CanaryOptions = {
  confidence: 0.95,
  passScore: 95,
  marginalScore: 75,
  promoteProbability: 0.95,
  sequential: false,
  mixingSd: 0.1,
  stepWeight: 10,
  maxWeight: 50,
  currentWeight: 10,
  state: null,
};
const f = (a: number[]) => Float64Array.from(a);

describe('decide', () => {
  const t = { pass: 95, marginal: 75 };
  it('promotes at or above the pass score, continues between, rolls back below marginal', () => {
    const all = [scored('a', 'Pass')];
    expect(decide({ score: 95, groups: [], criticalFailure: false, noData: false }, all, t).decision).toBe('promote');
    expect(decide({ score: 80, groups: [], criticalFailure: false, noData: false }, all, t).decision).toBe('continue');
    expect(decide({ score: 74.9, groups: [], criticalFailure: false, noData: false }, all, t).decision).toBe('rollback');
  });
  it('rolls back on a critical failure whatever the score', () => {
    const r = [scored('a', 'Pass'), scored('b', 'High', { criticalFailure: true })];
    const s = scoreMetrics(r, {});
    expect(s.score).toBe(0);
    expect(decide(s, r, t).decision).toBe('rollback');
  });
  it('never promotes with metrics lacking data, and continues when nothing has data', () => {
    const mostlyMissing = [scored('a', 'Pass'), scored('b', 'Nodata'), scored('c', 'Nodata'), scored('d', 'Nodata')];
    const s = scoreMetrics(mostlyMissing, {});
    expect(s.score).toBe(100);
    expect(decide(s, mostlyMissing, t).decision).toBe('continue');
    const none = [scored('a', 'Nodata')];
    expect(decide(scoreMetrics(none, {}), none, t).decision).toBe('continue');
  });
  it('never promotes with an inconclusive metric, which is left out of the score and named', () => {
    const r = [scored('a', 'Pass'), scored('b', 'Inconclusive')];
    const s = scoreMetrics(r, {});
    expect(s.score).toBe(100);
    expect(s.groups[0]).toMatchObject({ passed: 1, judged: 1, noData: 0, inconclusive: 1 });
    expect(decide(s, r, t)).toEqual({ decision: 'continue', reason: '1 metric inconclusive (b)' });
    const only = [scored('b', 'Inconclusive')];
    expect(decide(scoreMetrics(only, {}), only, t)).toEqual({ decision: 'continue', reason: 'no metric judged yet: 1 metric inconclusive (b)' });
  });
});

describe('a critical metric without data', () => {
  it('rolls the canary back (Kayenta: a critical metric that is not Pass fails the canary)', () => {
    const metrics = [metric('latency'), metric('errors', { critical: true })];
    const data = new Map([
      ['latency', { canary: f([1, 2, 3]), baseline: f([1, 2, 3]) }],
      ['errors', { canary: f([]), baseline: f([0.1, 0.2]) }],
    ]);
    const e = evaluateCanary(metrics, data, {}, options);
    expect(e.decision).toBe('rollback');
    expect(e.score).toBe(0);
    expect(e.reason).toBe('critical metric failed: errors');
    expect(e.checks.find((c) => c.id === 'metric.errors')).toMatchObject({ value: 'Nodata', verdict: 'fail' });
    // Not critical: too little data, which continues.
    const relaxed = evaluateCanary([metrics[0], metric('errors')], data, {}, options);
    expect(relaxed.decision).toBe('continue');
    expect(relaxed.checks.find((c) => c.id === 'metric.errors')).toMatchObject({ value: 'Nodata', verdict: 'insufficient' });
  });
});

describe('nextWeight', () => {
  it('steps up to max-weight on promote, then to 100; keeps on continue; 0 on rollback', () => {
    expect(nextWeight('promote', 10, 10, 50)).toBe(20);
    expect(nextWeight('promote', 45, 10, 50)).toBe(50);
    expect(nextWeight('promote', 50, 10, 50)).toBe(100);
    expect(nextWeight('continue', 30, 10, 50)).toBe(30);
    expect(nextWeight('rollback', 30, 10, 50)).toBe(0);
  });
});

describe('evaluateCanary', () => {
  const healthy = () =>
    new Map([
      ['latency', { canary: f(normals(300, 200, 20, 1)), baseline: f(normals(300, 200, 20, 2)) }],
      ['errors', { canary: f(normals(300, 0.01, 0.002, 3)), baseline: f(normals(300, 0.01, 0.002, 4)) }],
    ]);
  const metrics = [metric('latency', { direction: 'increase', group: 'latency' }), metric('errors', { direction: 'increase', group: 'errors', critical: true })];

  it('promotes a healthy canary and steps its weight', () => {
    const e = evaluateCanary(metrics, healthy(), {}, options);
    expect(e.metrics.map((m) => m.classification)).toEqual(['Pass', 'Pass']);
    expect(e.decision).toBe('promote');
    expect(e.score).toBe(100);
    expect(e.nextWeight).toBe(20);
    expect(e.verdict).toBe('pass');
  });

  it('rolls back a canary whose critical metric degrades', () => {
    const data = healthy();
    data.set('errors', { canary: f(normals(300, 0.02, 0.002, 3)), baseline: f(normals(300, 0.01, 0.002, 4)) });
    const e = evaluateCanary(metrics, data, {}, options);
    expect(e.metrics[1].classification).toBe('High');
    expect(e.score).toBe(0);
    expect(e.decision).toBe('rollback');
    expect(e.nextWeight).toBe(0);
    expect(e.checks.find((c) => c.id === 'metric.errors')!.verdict).toBe('fail');
  });

  it('continues a starved canary (too few values) instead of promoting it', () => {
    const data = new Map([
      ['latency', { canary: f([200, 201]), baseline: f(normals(300, 200, 20, 2)) }],
      ['errors', { canary: f([NaN, NaN]), baseline: f(normals(300, 0.01, 0.002, 4)) }],
    ]);
    const starved = [metric('latency', { 'min-samples': 10 }), metric('errors', { 'min-samples': 10 })];
    const e = evaluateCanary(starved, data, {}, options);
    expect(e.metrics.map((m) => m.classification)).toEqual(['Nodata', 'Nodata']);
    expect(e.decision).toBe('continue');
    expect(e.verdict).toBe('warn');
    expect(e.nextWeight).toBe(10);
  });

  it('carries the sequential state: looks counted, p-values kept, weight stored', () => {
    const e1 = evaluateCanary(metrics, healthy(), {}, { ...options, sequential: true, state: emptyState() });
    expect(e1.state!.looks).toBe(1);
    expect(Object.keys(e1.state!.metrics).sort()).toEqual(['errors', 'latency']);
    const e2 = evaluateCanary(metrics, healthy(), {}, { ...options, sequential: true, state: e1.state, currentWeight: null });
    expect(e2.state!.looks).toBe(2);
    expect(e2.currentWeight).toBe(e1.nextWeight);
    for (const m of e2.metrics) expect(m.pValue!).toBeLessThanOrEqual(e1.state!.metrics[m.name].pValue);
  });
});

describe('evaluateTables', () => {
  it('splits one samples file by its variant column and judges each configured column', () => {
    const variant = [...Array(40).fill('canary'), ...Array(40).fill('baseline')];
    const latency = [...normals(40, 260, 10, 7), ...normals(40, 200, 10, 8)];
    const table = makeTable('samples.csv', { variant, latency_ms: latency });
    const config = parseCanaryConfig({ latency: { column: 'latency_ms', direction: 'increase' } }, 'inline');
    const e = evaluateTables(config, splitByVariant(table, { column: 'variant', canary: 'canary', baseline: 'baseline' }), options);
    expect(e.metrics[0].nCanary).toBe(40);
    expect(e.metrics[0].classification).toBe('High');
    expect(e.decision).toBe('rollback');
  });

  it('names the file, line and column of an unknown variant label', () => {
    const table = makeTable('samples.csv', { variant: ['canary', 'canry'], x: [1, 2] });
    expect(() => splitByVariant(table, { column: 'variant', canary: 'canary', baseline: 'baseline' })).toThrow(/"canry"/);
    try {
      splitByVariant(table, { column: 'variant', canary: 'canary', baseline: 'baseline' });
    } catch (err) {
      expect((err as { format(): string }).format()).toBe('samples.csv:3: variant: variant must be "canary" or "baseline", got "canry"');
    }
  });

  it('names a missing metric column', () => {
    const table = makeTable('samples.csv', { variant: ['canary', 'baseline'], x: [1, 2] });
    const config = parseCanaryConfig({ latency: {} }, 'inline');
    expect(() => evaluateTables(config, splitByVariant(table, { column: 'variant', canary: 'canary', baseline: 'baseline' }), options)).toThrow(
      /no column "latency" for metric latency/,
    );
  });
});

describe('samples columns', () => {
  it('reads numbers from a text column and names a cell that is not one', () => {
    const ok = makeTable('s.csv', { variant: ['canary', 'baseline', 'canary'], v: ['1.5', 'NaN', ''] });
    const config = parseCanaryConfig({ v: {} }, 'inline');
    const split = splitByVariant(ok, { column: 'variant', canary: 'canary', baseline: 'baseline' });
    const e = evaluateTables(config, split, options);
    expect(e.metrics[0].nCanary).toBe(1);
    expect(e.metrics[0].nBaseline).toBe(0);
    const bad = makeTable('s.csv', { variant: ['canary', 'baseline'], v: ['1.5', 'fast'] });
    const badSplit = splitByVariant(bad, { column: 'variant', canary: 'canary', baseline: 'baseline' });
    try {
      evaluateTables(config, badSplit, options);
      expect.unreachable();
    } catch (err) {
      expect((err as { format(): string }).format()).toBe('s.csv:3: v: metric values must be numbers, got "fast"');
    }
  });
});
