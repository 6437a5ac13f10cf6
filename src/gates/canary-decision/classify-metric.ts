/**
 * The judgment of one metric, after Kayenta's NetflixACAJudge
 * (MannWhitneyClassifier), made deterministic. Rules, in order:
 *
 * 1. Fewer values than min-samples in either variant (none at all, with
 *    Kayenta's configurations): `Nodata`. With nan-strategy `replace`, an
 *    empty metric passes instead (Kayenta). A critical metric without any
 *    data fails the canary (Kayenta: critical and not Pass); one with some
 *    data, but too little, blocks promotion like any other.
 * 2. Identical samples, or one value repeated in both: `Pass`, mean ratio 1.
 *    Kayenta adds random noise to two constant samples before its test;
 *    here the tie-corrected test handles them, so the judgment never changes
 *    between two runs on the same data.
 * 3. Mann–Whitney U and the Hodges–Lehmann interval [lo, hi] of the shift
 *    (canary − baseline) at `confidence`; with e the estimate, t the
 *    metric's tolerance and E the effect size (mean ratio or CLES,
 *    effect-size.ts; NaN skips its comparison):
 *      High  if direction ∈ {increase, either}, the set lies above t·|e|, E ≥ allowed-increase
 *      Low   if direction ∈ {decrease, either}, the set lies below −t·|e|, E ≤ allowed-decrease
 *      Pass  otherwise.
 *    "The set lies above t·|e|" is lo > t·|e| (Kayenta), or — when that
 *    end equals the bound, which happens when e and lo are both 0 because
 *    most pairwise differences tie at 0 (zero-inflated metrics) — when the
 *    test of shift 0 rejects with the canary higher: the confidence set is
 *    the shifts the test does not reject, so an end at which it rejects is
 *    not in the set. (Kayenta's root finder lands just inside the open end,
 *    a hair above 0, and calls such a metric High.) Likewise for Low.
 *    A critical metric's High (Low) with E ≥ critical-increase
 *    (E ≤ critical-decrease) is a critical failure.
 * 4. Sequential mode: the always-valid mSPRT p-value of the difference of
 *    means replaces the interval test: High/Low when p ≤ 1 − confidence,
 *    the change is in a bad direction and meets the allowed effect size.
 * 5. Conversion metrics (0/1 values): P(canary rate better) under the
 *    Beta–Binomial model with uniform priors; Pass when it reaches
 *    `promote-probability`, High/Low when the probability of being worse
 *    does, else `Inconclusive` (there are data, but not enough evidence
 *    either way; it blocks promotion).
 * 6. Bounds and relative rules (Flagger-style) on the chosen statistic:
 *    a violated `max` or `max-increase` makes the metric High, a violated
 *    `min` or `max-decrease` Low, whatever the test said.
 */
import { UserError } from '../../core/errors.js';
import { betaProbabilityGreater } from '../../stats/canary/beta-probability-greater.js';
import { hodgesLehmann, type HodgesLehmannResult } from '../../stats/canary/hodges-lehmann.js';
import { mixtureSprt } from '../../stats/canary/mixture-sprt.js';
import { normalQuantile } from '../../stats/distributions/normal.js';
import { mannWhitneyU } from '../../stats/rank/mann-whitney-u.js';
import type { MetricConfig } from './config.js';
import { fallsTo, meanRatio, measured, reaches, type EffectSizes } from './effect-size.js';
import { histogramPair, type HistogramPair } from './histogram.js';
import { sampleStatistic } from './statistic.js';

export type Classification = 'Pass' | 'High' | 'Low' | 'Nodata' | 'Inconclusive';

export interface RuleResult {
  rule: 'min' | 'max' | 'max-increase' | 'max-decrease';
  statistic: string;
  value: number;
  limit: number;
  ok: boolean;
}

export interface MetricResult {
  name: string;
  group: string;
  groups: string[];
  classification: Classification;
  reason: string;
  /** A failure of a critical metric beyond its critical effect size, or a critical metric without data. */
  criticalFailure: boolean;
  /** How the scorer counts it. */
  scoring: 'judged' | 'nodata' | 'nodata-fail' | 'inconclusive' | 'report-only';
  method: 'mann-whitney' | 'sequential' | 'beta-binomial' | 'none';
  canaryMean: number | null;
  baselineMean: number | null;
  /** Kayenta's mean ratio; null when either mean is 0 or there are no data. */
  ratio: number | null;
  /** Kayenta's CLES, P(canary > baseline) + ½ P(tie); null when no test ran. */
  cles: number | null;
  estimate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  pValue: number | null;
  /** Conversion metrics: P(canary better). */
  probabilityBetter: number | null;
  nCanary: number;
  nBaseline: number;
  rules: RuleResult[];
  histogram: HistogramPair | null;
}

