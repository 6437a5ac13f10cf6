import { describe, expect, it } from 'vitest';
import { confusionMatrix } from '../../../src/stats/metrics/confusion-matrix.js';
import { accuracy } from '../../../src/stats/metrics/accuracy.js';
import { precision } from '../../../src/stats/metrics/precision.js';
import { rocAuc } from '../../../src/stats/metrics/roc-auc.js';
import { averagePrecision } from '../../../src/stats/metrics/average-precision.js';
import { scoreOrder } from '../../../src/stats/metrics/score-order.js';
import { aucPlacements } from '../../../src/stats/metrics/auc-placements.js';
import { r2 } from '../../../src/stats/metrics/r2.js';
import { createRng } from '../../../src/stats/random/prng.js';

describe('metric edge cases', () => {
  it('NaN scores are rejected, not ranked', () => {
    const y = Uint8Array.from([0, 1, 1]);
    expect(() => rocAuc(y, Float64Array.from([0.1, Number.NaN, 0.7]))).toThrow(/NaN/);
    expect(() => averagePrecision(y, Float64Array.from([0.1, Number.NaN, 0.7]))).toThrow(/NaN/);
  });

  it('empty inputs are undefined (NaN), not 0 or 1', () => {
    const cm = confusionMatrix([], [], 2);
    expect(accuracy(cm)).toBeNaN();
    expect(rocAuc(new Uint8Array(0), new Float64Array(0))).toBeNaN();
    expect(r2(new Float64Array(0), new Float64Array(0))).toBeNaN();
  });

  it('rejects class indices outside the matrix', () => {
    expect(() => confusionMatrix([0, 2], [0, 1], 2)).toThrow(RangeError);
    expect(() => precision(confusionMatrix([0, 2], [0, 1], 3), 'binary')).toThrow(RangeError);
  });

  it('the radix order equals a comparison sort on a large input with ties, negatives and −0', () => {
    const rng = createRng(8);
    const n = 50_000;
    const s = new Float64Array(n);
    for (let i = 0; i < n; i++) s[i] = i % 7 === 0 ? (i % 2 ? -0 : 0) : Math.round((rng.next() - 0.5) * 2000) / 100;
    const order = scoreOrder(s);
    let sorted = true;
    let stable = true;
    for (let i = 1; i < n; i++) {
      if (!(s[order[i - 1]] <= s[order[i]])) sorted = false;
      // stable: equal scores (same sign of zero) keep row order
      if (Object.is(s[order[i - 1]], s[order[i]]) && order[i - 1] > order[i]) stable = false;
    }
    expect(sorted).toBe(true);
    expect(stable).toBe(true);
    expect(new Set(order).size).toBe(n);
  });

  it('AUC on the radix path equals the pairwise definition (hand-computed on a small sample)', () => {
    const rng = createRng(12);
    const n = 6000;
    const y = new Uint8Array(n);
    const s = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      y[i] = rng.next() < 0.3 ? 1 : 0;
      s[i] = Math.round((rng.next() + 0.3 * y[i]) * 20) / 20;
    }
    let u = 0;
    let m = 0;
    let k = 0;
    for (let i = 0; i < n; i++) if (y[i] === 1) m++;
    k = n - m;
    const pos = [] as number[];
    const neg = [] as number[];
    for (let i = 0; i < n; i++) (y[i] ? pos : neg).push(s[i]);
    for (const p of pos) for (const q of neg) u += p > q ? 1 : p === q ? 0.5 : 0;
    expect(rocAuc(y, s)).toBeCloseTo(u / (m * k), 12);
    expect(aucPlacements(y, s).auc).toBeCloseTo(u / (m * k), 12);
  });
});
