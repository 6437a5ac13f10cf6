import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { delong } from '../../../src/stats/tests/delong.js';

const golden = JSON.parse(readFileSync(new URL('../../golden/performance.json', import.meta.url), 'utf8'));

describe('DeLong', () => {
  for (const g of golden.delong) {
    it(`${g.name} matches the reference implementation`, () => {
      const y = Uint8Array.from(g.y);
      const r = delong(y, Float64Array.from(g.a), Float64Array.from(g.b));
      for (const key of ['aucA', 'aucB', 'varA', 'varB', 'covariance', 'varianceDiff', 'z', 'pValue'] as const) {
        expect(Math.abs(r[key] - g[key])).toBeLessThan(1e-10 * Math.max(1, Math.abs(g[key])));
      }
      const single = delong(y, Float64Array.from(g.a));
      expect(single.varA).toBeCloseTo(g.varA, 14);
      expect(single.pValue).toBeNaN();
    });
  }

  it('identical models give a zero difference with p = 1', () => {
    const g = golden.delong[0];
    const s = Float64Array.from(g.a);
    const r = delong(Uint8Array.from(g.y), s, s);
    expect(r.difference).toBe(0);
    expect(r.pValue).toBe(1);
  });
});
