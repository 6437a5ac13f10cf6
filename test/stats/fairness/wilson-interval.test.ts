/**
 * Wilson score intervals against scipy's binomtest(...).proportion_ci(method="wilson")
 * (test/golden/generate_wilson.py), and Newcombe's (1998) published examples.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../src/stats/fairness/wilson-interval.js';

const golden = JSON.parse(readFileSync(new URL('../../golden/wilson.json', import.meta.url), 'utf8')) as {
  cases: { k: number; n: number; confidence: number; low: number; high: number }[];
};

describe('wilsonInterval', () => {
  for (const c of golden.cases) {
    it(`${c.k}/${c.n} at ${c.confidence}`, () => {
      const [low, high] = wilsonInterval(c.k, c.n, c.confidence);
      expect(Math.abs(low - c.low)).toBeLessThanOrEqual(1e-14);
      expect(Math.abs(high - c.high)).toBeLessThanOrEqual(1e-14);
    });
  }
  it("Newcombe's Table I, method 3 (4 decimals)", () => {
    // R. G. Newcombe, Stat. Med. 17 (1998) 857–872, Table I: 81/263 → 0.2553–0.3662, 15/148 → 0.0624–0.1605, 0/20 → 0–0.1611, 1/29 → 0.0061–0.1718.
    const round = ([a, b]: [number, number]) => [Number(a.toFixed(4)), Number(b.toFixed(4))];
    expect(round(wilsonInterval(81, 263))).toEqual([0.2553, 0.3662]);
    expect(round(wilsonInterval(15, 148))).toEqual([0.0624, 0.1605]);
    expect(round(wilsonInterval(0, 20))).toEqual([0, 0.1611]);
    expect(round(wilsonInterval(1, 29))).toEqual([0.0061, 0.1718]);
  });
  it('is undefined without observations', () => {
    expect(wilsonInterval(0, 0).every(Number.isNaN)).toBe(true);
  });
});
