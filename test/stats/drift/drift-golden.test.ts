/**
 * The drift statistics against scipy 1.10 (test/golden/drift.json, written by
 * test/golden/generate_drift.py with Debian's python3-scipy), and drift-check's
 * methods under Evidently's names against Evidently's definitions replayed
 * there with numpy and scipy (t_test, mannw, es, hellinger on numbers, z's
 * category order, g_test, fisher_exact, TVD and empirical_mmd with numpy's
 * random stream). The t-tests on a large offset are checked against their
 * exact values.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { smirnovSf } from '../../../src/stats/distributions/smirnov.js';
import { kolmogorovTwoSidedSf } from '../../../src/stats/distributions/kolmogorov-two-sided.js';
import { cramerVonMisesLimitCdf } from '../../../src/stats/distributions/cramer-von-mises-limit.js';
import { kolmogorovSmirnov } from '../../../src/stats/drift/kolmogorov-smirnov.js';
import { wassersteinDistanceSorted } from '../../../src/stats/drift/wasserstein-distance.js';
import { energyDistanceSorted } from '../../../src/stats/drift/energy-distance.js';
import { welchTTest } from '../../../src/stats/drift/welch-t-test.js';
import { cramerVonMises } from '../../../src/stats/drift/cramer-von-mises.js';
import { andersonDarlingKSample } from '../../../src/stats/drift/anderson-darling-k-sample.js';
import { histogramBinEdges, type BinningRule } from '../../../src/stats/drift/histogram-bin-edges.js';
import { histogramCounts } from '../../../src/stats/drift/histogram-counts.js';
import { jensenShannonDistance } from '../../../src/stats/drift/jensen-shannon-distance.js';
import { hellingerDistance } from '../../../src/stats/drift/hellinger-distance.js';
import { lInfinityDistance } from '../../../src/stats/drift/l-infinity-distance.js';
import { zeroShareFloor } from '../../../src/stats/drift/zero-share-floor.js';
import { populationStabilityIndex } from '../../../src/stats/drift/population-stability-index.js';
import { klDivergence } from '../../../src/stats/drift/kl-divergence.js';
import { chiSquareGoodnessOfFit } from '../../../src/stats/drift/chi-square-goodness-of-fit.js';
import { chiSquareContingency } from '../../../src/stats/drift/chi-square-contingency.js';
import { cramersV } from '../../../src/stats/drift/cramers-v.js';
import { twoProportionZ } from '../../../src/stats/drift/two-proportion-z.js';
import { studentTTest } from '../../../src/stats/drift/student-t-test.js';
import { eppsSingleton } from '../../../src/stats/drift/epps-singleton.js';
import { gTest } from '../../../src/stats/drift/g-test.js';
import { fisherExact } from '../../../src/stats/drift/fisher-exact.js';
import { totalVariationPermutationTest } from '../../../src/stats/drift/total-variation-distance.js';
import { maximumMeanDiscrepancy } from '../../../src/stats/drift/maximum-mean-discrepancy.js';
import { METHODS } from '../../../src/gates/drift-check/methods.js';
import { Mt19937, permutationTail } from '../../../src/stats/random/mt19937.js';
import type { ColumnSample } from '../../../src/gates/drift-check/column-sample.js';

type Recipe = { n: number; a: number; m: number; scale: number; offset: number };
type Expected = Record<string, number | string | (number | string)[]>;
const golden = JSON.parse(readFileSync(new URL('../../golden/drift.json', import.meta.url), 'utf8')) as {
  samples: Record<string, [number[] | Recipe, number[] | Recipe]>;
  cases: { fn: string; args: any[]; expected: Expected }[];
};

function num(v: number | string): number {
  if (typeof v === 'number') return v;
  return v === 'NaN' ? NaN : v === 'Infinity' ? Infinity : -Infinity;
}

/** The same exact-integer recipe as the generator. */
function expand(s: number[] | Recipe): Float64Array {
  if (Array.isArray(s)) return Float64Array.from(s);
  const out = new Float64Array(s.n);
  for (let i = 0; i < s.n; i++) out[i] = s.offset + (s.scale * Number((BigInt(i) * BigInt(s.a)) % BigInt(s.m))) / s.m;
  return out;
}

const samples = new Map<string, [Float64Array, Float64Array]>();
function pair(name: string): [Float64Array, Float64Array] {
  let p = samples.get(name);
  if (!p) {
    const [x, y] = golden.samples[name];
    p = [expand(x), expand(y)];
    samples.set(name, p);
  }
  return p;
}
const sorted = (a: Float64Array) => Float64Array.from(a).sort();

/** A column sample as the gate builds it: numbers sorted, text counted. */
function columnSample(values: (number | string)[]): ColumnSample {
  if (typeof values[0] === 'number') {
    const v = Float64Array.from(values as number[]).sort();
    return { type: 'numerical', values: v, rows: v.length, missing: 0 };
  }
  const counts = new Map<string, number>();
  for (const x of values as string[]) counts.set(x, (counts.get(x) ?? 0) + 1);
  return { type: 'categorical', counts, n: values.length, rows: values.length, missing: 0 };
}
const methodParams = { binning: 'auto', bins: 10 } as const;
/** Ascending values as distinct values and counts. */
function weighted(values: number[]): { values: number[]; counts: number[] } {
  const v: number[] = [];
  const c: number[] = [];
  for (const x of values) {
    if (v.length && v[v.length - 1] === x) c[c.length - 1]++;
    else {
      v.push(x);
      c.push(1);
    }
  }
  return { values: v, counts: c };
}

