/**
 * The drift methods, one entry each in METHOD_LIST: name (and other names
 * accepted), whether its score is a p-value or a distance, its default
 * threshold and the comparison that means drift, the columns it applies to,
 * its definition and source (one line each: the report's definitions and the
 * method table of docs/gates/drift-check.md are generated from them), any
 * difference from the peer kept on purpose, and the computation. The
 * statistics themselves live one a file in src/stats/drift/. A new method is
 * its statistic's file plus one entry here.
 *
 * Under Evidently's names the definitions, defaults and comparisons are
 * Evidently's (0.7, src/evidently/legacy/calculations/stattests/*.py);
 * chi2, l_infinity, cramers_v and the named variants take defaults in the
 * same spirit.
 */
import { mannWhitneyU } from '../../stats/rank/mann-whitney-u.js';
import { andersonDarlingKSample } from '../../stats/drift/anderson-darling-k-sample.js';
import { chiSquareContingency } from '../../stats/drift/chi-square-contingency.js';
import { chiSquareGoodnessOfFit } from '../../stats/drift/chi-square-goodness-of-fit.js';
import { cramerVonMises } from '../../stats/drift/cramer-von-mises.js';
import { cramersV } from '../../stats/drift/cramers-v.js';
import { energyDistanceSorted } from '../../stats/drift/energy-distance.js';
import { eppsSingleton } from '../../stats/drift/epps-singleton.js';
import { fisherExact } from '../../stats/drift/fisher-exact.js';
import { gTest } from '../../stats/drift/g-test.js';
import { hellingerDistance, hellingerDistanceOfDensities } from '../../stats/drift/hellinger-distance.js';
import { jensenShannonDistance } from '../../stats/drift/jensen-shannon-distance.js';
import { klDivergence } from '../../stats/drift/kl-divergence.js';
import { kolmogorovSmirnov } from '../../stats/drift/kolmogorov-smirnov.js';
import { kolmogorovSmirnovDistinct } from '../../stats/drift/kolmogorov-smirnov-distinct.js';
import { cdfDistanceDistinct } from '../../stats/drift/cdf-distance-distinct.js';
import { lInfinityDistance } from '../../stats/drift/l-infinity-distance.js';
import { maximumMeanDiscrepancy, type WeightedSample } from '../../stats/drift/maximum-mean-discrepancy.js';
import { populationStabilityIndex } from '../../stats/drift/population-stability-index.js';
import { studentTTest } from '../../stats/drift/student-t-test.js';
import { totalVariationPermutationTest } from '../../stats/drift/total-variation-distance.js';
import { twoProportionZ } from '../../stats/drift/two-proportion-z.js';
import { wassersteinDistanceSorted } from '../../stats/drift/wasserstein-distance.js';
import { welchTTest } from '../../stats/drift/welch-t-test.js';
import { zeroShareFloor } from '../../stats/drift/zero-share-floor.js';
import { binnedCounts, categoryBins, distinctSturgesCounts, shares, type Binning } from './binned-shares.js';
import { sampleSize, type ColumnSample, type NumericalSample } from './column-sample.js';

/** How a score is compared with its threshold to mean drift. */
export type Operator = '<' | '<=' | '>=' | '>';

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
  /** Why the score is undefined (NaN), when the method can say. */
  note?: string;
}

/**
 * The columns a method takes: `numerical` only numbers; `categories` any
 * column, numbers counted as categories; `bins` any column, numbers binned.
 */
export type MethodColumns = 'numerical' | 'categories' | 'bins';

