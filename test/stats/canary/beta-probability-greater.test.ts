import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { betaProbabilityGreater } from '../../../src/stats/canary/beta-probability-greater.js';

const golden = JSON.parse(readFileSync(new URL('../../golden/canary_bayes.json', import.meta.url), 'utf8')) as {
  cases: { a1: number; b1: number; a2: number; b2: number; p: number; source: string }[];
};

describe('betaProbabilityGreater', () => {
  golden.cases.forEach((c) => {
    it(`P(Beta(${c.a1},${c.b1}) > Beta(${c.a2},${c.b2})) matches ${c.source}`, () => {
      expect(Math.abs(betaProbabilityGreater(c.a1, c.b1, c.a2, c.b2) - c.p)).toBeLessThan(1e-8);
    });
  });

  it('is ½ for identical posteriors and complements when the roles swap (hand-derived)', () => {
    expect(betaProbabilityGreater(7, 13, 7, 13)).toBeCloseTo(0.5, 9);
    const p = betaProbabilityGreater(30, 70, 25, 75);
    expect(p + betaProbabilityGreater(25, 75, 30, 70)).toBeCloseTo(1, 8);
  });

  it('refuses parameters below 1 for the first variable', () => {
    expect(() => betaProbabilityGreater(0.5, 1, 1, 1)).toThrow(RangeError);
  });
});
