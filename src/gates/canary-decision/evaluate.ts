/**
 * canary-decision's evaluation: metric data in, decision, score, per-metric
 * judgments, checks and the next sequential state out. Pure: reading files
 * and Prometheus happens in gate.ts.
 */
import type { Check } from '../../core/report.js';
import type { Verdict } from '../../core/verdict.js';
import { classifyMetric, type MetricResult } from './classify-metric.js';
import type { CanaryConfig, MetricConfig } from './config.js';
import { decide, type Decision } from './decide.js';
import { nextWeight } from './next-weight.js';
import { removeOutliers } from './outliers.js';
import { applyNanStrategy, metricData, type RawMetricData, type VariantTables } from './samples.js';
import { scoreMetrics, type GroupScore } from './score.js';
import { HISTORY_LIMIT, previousPValue, type SequentialState } from './sequential-state.js';

export interface CanaryOptions {
  confidence: number;
  passScore: number;
  marginalScore: number;
  promoteProbability: number;
  sequential: boolean;
  /** τ of the mSPRT mixing distribution, in pooled standard deviations. */
  mixingSd: number;
  stepWeight: number;
  maxWeight: number;
  /** Current traffic weight; null takes the state's, else 0. */
  currentWeight: number | null;
  state: SequentialState | null;
}

export interface CanaryEvaluation {
  decision: Decision;
  reason: string;
  score: number;
  nextWeight: number;
  currentWeight: number;
  verdict: Verdict;
  metrics: MetricResult[];
  groups: GroupScore[];
  checks: Check[];
  state: SequentialState | null;
}

export const DECISION_VERDICT: Record<Decision, Verdict> = { promote: 'pass', continue: 'warn', rollback: 'fail' };

function metricCheck(r: MetricResult): Check {
  const verdict =
    r.classification === 'Pass'
      ? 'pass'
      : r.classification === 'Nodata' || r.classification === 'Inconclusive'
        ? r.scoring === 'nodata-fail' || r.criticalFailure
          ? 'fail'
          : 'insufficient'
        : r.scoring === 'report-only'
          ? 'warn'
          : 'fail';
  return {
    id: `metric.${r.name}`,
    subject: r.name,
    name: r.method === 'beta-binomial' ? 'Beta–Binomial probability' : r.method === 'sequential' ? 'mSPRT (always valid)' : 'Mann–Whitney U / Hodges–Lehmann',
    value: r.classification,
    threshold: null,
    verdict,
    severity: r.scoring === 'report-only' ? 'warn' : 'error',
    message: `${r.name}: ${r.classification}${r.reason ? ` — ${r.reason}` : ''}${r.criticalFailure ? ' (critical)' : ''}`,
  };
}

export function evaluateCanary(
  metrics: MetricConfig[],
  data: Map<string, RawMetricData>,
  groupWeights: Record<string, number>,
  options: CanaryOptions,
): CanaryEvaluation {
  const results: MetricResult[] = [];
  for (const metric of metrics) {
    const raw = data.get(metric.name) ?? { canary: new Float64Array(0), baseline: new Float64Array(0) };
    let canary = applyNanStrategy(raw.canary, metric.nanStrategy);
    let baseline = applyNanStrategy(raw.baseline, metric.nanStrategy);
    if (metric.outliers === 'remove') {
      canary = removeOutliers(canary, metric.outlierFactor);
      baseline = removeOutliers(baseline, metric.outlierFactor);
    }
    const sequential = options.sequential
      ? { previousPValue: previousPValue(options.state, metric.name, canary.length, baseline.length), mixingSd: options.mixingSd }
      : undefined;
    results.push(classifyMetric(metric, canary, baseline, { confidence: options.confidence, sequential, promoteProbability: options.promoteProbability }));
  }
  const scored = scoreMetrics(results, groupWeights);
  const { decision, reason } = decide(scored, results, { pass: options.passScore, marginal: options.marginalScore });
  const currentWeight = options.currentWeight ?? options.state?.weight ?? 0;
  const next = nextWeight(decision, currentWeight, options.stepWeight, options.maxWeight);

  let state: SequentialState | null = null;
  if (options.sequential) {
    const looks = (options.state?.looks ?? 0) + 1;
    // The weight history, for the visual report's chart (the weight each look set).
    const history = [...(options.state?.history ?? []), { look: looks, weight: next, score: Number(scored.score.toFixed(4)), decision }].slice(-HISTORY_LIMIT);
    state = { version: 1, looks, weight: next, history, metrics: { ...(options.state?.metrics ?? {}) } };
    for (const r of results) {
      if (r.method === 'sequential' && r.pValue !== null) state.metrics[r.name] = { pValue: r.pValue, nCanary: r.nCanary, nBaseline: r.nBaseline };
    }
  }

  const verdict = DECISION_VERDICT[decision];
  const checks: Check[] = [
    {
      id: 'decision',
      subject: null,
      name: 'Canary score',
      value: Number(scored.score.toFixed(2)),
      threshold: `promote ≥ ${options.passScore}, rollback < ${options.marginalScore}`,
      verdict,
      message: `${decision}: ${reason}`,
    },
    ...results.map(metricCheck),
  ];
  return { decision, reason, score: scored.score, nextWeight: next, currentWeight, verdict, metrics: results, groups: scored.groups, checks, state };
}

/** Evaluate metrics read from samples files (one per variant, or split by the variant column). */
export function evaluateTables(config: CanaryConfig, tables: VariantTables, options: CanaryOptions): CanaryEvaluation {
  const data = new Map<string, RawMetricData>();
  for (const metric of config.metrics) data.set(metric.name, metricData(tables, metric));
  return evaluateCanary(config.metrics, data, config.groupWeights, options);
}

/** The report's `metrics` section (the issue's contract plus explanations). */
export function metricsSection(results: MetricResult[]) {
  return results.map((r) => ({
    name: r.name,
    group: r.group,
    classification: r.classification,
    canaryMean: r.canaryMean,
    baselineMean: r.baselineMean,
    estimate: r.estimate,
    ciLow: r.ciLow,
    ciHigh: r.ciHigh,
    pValue: r.pValue,
    nCanary: r.nCanary,
    nBaseline: r.nBaseline,
    ratio: r.ratio,
    cles: r.cles,
    method: r.method,
    reason: r.reason,
    critical: r.criticalFailure,
    probabilityBetter: r.probabilityBetter,
    rules: r.rules,
  }));
}
