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
    // 1,000 values a side are data: no clear probability either way is Inconclusive, not Nodata.
    const same = classifyMetric(metric('converted', { type: 'conversion', direction: 'decrease' }), ones(100, 1000), ones(100, 1000), opts);
    expect(same.classification).toBe('Inconclusive');
    expect(same.scoring).toBe('inconclusive');
    expect(same.reason).toMatch(/^inconclusive: /);
    // Identical posteriors Beta(101, 901) against Beta(101, 901): P(X > Y) = ½ exactly (symmetry).
    expect(Math.abs(same.probabilityBetter! - 0.5)).toBeLessThan(1e-12);
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

  describe('zero-inflated metrics (most pairwise differences tie at 0)', () => {
    const flags = (ones: number, n: number) => f(Array.from({ length: n }, (_, i) => (i < ones ? 1 : 0)));
    // Canary 10 errors in 100, baseline 1 in 100. Differences x − y: +1 for 10·99 = 990 pairs, −1 for
    // 90·1 = 90, 0 for the other 8,920: the median is 0, and so are both ends of the interval (R's
    // normal-approximation crossing lies within the 8,920 zeros: σ² = 100·100/12 · (201 − Σ(t³ − t)/(200·199))
    // with ties t = 189 zeros and 11 ones, Σ = 6,752,400, so σ = 161.611 and z₀.₉₇₅σ = 316.75, giving the
    // 4,683rd and 5,318th differences, both 0). Shift 0, interval [0, 0].
    // The rank test of no shift: U₁ = 990 + ½·8,920 = 5,450 > n₁n₂/2 = 5,000, z = (450 − ½)/161.611 = 2.7814,
    // two-sided p = 0.0054130 < 0.05 (scipy.stats.mannwhitneyu gives the same): shift 0 is rejected with the
    // canary higher, so the confidence set lies above 0 and the metric is High. Mean ratio 0.10/0.01 = 10,
    // CLES 5,450/10,000 = 0.545.
    const canary = flags(10, 100);
    const baseline = flags(1, 100);

    it('calls a clear rise in the share of non-zero values High although the shift estimate is 0', () => {
      const r = classifyMetric(metric('errors', { direction: 'increase' }), canary, baseline, opts);
      expect([r.estimate, r.ciLow, r.ciHigh]).toEqual([0, 0, 0]);
      expect(Math.abs(r.pValue! - 0.005412977104604827)).toBeLessThan(1e-12);
      expect(r.classification).toBe('High');
      expect(r.ratio).toBeCloseTo(10, 12);
      expect(r.cles).toBe(0.545);
      expect(r.reason).toMatch(/most pairs tie at 0.*canary higher/);
    });

    it('still applies direction and effect size to it', () => {
      expect(classifyMetric(metric('errors', { direction: 'decrease' }), canary, baseline, opts).classification).toBe('Pass');
      // The same data read the other way round is a fall: Low.
      expect(classifyMetric(metric('errors'), baseline, canary, opts).classification).toBe('Low');
      expect(classifyMetric(metric('errors', { 'allowed-increase': 20 }), canary, baseline, opts).classification).toBe('Pass');
      expect(classifyMetric(metric('errors', { 'effect-size-measure': 'cles', 'allowed-increase': 0.54 }), canary, baseline, opts).classification).toBe('High');
      expect(classifyMetric(metric('errors', { 'effect-size-measure': 'cles', 'allowed-increase': 0.55 }), canary, baseline, opts).classification).toBe('Pass');
      expect(classifyMetric(metric('errors', { critical: true }), canary, baseline, opts).criticalFailure).toBe(true);
    });

    it('passes when the test of no shift does not reject', () => {
      // 2 in 100 against 1 in 100: U₁ = 2·99 + ½(2·1 + 98·99) = 5,050, ties 197 and 3, Σ(t³ − t) = 7,645,200,
      // σ = √(10,000/12 · (201 − 7,645,200/39,800)) = 86.166, z = 49.5/86.166 = 0.5745, p = 0.5656.
      const r = classifyMetric(metric('errors'), flags(2, 100), baseline, opts);
      expect([r.estimate, r.ciLow, r.ciHigh]).toEqual([0, 0, 0]);
      expect(Math.abs(r.pValue! - 0.5656492244867991)).toBeLessThan(1e-12);
      expect(r.classification).toBe('Pass');
    });
  });

  it('uses the metric\'s tolerance for the bound t·|estimate|', () => {
    // Kayenta's example: interval [6, 39], estimate 22.5. Tolerance 0.25: bound 5.625 < 6, High;
    // tolerance 0.3: bound 6.75 > 6, Pass.
    const x = f([10, 20, 30, 40]);
    const y = f([1, 2, 3, 4]);
    expect(classifyMetric(metric('m'), x, y, opts).classification).toBe('High');
    expect(classifyMetric(metric('m', { tolerance: 0.3 }), x, y, opts).classification).toBe('Pass');
    expect(classifyMetric(metric('m', { tolerance: 0.26 }), x, y, opts).classification).toBe('High');
  });

  it('judges the effect size by CLES when asked (Kayenta effectSize.measure cles)', () => {
    // Canary 11..40 against baseline 1..30: x_i − y_j = 10 + (i − j), the value 10 + k for 30 − |k| pairs.
    // Median 10; 95% interval (ties 11..30 in both: Σ(t³ − t) = 20·6, σ = √(900/12 · (61 − 120/3540)) = 67.620,
    // z₀.₉₇₅σ = 132.53) the 317th and 584th differences: 5 and 15, clear of 0.25·10. Pairs with x > y:
    // Σᵢ min(30, i + 9) = 690, ties 20, so CLES = (690 + 10)/900 = 7/9 = 0.7778; mean ratio 25.5/15.5.
    const x = f(Array.from({ length: 30 }, (_, i) => i + 11));
    const y = f(Array.from({ length: 30 }, (_, i) => i + 1));
    const r = classifyMetric(metric('m', { 'effect-size-measure': 'cles', 'allowed-increase': 0.75 }), x, y, opts);
    expect([r.estimate, r.ciLow, r.ciHigh]).toEqual([10, 5, 15]);
    expect(r.cles).toBeCloseTo(7 / 9, 14);
    expect(r.ratio).toBeCloseTo(25.5 / 15.5, 14);
    expect(r.classification).toBe('High');
    expect(classifyMetric(metric('m', { 'effect-size-measure': 'cles', 'allowed-increase': 0.8 }), x, y, opts).classification).toBe('Pass');
    // The CLES default threshold is ½ (no change), as in Kayenta.
    expect(classifyMetric(metric('m', { 'effect-size-measure': 'cles' }), x, y, opts).classification).toBe('High');
    // Critical beyond critical-increase in CLES units.
    expect(classifyMetric(metric('m', { 'effect-size-measure': 'cles', critical: true, 'critical-increase': 0.9 }), x, y, opts).criticalFailure).toBe(false);
    expect(classifyMetric(metric('m', { 'effect-size-measure': 'cles', critical: true, 'critical-increase': 0.7 }), x, y, opts).criticalFailure).toBe(true);
  });

  it('reports the mean ratio as Kayenta does: undefined when a mean is 0, and then not compared', () => {
    // Kayenta's meanRatio is NaN when either mean is 0, and a NaN effect size skips the threshold.
    const zeros = f([0, 0, 0, 0, 0]);
    const high = f([54.9, 54.5, 55.1, 55.6, 57.4]);
    const up = classifyMetric(metric('m', { 'allowed-increase': 1.2, 'allowed-decrease': 0.8 }), high, zeros, opts);
    expect(up.ratio).toBeNull();
    expect(up.classification).toBe('High');
    const down = classifyMetric(metric('m', { 'allowed-increase': 1.2, 'allowed-decrease': 0.8 }), zeros, high, opts);
    expect(down.ratio).toBeNull();
    expect(down.classification).toBe('Low');
    // Identical samples: ratio 1 (Kayenta's deviation 1.0), also when both are all zeros.
    expect(classifyMetric(metric('m'), zeros, zeros, opts).ratio).toBe(1);
    expect(classifyMetric(metric('m'), high, high, opts).ratio).toBe(1);
  });

  it('fails the canary when a critical metric has no data at all (Kayenta), not when it has too few', () => {
    const empty = classifyMetric(metric('m', { critical: true }), f([]), f([1, 2, 3]), opts);
    expect(empty.classification).toBe('Nodata');
    expect(empty.criticalFailure).toBe(true);
    expect(empty.reason).toMatch(/critical metric must have data/);
    // nan-strategy replace passes an empty metric, critical or not (Kayenta).
    expect(classifyMetric(metric('m', { critical: true, 'nan-strategy': 'replace' }), f([]), f([1]), opts).criticalFailure).toBe(false);
    // Report-only metrics never fail the canary.
    expect(classifyMetric(metric('m', { critical: true, 'report-only': true }), f([]), f([1]), opts).criticalFailure).toBe(false);
    const few = classifyMetric(metric('m', { critical: true, 'min-samples': 5 }), f([1, 2]), f([1, 2, 3, 4, 5]), opts);
    expect(few.classification).toBe('Nodata');
    expect(few.criticalFailure).toBe(false);
  });
});
