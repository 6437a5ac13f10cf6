import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { hodgesLehmann } from '../../../src/stats/canary/hodges-lehmann.js';

interface Case {
  x: number[];
  y: number[];
  confidence: number;
  method: 'exact' | 'asymptotic';
  estimate: number;
  ciLow: number;
  ciHigh: number;
  note: string;
}
const golden = JSON.parse(readFileSync(new URL('../../golden/canary_hodges_lehmann.json', import.meta.url), 'utf8')) as { cases: Case[] };

describe('hodgesLehmann against a port of R wilcox.test(conf.int = TRUE)', () => {
  it("reproduces Kayenta's published example: [10,20,30,40] vs [1,2,3,4] at 95% → [6, 39], estimate 22.5", () => {
    const r = hodgesLehmann([10, 20, 30, 40], [1, 2, 3, 4], { confidence: 0.95 });
    expect(r.method).toBe('exact');
    expect(r.ciLow).toBe(6);
    expect(r.ciHigh).toBe(39);
    expect(r.estimate).toBe(22.5);
  });

  golden.cases.forEach((c, k) => {
    it(`case ${k} (${c.method} ${c.note}, n=${c.x.length},${c.y.length}, ${c.confidence})`, () => {
      const r = hodgesLehmann(c.x, c.y, { confidence: c.confidence });
      expect(r.method).toBe(c.method);
      const scale = Math.max(1, Math.abs(c.ciHigh - c.ciLow));
      // R's uniroot (and the generator's brentq) approximate the jump point; the code returns it exactly.
      expect(Math.abs(r.ciLow - c.ciLow)).toBeLessThan(1e-9 * scale);
      expect(Math.abs(r.ciHigh - c.ciHigh)).toBeLessThan(1e-9 * scale);
      expect(r.estimate).toBeCloseTo(c.estimate, 12);
    });
  });

  it('gives a zero shift when all values are equal (R stops with an error instead)', () => {
    const r = hodgesLehmann([5, 5, 5], [5, 5, 5, 5]);
    expect([r.estimate, r.ciLow, r.ciHigh]).toEqual([0, 0, 0]);
  });

  it('rejects a confidence outside (0, 1)', () => {
    expect(() => hodgesLehmann([1], [2], { confidence: 1 })).toThrow(RangeError);
  });
});
