import { describe, expect, it } from 'vitest';
import { classifyMetric } from '../../../src/gates/canary-decision/classify-metric.js';
import { metric, normals } from './helpers.js';

const opts = { confidence: 0.95, promoteProbability: 0.95 };
const f = (a: number[]) => Float64Array.from(a);

describe('classifyMetric', () => {
  it("classifies Kayenta's example as High with the published interval [6, 39] and estimate 22.5", () => {
    const r = classifyMetric(metric('latency', { direction: 'increase' }), f([10, 20, 30, 40]), f([1, 2, 3, 4]), opts);
    expect(r.classification).toBe('High');
    expect([r.ciLow, r.ciHigh, r.estimate]).toEqual([6, 39, 22.5]);
    expect(r.canaryMean).toBe(25);
    expect(r.baselineMean).toBe(2.5);
    expect(r.ratio).toBe(10);
  });

  it('passes an increase when only a decrease is bad', () => {
    const r = classifyMetric(metric('throughput', { direction: 'decrease' }), f([10, 20, 30, 40]), f([1, 2, 3, 4]), opts);
    expect(r.classification).toBe('Pass');
  });

  it('classifies a clear decrease as Low when decreases are bad', () => {
    const r = classifyMetric(metric('throughput', { direction: 'decrease' }), f([1, 2, 3, 4]), f([10, 20, 30, 40]), opts);
    expect(r.classification).toBe('Low');
  });

  it('passes a significant increase smaller than allowed-increase (ratio of means)', () => {
    const r = classifyMetric(metric('m', { direction: 'increase', 'allowed-increase': 20 }), f([10, 20, 30, 40]), f([1, 2, 3, 4]), opts);
    expect(r.classification).toBe('Pass');
  });

  it('marks a High critical metric as a critical failure only beyond critical-increase', () => {
    const a = classifyMetric(metric('m', { critical: true, 'critical-increase': 5 }), f([10, 20, 30, 40]), f([1, 2, 3, 4]), opts);
    expect(a.criticalFailure).toBe(true);
    const b = classifyMetric(metric('m', { critical: true, 'critical-increase': 50 }), f([10, 20, 30, 40]), f([1, 2, 3, 4]), opts);
    expect(b.classification).toBe('High');
    expect(b.criticalFailure).toBe(false);
  });

  it('is deterministic for constant samples: all equal passes, one constant sample is tested without noise', () => {
    expect(classifyMetric(metric('e'), f([0, 0, 0, 0]), f([0, 0, 0]), opts).classification).toBe('Pass');
    const a = classifyMetric(metric('e', { direction: 'increase' }), f(Array(30).fill(5)), f(Array(30).fill(0)), opts);
    const b = classifyMetric(metric('e', { direction: 'increase' }), f(Array(30).fill(5)), f(Array(30).fill(0)), opts);
    expect(a.classification).toBe('High');
    expect(b).toEqual(a);
  });

  it('reports Nodata for an empty or too small sample, and Pass for empty data with nan-strategy replace', () => {
    expect(classifyMetric(metric('m'), f([]), f([1, 2]), opts).classification).toBe('Nodata');
    const few = classifyMetric(metric('m', { 'min-samples': 5 }), f([1, 2, 3]), f([1, 2, 3, 4, 5, 6]), opts);
    expect(few.classification).toBe('Nodata');
    expect(few.reason).toMatch(/fewer than min-samples 5/);
    expect(classifyMetric(metric('m', { 'nan-strategy': 'replace' }), f([]), f([1]), opts).classification).toBe('Pass');
    expect(classifyMetric(metric('m', { 'must-have-data': true }), f([]), f([1]), opts).scoring).toBe('nodata-fail');
  });

  it('applies absolute bounds and relative rules on the chosen statistic', () => {
    const base = normals(200, 300, 20, 1);
    const canary = normals(200, 300, 20, 2);
    // Three slow requests of 200: the p99 (between the 198th and 199th values) is 900.
    canary[0] = 900;
    canary[1] = 900;
    canary[2] = 900;
    const r = classifyMetric(metric('latency', { direction: 'increase', statistic: 'p99', max: 500 }), f(canary), f(base), opts);
    expect(r.rules[0].rule).toBe('max');
    expect(r.rules[0].ok).toBe(false);
    expect(r.classification).toBe('High');
    const rel = classifyMetric(metric('errors', { 'max-increase': 0.001 }), f(Array(100).fill(0.01)), f(Array(100).fill(0.0085)), opts);
    expect(rel.rules[0].ok).toBe(false);
    expect(rel.classification).toBe('High');
    // A drop of 0.003 is within the allowed −0.005 (the judge only looks at increases here).
    const drop = classifyMetric(metric('conv', { direction: 'increase', 'max-decrease': 0.005 }), f(Array(50).fill(0.1)), f(Array(50).fill(0.103)), opts);
    expect(drop.rules[0].ok).toBe(true);
    expect(drop.classification).toBe('Pass');
    const bigDrop = classifyMetric(metric('conv', { direction: 'increase', 'max-decrease': 0.005 }), f(Array(50).fill(0.09)), f(Array(50).fill(0.1)), opts);
    expect(bigDrop.classification).toBe('Low');
  });

  it('judges conversion metrics by the Beta–Binomial probability of being better', () => {
    const ones = (k: number, n: number) => f(Array.from({ length: n }, (_, i) => (i < k ? 1 : 0)));
    const better = classifyMetric(metric('converted', { type: 'conversion', direction: 'decrease' }), ones(150, 1000), ones(100, 1000), opts);
    expect(better.classification).toBe('Pass');
    expect(better.probabilityBetter!).toBeGreaterThan(0.99);
    const worse = classifyMetric(metric('converted', { type: 'conversion', direction: 'decrease' }), ones(60, 1000), ones(100, 1000), opts);
    expect(worse.classification).toBe('Low');
    const same = classifyMetric(metric('converted', { type: 'conversion', direction: 'decrease' }), ones(100, 1000), ones(100, 1000), opts);
    expect(same.classification).toBe('Nodata');
    expect(same.probabilityBetter!).toBeCloseTo(0.5, 1);
    expect(() => classifyMetric(metric('converted', { type: 'conversion' }), f([0.5]), f([1]), opts)).toThrow(/0\/1/);
  });

  it('in sequential mode judges by the always-valid p-value and carries it', () => {
    const canary = f(normals(400, 110, 10, 3));
    const base = f(normals(400, 100, 10, 4));
    const r = classifyMetric(metric('latency', { direction: 'increase' }), canary, base, { ...opts, sequential: { previousPValue: 1, mixingSd: 0.1 } });
    expect(r.method).toBe('sequential');
    expect(r.classification).toBe('High');
    expect(r.pValue!).toBeLessThan(0.05);
    const carried = classifyMetric(metric('latency'), f(normals(50, 100, 10, 5)), f(normals(50, 100, 10, 6)), {
      ...opts,
      sequential: { previousPValue: 0.2, mixingSd: 0.1 },
    });
    expect(carried.pValue!).toBeLessThanOrEqual(0.2);
  });
});
