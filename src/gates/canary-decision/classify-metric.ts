/**
 * The judgment of one metric, after Kayenta's NetflixACAJudge
 * (MannWhitneyClassifier), made deterministic:
 *
 * 1. No data (or fewer than min-samples values) in either variant:
 *    `Nodata` — with nan-strategy `replace`, Kayenta passes instead.
 * 2. Identical samples, or one value repeated in both: `Pass`. Kayenta adds
 *    random noise to constant samples before its test; here a constant
 *    pooled sample simply has no shift, and a constant single sample is
 *    handled by the tie-corrected test, so the judgment never changes
 *    between two runs on the same data.
 * 3. Mann–Whitney U and the Hodges–Lehmann interval [lo, hi] of the shift
 *    (canary − baseline) at `confidence`; with e the estimate and
 *    r = mean(canary)/mean(baseline):
 *      High  if direction ∈ {increase, either}, lo > 0.25·|e|, r ≥ allowed-increase
 *      Low   if direction ∈ {decrease, either}, hi < −0.25·|e|, r ≤ allowed-decrease
 *      Pass  otherwise
 *    (0.25 is Kayenta's tolerance). A High (Low) of a critical metric with
 *    r ≥ critical-increase (r ≤ critical-decrease) is a critical failure.
 * 4. Sequential mode: the always-valid mSPRT p-value of the difference of
 *    means replaces the interval test: High/Low when p ≤ 1 − confidence,
 *    the change is in a bad direction and beyond the allowed ratio.
 * 5. Conversion metrics (0/1 values): P(canary rate better) under the
 *    Beta–Binomial model with uniform priors; Pass when it reaches
 *    `promote-probability`, High/Low when the probability of being worse
 *    does, else `Nodata` (inconclusive, which blocks promotion).
 * 6. Bounds and relative rules (Flagger-style) on the chosen statistic:
 *    a violated `max` or `max-increase` makes the metric High, a violated
 *    `min` or `max-decrease` Low, whatever the test said.
 */
import { UserError } from '../../core/errors.js';
import { betaProbabilityGreater } from '../../stats/canary/beta-probability-greater.js';
import { hodgesLehmann } from '../../stats/canary/hodges-lehmann.js';
import { mixtureSprt } from '../../stats/canary/mixture-sprt.js';
import { normalQuantile } from '../../stats/distributions/normal.js';
import { mannWhitneyU } from '../../stats/rank/mann-whitney-u.js';
import type { MetricConfig } from './config.js';
import { histogramPair, type HistogramPair } from './histogram.js';
import { sampleStatistic } from './statistic.js';

export type Classification = 'Pass' | 'High' | 'Low' | 'Nodata';

/** Kayenta's tolerance: the interval must clear a quarter of the estimate. */
export const KAYENTA_TOLERANCE = 0.25;

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
  /** A failure of a critical metric beyond its critical effect size. */
  criticalFailure: boolean;
  /** How the scorer counts it. */
  scoring: 'judged' | 'nodata' | 'nodata-fail' | 'report-only';
  method: 'mann-whitney' | 'sequential' | 'beta-binomial' | 'none';
  canaryMean: number | null;
  baselineMean: number | null;
  ratio: number | null;
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
    const reason = empty ? `no ${which} data` : `${Math.min(nCanary, nBaseline)} ${which} values, fewer than min-samples ${metric.minSamples}`;
    return {
      ...base,
      classification: 'Nodata',
      reason,
      scoring: metric.reportOnly ? 'report-only' : metric.mustHaveData ? 'nodata-fail' : 'nodata',
    };
  }

  const canaryMean = base.canaryMean!;
  const baselineMean = base.baselineMean!;
  const ratio = canaryMean / baselineMean;
  const result: MetricResult = { ...base, ratio: finiteOrNull(ratio), rules: evaluateRules(metric, canary, baseline) };

  const mw = mannWhitneyU(canary, baseline, { sorted: true });
  result.pValue = finiteOrNull(mw.pValue);
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
      classification = 'Nodata';
      reason = `inconclusive: P(canary better) = ${pBetter!.toFixed(4)} < ${threshold}`;
    }
  } else if (sameSorted(canary, baseline)) {
    reason = 'canary and baseline values are identical';
  } else if (canary[0] === canary[nCanary - 1] && baseline[0] === baseline[nBaseline - 1] && canary[0] === baseline[0]) {
    reason = 'every value is the same';
  } else {
    const hl = hodgesLehmann(canary, baseline, { confidence: options.confidence, sorted: true });
    result.estimate = hl.estimate;
    result.ciLow = hl.ciLow;
    result.ciHigh = hl.ciHigh;
    if (options.sequential) {
      result.method = 'sequential';
      const diff = canaryMean - baselineMean;
      const v = variance(canary, canaryMean) / nCanary + variance(baseline, baselineMean) / nBaseline;
      const pooledSd = Math.sqrt((variance(canary, canaryMean) + variance(baseline, baselineMean)) / 2);
      const tau = options.sequential.mixingSd * pooledSd;
      const seq = mixtureSprt({ estimate: diff, variance: v, mixingVariance: tau * tau, previousPValue: options.sequential.previousPValue });
      result.pValue = seq.pValue;
      const alpha = 1 - options.confidence;
      if (seq.pValue <= alpha && diff > 0 && increaseBad && ratio >= metric.allowedIncrease) {
        [classification, reason] = ['High', `always-valid p = ${seq.pValue.toPrecision(3)} ≤ ${alpha.toPrecision(3)}, mean ratio ${ratio.toPrecision(4)}`];
      } else if (seq.pValue <= alpha && diff < 0 && decreaseBad && ratio <= metric.allowedDecrease) {
        [classification, reason] = ['Low', `always-valid p = ${seq.pValue.toPrecision(3)} ≤ ${alpha.toPrecision(3)}, mean ratio ${ratio.toPrecision(4)}`];
      }
    } else {
      result.method = 'mann-whitney';
      const margin = KAYENTA_TOLERANCE * Math.abs(hl.estimate);
      if (increaseBad && hl.ciLow > margin && ratio >= metric.allowedIncrease) {
        [classification, reason] = ['High', `interval [${hl.ciLow.toPrecision(4)}, ${hl.ciHigh.toPrecision(4)}] above 0, mean ratio ${ratio.toPrecision(4)}`];
      } else if (decreaseBad && hl.ciHigh < -margin && ratio <= metric.allowedDecrease) {
        [classification, reason] = ['Low', `interval [${hl.ciLow.toPrecision(4)}, ${hl.ciHigh.toPrecision(4)}] below 0, mean ratio ${ratio.toPrecision(4)}`];
      }
    }
  }

  let critical =
    metric.critical && ((classification === 'High' && ratio >= metric.criticalIncrease) || (classification === 'Low' && ratio <= metric.criticalDecrease));

  for (const rule of result.rules) {
    if (rule.ok) continue;
    const high = rule.rule === 'max' || rule.rule === 'max-increase';
    if (classification === 'Pass' || classification === 'Nodata') {
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
  if (classification === 'Nodata' && !metric.reportOnly) result.scoring = metric.mustHaveData ? 'nodata-fail' : 'nodata';
  return result;
}
