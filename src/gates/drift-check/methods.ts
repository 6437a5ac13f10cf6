/**
 * The drift methods: what each computes, whether its score is a p-value or a
 * distance, its default threshold and the comparison that means drift. The
 * statistics themselves live one a file in src/stats/drift/.
 *
 * Defaults follow Evidently's stat tests where Evidently has the method
 * (src/evidently/calculations/stattests/*.py); chi2, l_infinity and
 * cramers_v take 0.05 / 0.1 / 0.1 in the same spirit.
 */
import { mannWhitneyU } from '../../stats/rank/mann-whitney-u.js';
import { andersonDarlingKSample } from '../../stats/drift/anderson-darling-k-sample.js';
import { chiSquareContingency } from '../../stats/drift/chi-square-contingency.js';
import { chiSquareGoodnessOfFit } from '../../stats/drift/chi-square-goodness-of-fit.js';
import { cramerVonMises } from '../../stats/drift/cramer-von-mises.js';
import { cramersV } from '../../stats/drift/cramers-v.js';
import { energyDistanceSorted } from '../../stats/drift/energy-distance.js';
import { hellingerDistance } from '../../stats/drift/hellinger-distance.js';
import { jensenShannonDistance } from '../../stats/drift/jensen-shannon-distance.js';
import { klDivergence } from '../../stats/drift/kl-divergence.js';
import { kolmogorovSmirnov } from '../../stats/drift/kolmogorov-smirnov.js';
import { kolmogorovSmirnovDistinct } from '../../stats/drift/kolmogorov-smirnov-distinct.js';
import { cdfDistanceDistinct } from '../../stats/drift/cdf-distance-distinct.js';
import { lInfinityDistance } from '../../stats/drift/l-infinity-distance.js';
import { populationStabilityIndex } from '../../stats/drift/population-stability-index.js';
import { twoProportionZ } from '../../stats/drift/two-proportion-z.js';
import { wassersteinDistanceSorted } from '../../stats/drift/wasserstein-distance.js';
import { welchTTest } from '../../stats/drift/welch-t-test.js';
import { zeroShareFloor } from '../../stats/drift/zero-share-floor.js';
import { binnedCounts, categoryBins, shares, type Binning } from './binned-shares.js';
import { sampleSize, type ColumnSample, type NumericalSample } from './column-sample.js';

export const METHOD_NAMES = [
  'ks',
  'chisquare',
  'chi2',
  'z',
  'wasserstein',
  'jensenshannon',
  'psi',
  'kl_div',
  'hellinger',
  'energy',
  'anderson',
  'cramer_von_mises',
  'mannwhitney',
  't_test',
  'l_infinity',
  'cramers_v',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

/** How a score is compared with its threshold to mean drift. */
export type Operator = '<' | '<=' | '>=';

export interface MethodParams {
  binning: Binning;
  bins: number;
  /** Logarithm base of jensenshannon; undefined = natural log. */
  jsBase?: number;
}

export interface MethodScore {
  statistic: number;
  /** null for distance methods. */
  pValue: number | null;
}

export interface DriftMethod {
  name: MethodName;
  title: string;
  score: 'p-value' | 'distance';
  /** Methods that need numbers; the others take categories (numbers as categories) or bins. */
  numericalOnly: boolean;
  threshold: number;
  operator: Operator;
  /** One line for the report's definitions. */
  definition: string;
  compute(ref: ColumnSample, cur: ColumnSample, params: MethodParams): MethodScore;
}

function num(s: ColumnSample): NumericalSample {
  if (s.type !== 'numerical') throw new Error('numerical method on a categorical sample');
  return s;
}

function binnedShares(ref: ColumnSample, cur: ColumnSample, params: MethodParams): [Float64Array, Float64Array] {
  const b = binnedCounts(ref, cur, params.binning, params.bins);
  return [shares(b.reference, sampleSize(ref)), shares(b.current, sampleSize(cur))];
}

/** sum + v + v + … (c times), added one at a time as a pass over the expanded values would. */
function addRepeated(sum: number, v: number, c: number): number {
  let k = c;
  // Unrolled for the short runs of a profile; the additions stay in order.
  while (k >= 4) {
    sum += v;
    sum += v;
    sum += v;
    sum += v;
    k -= 4;
  }
  while (k > 0) {
    sum += v;
    k--;
  }
  return sum;
}

/**
 * σ with ddof 0. With distinct values each is added its count of times, in
 * order: the same sums, bit for bit, as over the expanded values. (Indexed
 * loops: for…of over a typed array was ~15× slower here.)
 */
function populationSd(s: NumericalSample): number {
  if (s.distinct) {
    const { values, counts, n } = s.distinct;
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum = addRepeated(sum, values[i], counts[i]);
    const mean = sum / n;
    let ss = 0;
    for (let i = 0; i < values.length; i++) {
      const d = values[i] - mean;
      ss = addRepeated(ss, d * d, counts[i]);
    }
    return Math.sqrt(ss / n);
  }
  const values = s.values;
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    ss += d * d;
  }
  return Math.sqrt(ss / n);
}

