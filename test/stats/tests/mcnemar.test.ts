import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mcnemar } from '../../../src/stats/tests/mcnemar.js';

const golden = JSON.parse(readFileSync(new URL('../../golden/performance.json', import.meta.url), 'utf8'));

describe('McNemar', () => {
  for (const g of golden.mcnemar) {
    it(`b=${g.b}, c=${g.c} matches scipy (${g.method})`, () => {
      const r = mcnemar(g.b, g.c);
      expect(r.method).toBe(g.method);
      expect(r.statistic).toBeCloseTo(g.statistic, 12);
      expect(Math.abs(r.pValue - g.pValue)).toBeLessThan(1e-10 * Math.max(1e-3, g.pValue) + 1e-15);
    });
  }

  it('is symmetric in b and c', () => {
    expect(mcnemar(30, 12).pValue).toBe(mcnemar(12, 30).pValue);
    expect(mcnemar(4, 11).pValue).toBe(mcnemar(11, 4).pValue);
  });
});
