/**
 * ROC, precision–recall and calibration curves against scikit-learn 1.2
 * (test/golden/generate_curves.py): every point, to the last digit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calibrationCurve } from '../../../src/stats/metrics/calibration-curve.js';
import { precisionRecallCurve } from '../../../src/stats/metrics/precision-recall-curve.js';
import { rocCurve } from '../../../src/stats/metrics/roc-curve.js';

interface Case {
  name: string;
  y: number[];
  score: number[];
  nBins: number;
  roc?: { fpr: number[]; tpr: number[] };
  pr?: { precision: number[]; recall: number[] };
  calibration: { observed: number[]; predicted: number[]; count: number[] };
}

const golden = JSON.parse(readFileSync(new URL('../../golden/curves.json', import.meta.url), 'utf8')) as { cases: Case[] };

describe('curves match scikit-learn', () => {
  for (const c of golden.cases) {
    it(c.name, () => {
      const y = Int32Array.from(c.y);
      const s = Float64Array.from(c.score);
      if (c.roc) expect(rocCurve(y, s)).toEqual(c.roc);
      if (c.pr) expect(precisionRecallCurve(y, s)).toEqual(c.pr);
      expect(calibrationCurve(y, s, c.nBins)).toEqual(c.calibration);
    });
  }
  it('a case without positives has no ROC (0/0 rates)', () => {
    const r = rocCurve(Int32Array.from([0, 0, 0]), Float64Array.from([0.2, 0.5, 0.9]));
    expect(r.tpr.slice(1).every(Number.isNaN)).toBe(true);
  });
});
