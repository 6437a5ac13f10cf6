import { describe, expect, it } from 'vitest';
import { evaluateFairness } from '../../../src/gates/fairness-gate/evaluate.js';
import type { AttributeCounts } from '../../../src/gates/fairness-gate/group-counts.js';
import { createRng } from '../../../src/stats/random/prng.js';
import { multinomial } from '../../../src/stats/random/multinomial.js';
import { options } from './helpers.js';

// Three equally large groups with selection rates 0.5, 0.4 and 0.3 (cells TP, FN, FP, TN):
// true demographic parity difference 0.2, true disparate impact (reference: the first) 0.6.
const POP = new Float64Array([30, 10, 20, 40, 26, 14, 14, 46, 20, 20, 10, 50]);

describe('the gate’s intervals over several groups', () => {
  it('cover the true disparities at close to the nominal 95% rate', () => {
    const rng = createRng(777);
    const cells = new Float64Array(12);
    const datasets = 300;
    let dpdHits = 0;
    let diHits = 0;
    for (let r = 0; r < datasets; r++) {
      multinomial(rng, 1500, POP, cells);
      const attr: AttributeCounts = {
        name: 'g',
        columns: ['g'],
        groups: ['a', 'b', 'c'],
        counts: [0, 1, 2].map((g) => ({ tp: cells[4 * g], fn: cells[4 * g + 1], fp: cells[4 * g + 2], tn: cells[4 * g + 3] })),
      };
      const ev = evaluateFairness(
        [attr],
        options({ metrics: ['demographic_parity_difference', 'disparate_impact'], bootstrap: 400, seed: r, reference: { default: { kind: 'named', group: 'a' }, byAttribute: {} } }),
      );
      const dpd = ev.disparities.find((d) => d.metric === 'demographic_parity_difference')!;
      const di = ev.disparities.find((d) => d.metric === 'disparate_impact')!;
      if (dpd.ciLow! <= 0.2 && 0.2 <= dpd.ciHigh!) dpdHits++;
      if (di.ciLow! <= 0.6 && 0.6 <= di.ciHigh!) diHits++;
    }
    // Monte Carlo standard error at 95% with 300 data sets: about 0.013.
    for (const hits of [dpdHits, diHits]) {
      expect(hits / datasets).toBeGreaterThan(0.9);
      expect(hits / datasets).toBeLessThan(0.99);
    }
  });
});