export interface DriftMethod {
  name: string;
  /** Other names accepted for the same method (Evidently's registered names). */
  aliases: readonly string[];
  title: string;
  score: 'p-value' | 'distance';
  columns: MethodColumns;
  threshold: number;
  operator: Operator;
  /** One line: the definition (the report's definitions, the docs' table). */
  definition: string;
  /** The reference implementation(s) it is checked against. */
  source: string;
  /** A difference from the peer kept on purpose, for the docs' table. */
  differs?: string;
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

/** A numerical sample as ascending distinct values with counts. */
function weighted(s: NumericalSample): WeightedSample {
  if (s.distinct) return s.distinct;
  const values: number[] = [];
  const counts: number[] = [];
  const v = s.values;
  for (let i = 0; i < v.length; i++) {
    if (i > 0 && v[i] === v[i - 1]) counts[counts.length - 1]++;
    else {
      values.push(v[i]);
      counts.push(1);
    }
  }
  return { values, counts };
}

/** The largest reference + current size `empirical_mmd` takes (its kernel is quadratic in it). */
export const MMD_MAX_VALUES = 5000;

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

const METHOD_LIST = [
  {
    name: 'ks',
    aliases: [],
    title: 'Kolmogorov–Smirnov',
    score: 'p-value',
    columns: 'numerical',
    threshold: 0.05,
    operator: '<=',
    definition: 'two-sample KS, D = sup|F_ref − F_cur|; exact p-value up to 10,000 rows per sample, asymptotic beyond',
    source: '`scipy.stats.ks_2samp` (Evidently `ks`)',
    compute: (r, c) => {
      const ref = num(r);
      const res = ref.distinct ? kolmogorovSmirnovDistinct(ref.distinct, num(c).values) : kolmogorovSmirnov(ref.values, num(c).values, { sorted: true });
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'chisquare',
    aliases: [],
    title: 'Chi-square goodness of fit',
    score: 'p-value',
    columns: 'categories',
    threshold: 0.05,
    operator: '<',
    definition: 'χ² = Σ (oᵢ − eᵢ)²/eᵢ of the current counts o against the reference counts scaled to the current size, df = categories − 1',
    source: '`scipy.stats.chisquare` (Evidently `chisquare`)',
    compute: (r, c) => {
      const b = categoryBins(r, c);
      const k = sampleSize(c) / sampleSize(r);
      const res = chiSquareGoodnessOfFit(b.current, b.reference.map((v) => v * k));
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'chi2',
    aliases: [],
    title: 'Chi-square contingency',
    score: 'p-value',
    columns: 'categories',
    threshold: 0.05,
    operator: '<',
    definition: 'χ² test of independence of the 2 × k table sample × category, eᵢⱼ = RᵢCⱼ/N, Yates-corrected when df = 1',
    source: '`scipy.stats.chi2_contingency`',
    compute: (r, c) => {
      const b = categoryBins(r, c);
      const res = chiSquareContingency([[...b.reference], [...b.current]]);
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'z',
    aliases: [],
    title: 'Two-proportion z-test',
    score: 'p-value',
    columns: 'categories',
    threshold: 0.05,
    operator: '<',
    definition:
      'pooled two-proportion z = (p₁ − p₂)/√(P(1−P)(1/n₁ + 1/n₂)) of the share of all but the first category (in sorted order: numbers by value, text by code point), p = 2·P(Z > |z|)',
    source: 'Evidently `z`',
    differs: 'Evidently writes p = 2·(1 − Φ(|z|)), which is 0 below about 1e-16; here the tail is computed directly. Verdicts are the same.',
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
    aliases: [],
    title: 'Wasserstein distance (normed)',
    score: 'distance',
    columns: 'numerical',
    threshold: 0.1,
    operator: '>=',
    definition: 'W₁ = ∫|F_ref − F_cur| dx divided by max(σ_ref, 0.001), σ with ddof 0',
    source: '`scipy.stats.wasserstein_distance` (Evidently `wasserstein`)',
    compute: (r, c) => {
      const ref = num(r);
      const d = ref.distinct ? cdfDistanceDistinct(1, ref.distinct.values, ref.distinct.counts, ref.distinct.n, num(c).values) : wassersteinDistanceSorted(ref.values, num(c).values);
      return { statistic: d / Math.max(populationSd(ref), 0.001), pValue: null };
    },
  },
  {
    name: 'jensenshannon',
    aliases: [],
    title: 'Jensen–Shannon distance',
    score: 'distance',
    columns: 'bins',
    threshold: 0.1,
    operator: '>=',
    definition: 'JS = √((KL(p‖m) + KL(q‖m))/2), m = (p+q)/2, over category or bin shares; natural log unless `jensenshannon-base` is set',
    source: '`scipy.spatial.distance.jensenshannon` (Evidently `jensenshannon`)',
    compute: (r, c, p) => {
      const [a, b] = binnedShares(r, c, p);
      return { statistic: jensenShannonDistance(a, b, p.jsBase), pValue: null };
    },
  },
  {
    name: 'psi',
    aliases: [],
    title: 'Population stability index',
    score: 'distance',
    columns: 'bins',
    threshold: 0.1,
    operator: '>=',
    definition: 'PSI = Σ (rᵢ − cᵢ)·ln(rᵢ/cᵢ) over category or bin shares, empty bins floored, shares not renormalised',
    source: 'Evidently `psi`',
    compute: (r, c, p) => {
      const [a, b] = binnedShares(r, c, p);
      return { statistic: populationStabilityIndex(zeroShareFloor(a), zeroShareFloor(b)), pValue: null };
    },
  },
  {
    name: 'kl_div',
    aliases: [],
    title: 'Kullback–Leibler divergence',
    score: 'distance',
    columns: 'bins',
    threshold: 0.1,
    operator: '>=',
    definition: 'KL(ref‖cur) = Σ rᵢ·ln(rᵢ/cᵢ) over category or bin shares, empty bins floored, then both renormalised to sum 1',
    source: '`scipy.stats.entropy` (Evidently `kl_div`)',
    compute: (r, c, p) => {
      const [a, b] = binnedShares(r, c, p);
      return { statistic: klDivergence(zeroShareFloor(a), zeroShareFloor(b)), pValue: null };
    },
  },
  {
    name: 'hellinger',
    aliases: [],
    title: 'Hellinger distance',
    score: 'distance',
    columns: 'bins',
    threshold: 0.1,
    operator: '>=',
    definition:
      'categories: H = √(1 − Σ√(rᵢcᵢ)) over shares; numbers (binning auto): H = √(1 − Σ√(f_ref,ᵢ f_cur,ᵢ)·w) over density histograms f on Sturges bins of the distinct values of both samples, w the bin width; with another binning, the categorical form over its bins',
    source: 'Evidently `hellinger`',
    compute: (r, c, p) => {
      if (r.type === 'numerical' && c.type === 'numerical' && p.binning === 'auto') {
        const b = distinctSturgesCounts(r, c);
        return { statistic: hellingerDistanceOfDensities(b.edges, b.reference, b.current, sampleSize(r), sampleSize(c)), pValue: null };
      }
      const [a, b] = binnedShares(r, c, p);
      return { statistic: hellingerDistance(a, b), pValue: null };
    },
  },
  {
    name: 'energy',
    aliases: ['ed'],
    title: 'Energy distance',
    score: 'distance',
    columns: 'numerical',
    threshold: 0.1,
    operator: '>',
    definition: 'E = √2·(∫(F_ref − F_cur)² dx)^½ = √(2E|X−Y| − E|X−X′| − E|Y−Y′|)',
    source: '`scipy.stats.energy_distance` (Evidently `ed`)',
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
    aliases: [],
    title: 'Anderson–Darling k-sample',
    score: 'p-value',
    columns: 'numerical',
    threshold: 0.1,
    operator: '<',
    definition: 'Scholz–Stephens k-sample A² (midrank), standardised; p-value interpolated and capped to [0.001, 0.25]',
    source: '`scipy.stats.anderson_ksamp` (Evidently `anderson`)',
    compute: (r, c) => {
      const res = andersonDarlingKSample([num(r).values, num(c).values]);
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'cramer_von_mises',
    aliases: [],
    title: 'Cramér–von Mises',
    score: 'p-value',
    columns: 'numerical',
    threshold: 0.1,
    operator: '<=',
    definition: 'T = U/(n m N) − (4nm − 1)/(6N) from average ranks; exact p-value up to 20 rows per sample, asymptotic beyond',
    source: '`scipy.stats.cramervonmises_2samp` (Evidently `cramer_von_mises`)',
    compute: (r, c) => {
      const res = cramerVonMises(num(r).values, num(c).values);
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'mannwhitney',
    aliases: ['mannw'],
    title: 'Mann–Whitney U',
    score: 'p-value',
    columns: 'numerical',
    threshold: 0.05,
    operator: '<',
    definition:
      'U of the reference, one-sided, alternative "less" (the reference stochastically smaller): p = P(U′ ≤ U); exact or normal with tie and continuity correction',
    source: '`scipy.stats.mannwhitneyu(ref, cur, alternative="less")` (Evidently `mannw`)',
    compute: (r, c) => {
      const res = mannWhitneyU(num(r).values, num(c).values, { sorted: true, alternative: 'less' });
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'mannwhitney_two_sided',
    aliases: [],
    title: 'Mann–Whitney U (two-sided)',
    score: 'p-value',
    columns: 'numerical',
    threshold: 0.05,
    operator: '<',
    definition: 'U of the reference, two-sided; exact or normal with tie and continuity correction',
    source: '`scipy.stats.mannwhitneyu` (method auto)',
    compute: (r, c) => {
      const res = mannWhitneyU(num(r).values, num(c).values, { sorted: true });
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 't_test',
    aliases: [],
    title: "Student's t-test",
    score: 'p-value',
    columns: 'numerical',
    threshold: 0.05,
    operator: '<',
    definition: "Student's t = (m₁ − m₂)/√(s²(1/n₁ + 1/n₂)), s² the pooled variance, df = n₁ + n₂ − 2, two-sided",
    source: '`scipy.stats.ttest_ind` (Evidently `t_test`)',
    differs:
      'scipy sums in the data’s order and loses digits on a large common offset (about 1e-6 of t at 10⁹ + N(0, 1)); drift-check’s sums are compensated and stay within rounding of the exact t.',
    compute: (r, c) => {
      const res = studentTTest(num(r).values, num(c).values);
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'welch_t_test',
    aliases: [],
    title: "Welch's t-test",
    score: 'p-value',
    columns: 'numerical',
    threshold: 0.05,
    operator: '<',
    definition: "Welch's t = (m₁ − m₂)/√(s₁²/n₁ + s₂²/n₂), Welch–Satterthwaite df, two-sided",
    source: '`scipy.stats.ttest_ind(equal_var=False)`',
    differs:
      'scipy sums in the data’s order and loses digits on a large common offset (about 1e-6 of t at 10⁹ + N(0, 1)); drift-check’s sums are compensated and stay within rounding of the exact t.',
    compute: (r, c) => {
      const res = welchTTest(num(r).values, num(c).values);
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'epps_singleton',
    aliases: ['es'],
    title: 'Epps–Singleton',
    score: 'p-value',
    columns: 'numerical',
    threshold: 0.05,
    operator: '<',
    definition:
      'W = n·dᵀΣ⁺d on the empirical characteristic function at t = (0.4, 0.8)/(IQR/2), small-sample corrected below 25 values, p from χ² with rank(Σ) df',
    source: '`scipy.stats.epps_singleton_2samp` (Evidently `es`)',
    differs: 'Evidently raises an error when the pooled interquartile range is 0; here the column is insufficient, as it is when both samples are constant (where scipy inverts a covariance matrix of rounding noise).',
    compute: (r, c) => {
      const res = eppsSingleton(num(r).values, num(c).values);
      const note = Number.isNaN(res.statistic) ? 'Epps–Singleton needs 5 values per sample, a pooled interquartile range above 0 and a sample that is not constant' : undefined;
      return { statistic: res.statistic, pValue: res.pValue, ...(note ? { note } : {}) };
    },
  },
  {
    name: 'g_test',
    aliases: [],
    title: 'G-test',
    score: 'p-value',
    columns: 'categories',
    threshold: 0.1,
    operator: '<',
    definition: 'G = 2 Σ oᵢ ln(oᵢ/eᵢ) of the current counts o against the reference counts scaled to the current size, df = categories − 1',
    source: '`scipy.stats.power_divergence(lambda_="log-likelihood")` (Evidently `g_test`)',
    differs:
      'Evidently passes the reference counts unscaled, which scipy ≥ 1.10 refuses unless both samples have the same size; for samples of the same size the two are equal.',
    compute: (r, c) => {
      const b = categoryBins(r, c);
      const k = sampleSize(c) / sampleSize(r);
      const res = gTest(b.current, b.reference.map((v) => v * k));
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'fisher_exact',
    aliases: [],
    title: "Fisher's exact test",
    score: 'p-value',
    columns: 'categories',
    threshold: 0.1,
    operator: '<',
    definition:
      "two-sided exact p-value of the 2 × 2 table sample × category (two categories, in sorted order); the statistic is the odds ratio of [[cur second, cur first], [ref second, ref first]]",
    source: '`scipy.stats.fisher_exact` (Evidently `fisher_exact`)',
    differs:
      'Evidently requires both samples to have the same size and raises an error on more than two categories; here samples of any size are compared, and a column with more than two categories is insufficient.',
    compute: (r, c) => {
      const b = categoryBins(r, c);
      if (b.labels.length > 2) {
        return { statistic: NaN, pValue: NaN, note: `fisher_exact needs at most two categories in both samples together; this column has ${b.labels.length}` };
      }
      const res = fisherExact([
        [b.current[1] ?? 0, b.current[0]],
        [b.reference[1] ?? 0, b.reference[0]],
      ]);
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'TVD',
    aliases: [],
    title: 'Total variation distance',
    score: 'p-value',
    columns: 'categories',
    threshold: 0.1,
    operator: '<',
    definition:
      'TVD = ½ Σ |rᵢ − cᵢ| over category shares; p = share of 1,000 permutations of the pooled values (numpy MT19937, seed 0) whose TVD is at least the observed one',
    source: 'Evidently `TVD`',
    differs:
      'Evidently permutes the rows in file order; drift-check keeps no row order and permutes the values sorted (reference first, then current, each in category order), so the p-value is Evidently’s exactly on data in that order and another draw of the same permutation test otherwise.',
    compute: (r, c) => {
      const b = categoryBins(r, c);
      const res = totalVariationPermutationTest(b.reference, b.current);
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'empirical_mmd',
    aliases: [],
    title: 'Empirical maximum mean discrepancy',
    score: 'p-value',
    columns: 'numerical',
    threshold: 0.1,
    operator: '<',
    definition:
      'unbiased MMD² with a Gaussian kernel, bandwidth √(½·median squared distance of the reference pairs); p = share of 100 permutations (numpy MT19937, seed 0) whose MMD² is at least the observed one',
    source: 'Evidently `empirical_mmd`',
    differs:
      'Evidently permutes the rows in file order from numpy’s global random state; drift-check permutes the values sorted (reference first) from seed 0, as Evidently’s own test seeds it, so the p-value is Evidently’s exactly on sorted data. At most 5,000 values in the two samples together (use `sample`); above that the column is insufficient.',
    compute: (r, c) => {
      if (sampleSize(r) + sampleSize(c) > MMD_MAX_VALUES) {
        return { statistic: NaN, pValue: NaN, note: `empirical_mmd compares at most ${MMD_MAX_VALUES.toLocaleString('en-US')} values in both samples together (set \`sample\`)` };
      }
      const res = maximumMeanDiscrepancy(weighted(num(r)), weighted(num(c)));
      return { statistic: res.statistic, pValue: res.pValue };
    },
  },
  {
    name: 'l_infinity',
    aliases: [],
    title: 'L-infinity distance',
    score: 'distance',
    columns: 'bins',
    threshold: 0.1,
    operator: '>=',
    definition: 'L∞ = maxᵢ |rᵢ − cᵢ| over category or bin shares',
    source: 'NannyML L-infinity',
    compute: (r, c, p) => {
      const [a, b] = binnedShares(r, c, p);
      return { statistic: lInfinityDistance(a, b), pValue: null };
    },
  },
  {
    name: 'cramers_v',
    aliases: [],
    title: "Cramér's V",
    score: 'distance',
    columns: 'categories',
    threshold: 0.1,
    operator: '>=',
    definition: 'V = √(χ²/(N·(min(r, c) − 1))) of the sample × category table, no continuity correction',
    source: '`scipy.stats.contingency.association`',
    compute: (r, c) => {
      const b = categoryBins(r, c);
      return { statistic: cramersV([[...b.reference], [...b.current]]), pValue: null };
    },
  },
] as const satisfies readonly DriftMethod[];

type Entry = (typeof METHOD_LIST)[number];
/** Every name a method is known by: its name and its aliases. */
export type MethodName = Entry['name'] | Entry['aliases'][number];

export const METHOD_LIST_ENTRIES: readonly DriftMethod[] = METHOD_LIST;

/** Every accepted method name, each method's name first, then its aliases. */
export const METHOD_NAMES = METHOD_LIST.flatMap((m) => [m.name, ...m.aliases]) as unknown as readonly [MethodName, ...MethodName[]];

/** Each name (and alias) to its method. */
export const METHODS: Record<MethodName, DriftMethod> = Object.fromEntries(
  METHOD_LIST.flatMap((m) => [m.name, ...m.aliases].map((n) => [n, m as DriftMethod])),
) as Record<MethodName, DriftMethod>;

/** The threshold a method takes: set under the name used, else under any of its names, else its default. */
export function thresholdOf(name: MethodName, thresholds: Partial<Record<MethodName, number>>): number {
  const m = METHODS[name];
  const given = thresholds[name] ?? [m.name, ...m.aliases].map((n) => thresholds[n as MethodName]).find((t) => t !== undefined);
  return given ?? m.threshold;
}

/** Whether a score means drift under a threshold and operator. */
export function isDrift(score: number, threshold: number, operator: Operator): boolean {
  if (Number.isNaN(score)) return false;
  switch (operator) {
    case '<':
      return score < threshold;
    case '<=':
      return score <= threshold;
    case '>=':
      return score >= threshold;
    case '>':
      return score > threshold;
  }
}