const METHOD_LIST: DriftMethod[] = [
  {
    name: 'ks',
    title: 'Kolmogorov–Smirnov',
    score: 'p-value',
    numericalOnly: true,
    threshold: 0.05,
    operator: '<',
    definition: 'two-sample KS, D = sup|F_ref − F_cur|; exact p-value up to 10,000 rows per sample, asymptotic beyond (scipy ks_2samp)',
    compute: (r, c) => {
      const ref = num(r);
      const res = ref.distinct ? kolmogorovSmirnovDistinct(ref.distinct, num(c).values) : kolmogorovSmirnov(ref.values, num(c).values, { sorted: true });
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'chisquare',
    title: 'Chi-square goodness of fit',
    score: 'p-value',
    numericalOnly: false,
    threshold: 0.05,
    operator: '<',
    definition: 'χ² of the current counts against the reference shares scaled to the current size, df = categories − 1 (scipy chisquare)',
    compute: (r, c) => {
      const b = categoryBins(r, c);
      const k = sampleSize(c) / sampleSize(r);
      const res = chiSquareGoodnessOfFit(b.current, b.reference.map((v) => v * k));
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'chi2',
    title: 'Chi-square contingency',
    score: 'p-value',
    numericalOnly: false,
    threshold: 0.05,
    operator: '<',
    definition: 'χ² test of independence of sample × category, Yates-corrected when df = 1 (scipy chi2_contingency)',
    compute: (r, c) => {
      const b = categoryBins(r, c);
      const res = chiSquareContingency([[...b.reference], [...b.current]]);
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'z',
    title: 'Two-proportion z-test',
    score: 'p-value',
    numericalOnly: false,
    threshold: 0.05,
    operator: '<',
    definition: 'pooled two-proportion z-test of the share of all but the first category (sorted), two-sided (Evidently z)',
    compute: (r, c) => {
      const b = categoryBins(r, c);
      const nr = sampleSize(r);
      const nc = sampleSize(c);
      const res = twoProportionZ(nr - b.reference[0], nr, nc - b.current[0], nc);
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'wasserstein',
    title: 'Wasserstein distance (normed)',
    score: 'distance',
    numericalOnly: true,
    threshold: 0.1,
    operator: '>=',
    definition: 'W₁ = ∫|F_ref − F_cur| divided by max(σ_ref, 0.001), σ with ddof 0 (Evidently wasserstein)',
    compute: (r, c) => {
      const ref = num(r);
      const d = ref.distinct ? cdfDistanceDistinct(1, ref.distinct.values, ref.distinct.counts, ref.distinct.n, num(c).values) : wassersteinDistanceSorted(ref.values, num(c).values);
      return { statistic: d / Math.max(populationSd(ref), 0.001), pValue: null };
    },
  },
  {
    name: 'jensenshannon',
    title: 'Jensen–Shannon distance',
    score: 'distance',
    numericalOnly: false,
    threshold: 0.1,
    operator: '>=',
    definition: 'JS = √((KL(p‖m) + KL(q‖m))/2), m = (p+q)/2, over categories or bins; natural log unless a base is set (scipy jensenshannon)',
    compute: (r, c, p) => {
      const [a, b] = binnedShares(r, c, p);
      return { statistic: jensenShannonDistance(a, b, p.jsBase), pValue: null };
    },
  },
  {
    name: 'psi',
    title: 'Population stability index',
    score: 'distance',
    numericalOnly: false,
    threshold: 0.1,
    operator: '>=',
    definition: 'PSI = Σ (r − c)·ln(r/c) over categories or bins, empty bins floored (Evidently psi)',
    compute: (r, c, p) => {
      const [a, b] = binnedShares(r, c, p);
      return { statistic: populationStabilityIndex(zeroShareFloor(a), zeroShareFloor(b)), pValue: null };
    },
  },
  {
    name: 'kl_div',
    title: 'Kullback–Leibler divergence',
    score: 'distance',
    numericalOnly: false,
    threshold: 0.1,
    operator: '>=',
    definition: 'KL(ref‖cur) = Σ r·ln(r/c) over categories or bins, empty bins floored (Evidently kl_div)',
    compute: (r, c, p) => {
      const [a, b] = binnedShares(r, c, p);
      return { statistic: klDivergence(zeroShareFloor(a), zeroShareFloor(b)), pValue: null };
    },
  },
  {
    name: 'hellinger',
    title: 'Hellinger distance',
    score: 'distance',
    numericalOnly: false,
    threshold: 0.1,
    operator: '>=',
    definition: 'H = √(1 − Σ√(r·c)) over categories or bins',
    compute: (r, c, p) => {
      const [a, b] = binnedShares(r, c, p);
      return { statistic: hellingerDistance(a, b), pValue: null };
    },
  },
  {
    name: 'energy',
    title: 'Energy distance',
    score: 'distance',
    numericalOnly: true,
    threshold: 0.1,
    operator: '>=',
    definition: 'E = √2 · (∫(F_ref − F_cur)²)^½ (scipy energy_distance)',
    compute: (r, c) => {
      const ref = num(r);
      const e = ref.distinct
        ? Math.SQRT2 * cdfDistanceDistinct(2, ref.distinct.values, ref.distinct.counts, ref.distinct.n, num(c).values)
        : energyDistanceSorted(ref.values, num(c).values);
      return { statistic: e, pValue: null };
    },
  },
  {
    name: 'anderson',
    title: 'Anderson–Darling k-sample',
    score: 'p-value',
    numericalOnly: true,
    threshold: 0.1,
    operator: '<',
    definition: 'Scholz–Stephens midrank A²; p-value interpolated and capped to [0.001, 0.25] (scipy anderson_ksamp)',
    compute: (r, c) => {
      const res = andersonDarlingKSample([num(r).values, num(c).values]);
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'cramer_von_mises',
    title: 'Cramér–von Mises',
    score: 'p-value',
    numericalOnly: true,
    threshold: 0.1,
    operator: '<=',
    definition: 'two-sample T from average ranks; exact p-value up to 20 rows per sample, asymptotic beyond (scipy cramervonmises_2samp)',
    compute: (r, c) => {
      const res = cramerVonMises(num(r).values, num(c).values);
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'mannwhitney',
    title: 'Mann–Whitney U',
    score: 'p-value',
    numericalOnly: true,
    threshold: 0.05,
    operator: '<',
    definition: 'U of the reference, two-sided; exact or normal with tie and continuity correction (scipy mannwhitneyu, method auto)',
    compute: (r, c) => {
      const res = mannWhitneyU(num(r).values, num(c).values, { sorted: true });
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 't_test',
    title: "Welch's t-test",
    score: 'p-value',
    numericalOnly: true,
    threshold: 0.05,
    operator: '<',
    definition: "Welch's t with Welch–Satterthwaite df, two-sided (scipy ttest_ind, equal_var=False)",
    compute: (r, c) => {
      const res = welchTTest(num(r).values, num(c).values);
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'l_infinity',
    title: 'L-infinity distance',
    score: 'distance',
    numericalOnly: false,
    threshold: 0.1,
    operator: '>=',
    definition: 'L∞ = max |r − c| over category (or bin) shares',
    compute: (r, c, p) => {
      const [a, b] = binnedShares(r, c, p);
      return { statistic: lInfinityDistance(a, b), pValue: null };
    },
  },
  {
    name: 'cramers_v',
    title: "Cramér's V",
    score: 'distance',
    numericalOnly: false,
    threshold: 0.1,
    operator: '>=',
    definition: "V = √(χ²/(N·(min(r, c) − 1))) of the sample × category table, no continuity correction (scipy association)",
    compute: (r, c) => {
      const b = categoryBins(r, c);
      return { statistic: cramersV([[...b.reference], [...b.current]]), pValue: null };
    },
  },
];

export const METHODS: Record<MethodName, DriftMethod> = Object.fromEntries(METHOD_LIST.map((m) => [m.name, m])) as Record<
  MethodName,
  DriftMethod
>;

/** Whether a score means drift under a threshold and operator. */
export function isDrift(score: number, threshold: number, operator: Operator): boolean {
  if (Number.isNaN(score)) return false;
  return operator === '<' ? score < threshold : operator === '<=' ? score <= threshold : score >= threshold;
}