export interface ClassifyOptions {
  confidence: number;
  /** Sequential mode: the metric's p-value from the previous look (1 on the first). */
  sequential?: { previousPValue: number; mixingSd: number };
  promoteProbability: number;
}

/**
 * The shift interval the judge uses: the Hodges–Lehmann estimate and the
 * interval of R's wilcox.test (hodges-lehmann.ts), on ascending samples.
 */
export function shiftInterval(canary: Float64Array, baseline: Float64Array, confidence: number): HodgesLehmannResult {
  return hodgesLehmann(canary, baseline, { confidence, sorted: true });
}

function mean(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s / a.length;
}

function variance(a: Float64Array, m: number): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - m) * (a[i] - m);
  return a.length > 1 ? s / (a.length - 1) : 0;
}

function sameSorted(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function finiteOrNull(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

function evaluateRules(metric: MetricConfig, canary: Float64Array, baseline: Float64Array): RuleResult[] {
  const rules: RuleResult[] = [];
  const stat = metric.statistic;
  if (metric.min === undefined && metric.max === undefined && metric.maxIncrease === undefined && metric.maxDecrease === undefined) return rules;
  const c = sampleStatistic(canary, stat);
  const b = sampleStatistic(baseline, stat);
  if (metric.max !== undefined) rules.push({ rule: 'max', statistic: stat, value: c, limit: metric.max, ok: c <= metric.max });
  if (metric.min !== undefined) rules.push({ rule: 'min', statistic: stat, value: c, limit: metric.min, ok: c >= metric.min });
  if (metric.maxIncrease !== undefined) rules.push({ rule: 'max-increase', statistic: stat, value: c - b, limit: metric.maxIncrease, ok: c - b <= metric.maxIncrease });
  if (metric.maxDecrease !== undefined) rules.push({ rule: 'max-decrease', statistic: stat, value: c - b, limit: -metric.maxDecrease, ok: c - b >= -metric.maxDecrease });
  return rules;
}

/** Four significant digits for reasons; 0 as "0". */
function sig(v: number): string {
  return v === 0 ? '0' : v.toPrecision(4);
}

/** "mean ratio 2.590" or "CLES 0.5310", for reasons. */
function effectText(metric: MetricConfig, effect: EffectSizes): string {
  const v = measured(effect, metric.effectSizeMeasure);
  const name = metric.effectSizeMeasure === 'cles' ? 'CLES' : 'mean ratio';
  return Number.isNaN(v) ? `${name} undefined (a mean is 0)` : `${name} ${sig(v)}`;
}

interface ShiftJudgment {
  classification: Classification;
  reason: string;
}

/**
 * Rule 3: the Mann–Whitney classifier on the Hodges–Lehmann interval, with
 * the open-end reading of an interval end that equals the bound.
 */
function judgeShift(
  metric: MetricConfig,
  hl: HodgesLehmannResult,
  test: { pValue: number; statistic: number; n1n2: number },
  effect: EffectSizes,
  alpha: number,
): ShiftJudgment {
  const margin = metric.tolerance * Math.abs(hl.estimate);
  const e = measured(effect, metric.effectSizeMeasure);
  const rejectsNoShift = test.pValue < alpha;
  const canaryHigher = test.statistic > test.n1n2 / 2;
  const canaryLower = test.statistic < test.n1n2 / 2;
  // An end equal to the bound (both 0: the median and that end of the differences are ties at 0)
  // is outside the confidence set when the test of shift 0 rejects: the set lies strictly beyond it.
  const openAbove = hl.ciLow === margin && margin === 0 && rejectsNoShift && canaryHigher;
  const openBelow = hl.ciHigh === -margin && margin === 0 && rejectsNoShift && canaryLower;
  const aboveBound = hl.ciLow > margin || openAbove;
  const belowBound = hl.ciHigh < -margin || openBelow;
  const interval = `[${sig(hl.ciLow)}, ${sig(hl.ciHigh)}]`;
  const tied = (side: string) =>
    `shift estimate 0 and interval ${interval}: most pairs tie at 0, and Mann–Whitney p = ${test.pValue.toPrecision(3)} < ${alpha.toPrecision(3)} ` +
    `rejects no change with the canary ${side} (CLES ${sig(effect.cles)})`;
  if (metric.direction !== 'decrease' && aboveBound && reaches(e, metric.allowedIncrease)) {
    const why = openAbove ? tied('higher') : `interval ${interval} above ${sig(margin)} (tolerance ${metric.tolerance} × |shift ${sig(hl.estimate)}|)`;
    return { classification: 'High', reason: `${why}, ${effectText(metric, effect)}` };
  }
  if (metric.direction !== 'increase' && belowBound && fallsTo(e, metric.allowedDecrease)) {
    const why = openBelow ? tied('lower') : `interval ${interval} below ${sig(-margin)} (tolerance ${metric.tolerance} × |shift ${sig(hl.estimate)}|)`;
    return { classification: 'Low', reason: `${why}, ${effectText(metric, effect)}` };
  }
  return { classification: 'Pass', reason: '' };
}

export function classifyMetric(metric: MetricConfig, canaryIn: Float64Array, baselineIn: Float64Array, options: ClassifyOptions): MetricResult {
  const canary = Float64Array.from(canaryIn).sort();
  const baseline = Float64Array.from(baselineIn).sort();
  const nCanary = canary.length;
  const nBaseline = baseline.length;
  const base: MetricResult = {
    name: metric.name,
    group: metric.groups[0],
    groups: metric.groups,
    classification: 'Pass',
    reason: '',
    criticalFailure: false,
    scoring: metric.reportOnly ? 'report-only' : 'judged',
    method: 'none',
    canaryMean: nCanary ? mean(canary) : null,
    baselineMean: nBaseline ? mean(baseline) : null,
    ratio: null,
    cles: null,
    estimate: null,
    ciLow: null,
    ciHigh: null,
    pValue: null,
    probabilityBetter: null,
    nCanary,
    nBaseline,
    rules: [],
    histogram: nCanary && nBaseline ? histogramPair(canary, baseline) : null,
  };

  // 1. No data, or too little.
  if (nCanary === 0 || nBaseline === 0 || nCanary < metric.minSamples || nBaseline < metric.minSamples) {
    const empty = nCanary === 0 || nBaseline === 0;
    if (empty && metric.nanStrategy === 'replace') return { ...base, reason: 'no data; nan-strategy replace passes it (as Kayenta)' };
    const which = nCanary < nBaseline ? 'canary' : 'baseline';
    // Kayenta fails the canary when a critical metric has no data (critical and not Pass).
    const criticalFailure = empty && metric.critical && !metric.reportOnly;
    const reason = empty
      ? `no ${which} data${criticalFailure ? '; a critical metric must have data' : ''}`
      : `${Math.min(nCanary, nBaseline)} ${which} values, fewer than min-samples ${metric.minSamples}`;
    return {
      ...base,
      classification: 'Nodata',
      reason,
      criticalFailure,
      scoring: metric.reportOnly ? 'report-only' : metric.mustHaveData ? 'nodata-fail' : 'nodata',
    };
  }

  const canaryMean = base.canaryMean!;
  const baselineMean = base.baselineMean!;
  const result: MetricResult = { ...base, rules: evaluateRules(metric, canary, baseline) };

  const mw = mannWhitneyU(canary, baseline, { sorted: true });
  result.pValue = finiteOrNull(mw.pValue);
  const effect: EffectSizes = { meanRatio: meanRatio(canaryMean, baselineMean), cles: mw.statistic / (nCanary * nBaseline) };
  result.ratio = finiteOrNull(effect.meanRatio);
  result.cles = finiteOrNull(effect.cles);
  const e = measured(effect, metric.effectSizeMeasure);
  let classification: Classification = 'Pass';
  let reason = '';
  const increaseBad = metric.direction !== 'decrease';
  const decreaseBad = metric.direction !== 'increase';

  if (metric.type === 'conversion') {
    result.method = 'beta-binomial';
    let sC = 0;
    let sB = 0;
    for (const [arr, add] of [[canary, (v: number) => (sC += v)], [baseline, (v: number) => (sB += v)]] as const) {
      for (let i = 0; i < arr.length; i++) {
        const v = arr[i];
        if (v !== 0 && v !== 1) throw new UserError(`a conversion metric takes 0/1 values, got ${v}`, { field: `metric ${metric.name}` });
        add(v);
      }
    }
    const pGreater = betaProbabilityGreater(1 + sC, 1 + nCanary - sC, 1 + sB, 1 + nBaseline - sB);
    const pC = sC / nCanary;
    const pB = sB / nBaseline;
    const z = normalQuantile(1 - (1 - options.confidence) / 2);
    const se = Math.sqrt((pC * (1 - pC)) / nCanary + (pB * (1 - pB)) / nBaseline);
    result.estimate = pC - pB;
    result.ciLow = pC - pB - z * se;
    result.ciHigh = pC - pB + z * se;
    const threshold = options.promoteProbability;
    // "Better" is the direction that is not bad; with `either` any clear change is bad.
    const pBetter = metric.direction === 'increase' ? 1 - pGreater : metric.direction === 'decrease' ? pGreater : null;
    result.probabilityBetter = pBetter;
    if (metric.direction === 'either') {
      if (pGreater >= threshold) [classification, reason] = ['High', `P(canary rate higher) = ${pGreater.toFixed(4)} ≥ ${threshold}`];
      else if (1 - pGreater >= threshold) [classification, reason] = ['Low', `P(canary rate lower) = ${(1 - pGreater).toFixed(4)} ≥ ${threshold}`];
    } else if (pBetter! >= threshold) {
      reason = `P(canary better) = ${pBetter!.toFixed(4)} ≥ ${threshold}`;
    } else if (1 - pBetter! >= threshold) {
      classification = metric.direction === 'increase' ? 'High' : 'Low';
      reason = `P(canary worse) = ${(1 - pBetter!).toFixed(4)} ≥ ${threshold}`;
    } else {
      classification = 'Inconclusive';
      reason = `inconclusive: P(canary better) = ${pBetter!.toFixed(4)} and P(canary worse) = ${(1 - pBetter!).toFixed(4)}, both below ${threshold}`;
    }
  } else if (sameSorted(canary, baseline)) {
    result.ratio = 1;
    reason = 'canary and baseline values are identical';
  } else if (canary[0] === canary[nCanary - 1] && baseline[0] === baseline[nBaseline - 1] && canary[0] === baseline[0]) {
    result.ratio = 1;
    reason = 'every value is the same';
  } else {
    const hl = shiftInterval(canary, baseline, options.confidence);
    result.estimate = hl.estimate;
    result.ciLow = hl.ciLow;
    result.ciHigh = hl.ciHigh;
    const alpha = 1 - options.confidence;
    if (options.sequential) {
      result.method = 'sequential';
      const diff = canaryMean - baselineMean;
      const v = variance(canary, canaryMean) / nCanary + variance(baseline, baselineMean) / nBaseline;
      const pooledSd = Math.sqrt((variance(canary, canaryMean) + variance(baseline, baselineMean)) / 2);
      const tau = options.sequential.mixingSd * pooledSd;
      const seq = mixtureSprt({ estimate: diff, variance: v, mixingVariance: tau * tau, previousPValue: options.sequential.previousPValue });
      result.pValue = seq.pValue;
      const why = `always-valid p = ${seq.pValue.toPrecision(3)} ≤ ${alpha.toPrecision(3)}, ${effectText(metric, effect)}`;
      if (seq.pValue <= alpha && diff > 0 && increaseBad && reaches(e, metric.allowedIncrease)) [classification, reason] = ['High', why];
      else if (seq.pValue <= alpha && diff < 0 && decreaseBad && fallsTo(e, metric.allowedDecrease)) [classification, reason] = ['Low', why];
    } else {
      result.method = 'mann-whitney';
      ({ classification, reason } = judgeShift(metric, hl, { pValue: mw.pValue, statistic: mw.statistic, n1n2: nCanary * nBaseline }, effect, alpha));
    }
  }

  let critical =
    metric.critical && ((classification === 'High' && reaches(e, metric.criticalIncrease)) || (classification === 'Low' && fallsTo(e, metric.criticalDecrease)));

  for (const rule of result.rules) {
    if (rule.ok) continue;
    const high = rule.rule === 'max' || rule.rule === 'max-increase';
    if (classification === 'Pass' || classification === 'Inconclusive') {
      classification = high ? 'High' : 'Low';
      reason = '';
    }
    const what = rule.rule === 'max' || rule.rule === 'min' ? `${rule.statistic} ${rule.value.toPrecision(4)}` : `${rule.statistic} change ${rule.value.toPrecision(4)}`;
    const op = high ? '≤' : '≥';
    reason = `${reason ? `${reason}; ` : ''}${what} breaks ${rule.rule} (${op} ${rule.limit})`;
    if (metric.critical) critical = true;
  }

  result.classification = classification;
  result.reason = reason || (classification === 'Pass' ? 'no significant change in a bad direction' : '');
  result.criticalFailure = critical && !metric.reportOnly;
  if (classification === 'Inconclusive' && !metric.reportOnly) result.scoring = 'inconclusive';
  return result;
}
