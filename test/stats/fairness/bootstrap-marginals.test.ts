import { describe, expect, it } from 'vitest';
import type { ConfusionCounts } from '../../../src/stats/fairness/confusion-counts.js';
import { bootstrapDisparity } from '../../../src/stats/fairness/bootstrap-disparity.js';
import { bootstrapMarginals } from '../../../src/stats/fairness/bootstrap-marginals.js';
import { demographicParityDifference } from '../../../src/stats/fairness/demographic-parity-difference.js';
import { equalizedOddsDifference } from '../../../src/stats/fairness/equalized-odds-difference.js';

// Finest groups: sex (F, M) × race (A, B, C), index = sex * 3 + race.
const finest: ConfusionCounts[] = [
  { tp: 40, fn: 10, fp: 12, tn: 90 },
  { tp: 30, fn: 15, fp: 8, tn: 70 },
  { tp: 10, fn: 12, fp: 3, tn: 50 },
  { tp: 45, fn: 8, fp: 15, tn: 80 },
  { tp: 28, fn: 12, fp: 10, tn: 66 },
  { tp: 12, fn: 10, fp: 4, tn: 45 },
];
const sexMap = Int32Array.from([0, 0, 0, 1, 1, 1]);
const raceMap = Int32Array.from([0, 1, 2, 0, 1, 2]);
const identity = Int32Array.from([0, 1, 2, 3, 4, 5]);

function marginal(map: Int32Array, groups: number): ConfusionCounts[] {
  const out = Array.from({ length: groups }, () => ({ tp: 0, fn: 0, fp: 0, tn: 0 }));
  finest.forEach((c, i) => {
    const g = out[map[i]];
    g.tp += c.tp;
    g.fn += c.fn;
    g.fp += c.fp;
    g.tn += c.tn;
  });
  return out;
}

const dpd = (g: readonly ConfusionCounts[]) => demographicParityDifference(g);
const eod = (g: readonly ConfusionCounts[]) => equalizedOddsDifference(g);
const opts = { resamples: 3000, seed: 11, confidence: 0.9 };

describe('bootstrapMarginals', () => {
  it('with the identity view is bootstrapDisparity, draw for draw', () => {
    const [mine] = bootstrapMarginals(finest, [{ map: identity, groups: 6, statistics: [dpd, eod] }], opts);
    expect(mine).toEqual(bootstrapDisparity(finest, [dpd, eod], opts));
  });

  it('every view sees the same resampled rows', () => {
    const totals: number[][] = [[], [], []];
    const recorder = (k: number) => (g: readonly ConfusionCounts[]) => {
      totals[k].push(g.reduce((s, c) => s + c.tp + c.fp, 0));
      return 0;
    };
    bootstrapMarginals(
      finest,
      [
        { map: sexMap, groups: 2, statistics: [recorder(0)] },
        { map: raceMap, groups: 3, statistics: [recorder(1)] },
        { map: identity, groups: 6, statistics: [recorder(2)] },
      ],
      { resamples: 200, seed: 3, confidence: 0.95 },
    );
    expect(totals[0]).toHaveLength(200);
    expect(totals[1]).toEqual(totals[0]);
    expect(totals[2]).toEqual(totals[0]);
    expect(new Set(totals[0]).size).toBeGreaterThan(10);
  });

  it('a coarse view has the intervals of resampling that attribute alone', () => {
    const [sex, race] = bootstrapMarginals(
      finest,
      [
        { map: sexMap, groups: 2, statistics: [dpd] },
        { map: raceMap, groups: 3, statistics: [dpd, eod] },
      ],
      opts,
    );
    const sexAlone = bootstrapDisparity(marginal(sexMap, 2), [dpd], { ...opts, seed: 99 });
    const raceAlone = bootstrapDisparity(marginal(raceMap, 3), [dpd, eod], { ...opts, seed: 99 });
    const pairs = [
      [sex[0], sexAlone[0]],
      [race[0], raceAlone[0]],
      [race[1], raceAlone[1]],
    ];
    for (const [a, b] of pairs) {
      const width = b.high - b.low;
      // Two independent bootstraps of 3000 resamples: ends agree to a few percent of the width.
      expect(Math.abs(a.low - b.low)).toBeLessThan(0.1 * width);
      expect(Math.abs(a.high - b.high)).toBeLessThan(0.1 * width);
    }
  });

  it('a batch on the cells gives the intervals its statistics give one by one, after the view\'s own', () => {
    const n = finest.reduce((a, c) => a + c.tp + c.fn + c.fp + c.tn, 0);
    const totals: number[] = [];
    const batch = {
      count: 2,
      evaluate(cells: Float64Array, out: Float64Array) {
        // TP, FN, FP, TN of each race group.
        const g = [0, 1, 2].map((i) => ({ tp: cells[4 * i], fn: cells[4 * i + 1], fp: cells[4 * i + 2], tn: cells[4 * i + 3] }));
        totals.push(cells.reduce((a, b) => a + b, 0));
        out[0] = eod(g);
        out[1] = dpd(g);
      },
    };
    const [alone] = bootstrapMarginals(finest, [{ map: raceMap, groups: 3, statistics: [dpd, eod, dpd] }], opts);
    const [mixed] = bootstrapMarginals(finest, [{ map: raceMap, groups: 3, statistics: [dpd], batch }], opts);
    expect(mixed).toEqual([alone[0], alone[1], alone[2]]);
    // Every resample has the n rows of the data.
    expect(totals).toHaveLength(opts.resamples);
    expect(totals.every((t) => t === n)).toBe(true);
  });

  it('rejects a map that does not cover the finest groups', () => {
    expect(() => bootstrapMarginals(finest, [{ map: Int32Array.from([0, 1]), groups: 2, statistics: [] }], opts)).toThrow(RangeError);
  });
});
