import { describe, expect, it } from 'vitest';
import { pairwiseDifferenceOrderStatistic, pairwiseDifferenceOrderStatistics } from '../../../src/stats/canary/pairwise-difference-order-statistic.js';
import { createRng } from '../../../src/stats/random/prng.js';

function sorted(a: number[]): Float64Array {
  return Float64Array.from(a).sort();
}

describe('pairwiseDifferenceOrderStatistic', () => {
  it('equals the k-th of all differences listed and sorted (brute force), with ties and duplicates', () => {
    const rng = createRng(11);
    for (let trial = 0; trial < 20; trial++) {
      const n1 = 1 + Math.floor(rng.next() * 40);
      const n2 = 1 + Math.floor(rng.next() * 40);
      const x = Array.from({ length: n1 }, () => Math.round(rng.next() * 20) / 2);
      const y = Array.from({ length: n2 }, () => Math.round(rng.next() * 20) / 2);
      const all: number[] = [];
      for (const a of x) for (const b of y) all.push(a - b);
      all.sort((a, b) => a - b);
      const xs = sorted(x);
      const ys = sorted(y);
      for (const k of [1, Math.ceil(all.length / 3), Math.ceil(all.length / 2), all.length]) {
        expect(pairwiseDifferenceOrderStatistic(xs, ys, k)).toBe(all[k - 1]);
      }
    }
  });

  it('selects exactly among 4·10^10 differences (narrowing before listing)', () => {
    const rng = createRng(5);
    const n = 200_000;
    const x = new Float64Array(n).map((_, i) => i * 0.5 + 0.25);
    const y = new Float64Array(n).map(() => Math.floor(rng.next() * 1000));
    y.sort();
    // x_i − y_j ≤ d counts are hand-checkable at k = 1 and k = n²: min and max differences.
    expect(pairwiseDifferenceOrderStatistic(x, y, 1)).toBe(x[0] - y[n - 1]);
    expect(pairwiseDifferenceOrderStatistic(x, y, n * n)).toBe(x[n - 1] - y[0]);
    // The median: a difference with at least k differences at or below it and fewer than k below it.
    const k = (n * n) / 2;
    const m = pairwiseDifferenceOrderStatistic(x, y, k);
    // First j where x_i − y_j satisfies `ok` (x_i − y_j decreases in j).
    const firstJ = (xi: number, ok: (diff: number) => boolean) => {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ok(xi - y[mid])) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    let atMost = 0;
    let below = 0;
    for (let i = 0; i < n; i++) {
      atMost += n - firstJ(x[i], (d) => d <= m);
      below += n - firstJ(x[i], (d) => d < m);
    }
    expect(atMost).toBeGreaterThanOrEqual(k);
    expect(below).toBeLessThan(k);
  });

  it('selects several order statistics in one run as brute force does, beyond the listing size and with rounded ties', () => {
    // 2000 × 2000 two-decimal values: 4·10^6 differences, many equal up to rounding.
    const rng = createRng(23);
    const n = 2000;
    const gen = (shift: number) => Float64Array.from({ length: n }, () => Math.round((100 + shift + 30 * (rng.next() + rng.next() + rng.next())) * 100) / 100).sort();
    const x = gen(1);
    const y = gen(0);
    const all = new Float64Array(n * n);
    let m = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) all[m++] = x[i] - y[j];
    all.sort();
    const half = (n * n) / 2;
    const ks = [half, half + 1, half - 150_000, half + 150_000, 1, 77, n * n - 5, n * n];
    for (const order of [ks, [...ks].reverse()]) {
      const got = pairwiseDifferenceOrderStatistics(x, y, order);
      order.forEach((k, i) => {
        const want = all[k - 1];
        expect(Math.abs(got[i] - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
      });
    }
  });

  it('refuses k outside 1..n1·n2', () => {
    expect(() => pairwiseDifferenceOrderStatistic(sorted([1]), sorted([2]), 2)).toThrow(RangeError);
  });
});