/** |a − e| ≤ 1e-12 or ≤ 1e-9·|e|; NaN and ±∞ must match exactly. */
function close(actual: number, expected: number, what: string): void {
  if (!Number.isFinite(expected)) {
    expect(actual, what).toBe(expected);
    return;
  }
  const err = Math.abs(actual - expected);
  const ok = err <= 1e-12 || err <= 1e-9 * Math.abs(expected);
  expect(ok, `${what}: got ${actual}, scipy ${expected} (err ${err})`).toBe(true);
}

const runners: Record<string, (args: any[]) => Record<string, number | number[]>> = {
  smirnovSf: ([n, x]) => ({ value: smirnovSf(n, x) }),
  kolmogorovTwoSidedSf: ([n, x]) => ({ value: kolmogorovTwoSidedSf(n, x) }),
  cramerVonMisesLimitCdf: ([x]) => ({ value: cramerVonMisesLimitCdf(x) }),
  ks: ([s]) => kolmogorovSmirnov(...pair(s)) as unknown as Record<string, number>,
  wasserstein: ([s]) => ({ value: wassersteinDistanceSorted(sorted(pair(s)[0]), sorted(pair(s)[1])) }),
  energy: ([s]) => ({ value: energyDistanceSorted(sorted(pair(s)[0]), sorted(pair(s)[1])) }),
  welch: ([s]) => welchTTest(...pair(s)),
  cvm: ([s]) => cramerVonMises(...pair(s)) as unknown as Record<string, number>,
  anderson: ([s]) => andersonDarlingKSample(pair(s)) as unknown as Record<string, number>,
  binEdges: ([s, rule]) => {
    const [x, y] = pair(s);
    const pooled = new Float64Array(x.length + y.length);
    pooled.set(x);
    pooled.set(y, x.length);
    const edges = histogramBinEdges(pooled, rule as BinningRule);
    return { edges: [...edges], countsOfY: [...histogramCounts(y, edges)], nEdges: edges.length, first: edges[0], last: edges[edges.length - 1], second: edges[1] };
  },
  jensenshannon: ([p, q, base]) => ({ value: jensenShannonDistance(p, q, base ?? undefined) }),
  hellinger: ([p, q]) => ({ value: hellingerDistance(p, q) }),
  linf: ([p, q]) => ({ value: lInfinityDistance(p, q) }),
  zeroShareFloor: ([p]) => ({ values: [...zeroShareFloor(p)] }),
  psi: ([p, q]) => ({ value: populationStabilityIndex(p, q) }),
  klDiv: ([p, q]) => ({ value: klDivergence(p, q) }),
  chisquare: ([o, e]) => chiSquareGoodnessOfFit(o, e) as unknown as Record<string, number>,
  chi2: ([t]) => chiSquareContingency(t) as unknown as Record<string, number>,
  cramersV: ([t]) => ({ value: cramersV(t) }),
  z: ([x1, n1, x2, n2]) => twoProportionZ(x1, n1, x2, n2),
  student: ([s]) => studentTTest(...pair(s)),
  epps: ([s]) => eppsSingleton(...pair(s)),
  gTest: ([o, e]) => gTest(o, e) as unknown as Record<string, number>,
  fisherExact: ([t]) => fisherExact(t),
  tvd: ([r, c]) => totalVariationPermutationTest(r, c),
  mmd: ([x, y]) => maximumMeanDiscrepancy(weighted(x), weighted(y)) as unknown as Record<string, number>,
  // Method level: the entry's choice of alternative, bins and category order.
  mannwLess: ([s]) => METHODS.mannw.compute(columnSample([...pair(s)[0]]), columnSample([...pair(s)[1]]), methodParams) as unknown as Record<string, number>,
  hellingerNumeric: ([s]) => ({
    value: METHODS.hellinger.compute(columnSample([...pair(s)[0]]), columnSample([...pair(s)[1]]), methodParams).statistic,
  }),
  numpyPermutation: ([seed, n]) => {
    const rng = new Mt19937(seed);
    const items = Int32Array.from({ length: n }, (_, i) => i);
    const work = new Int32Array(n);
    const first = new Int32Array(n);
    const second = new Int32Array(n);
    permutationTail(rng, items, 0, work, first);
    permutationTail(rng, items, 0, work, second);
    return { first: [...first.subarray(0, 200)], second: [...second.subarray(0, 200)] };
  },
  zMethod: ([r, c]) => METHODS.z.compute(columnSample(r), columnSample(c), methodParams) as unknown as Record<string, number>,
};

describe('drift statistics match scipy 1.10', () => {
  const byFn = new Map<string, typeof golden.cases>();
  for (const c of golden.cases) byFn.set(c.fn, [...(byFn.get(c.fn) ?? []), c]);
  for (const [fn, cases] of byFn) {
    it(`${fn} (${cases.length} cases)`, () => {
      const run = runners[fn];
      expect(run, `no runner for ${fn}`).toBeDefined();
      for (const c of cases) {
        const got = run(c.args);
        for (const [key, want] of Object.entries(c.expected)) {
          const label = `${fn}(${JSON.stringify(c.args).slice(0, 60)}).${key}`;
          const have = got[key];
          if (Array.isArray(want)) {
            expect(Array.isArray(have), label).toBe(true);
            expect((have as number[]).length, `${label} length`).toBe(want.length);
            want.forEach((w, i) => close((have as number[])[i], num(w), `${label}[${i}]`));
          } else close(have as number, num(want), label);
        }
      }
    });
  }
});
