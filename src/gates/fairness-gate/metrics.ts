/**
 * The catalogue of disparity metrics fairness-gate can judge: which
 * statistic computes each (src/stats/fairness/), which per-group rates it
 * needs (so that a group too small to estimate them is set aside), and its
 * default threshold.
 */
import { aggregateDifference, aggregateRatio, type AggregationMethod } from '../../stats/fairness/aggregation.js';
import type { ConfusionCounts } from '../../stats/fairness/confusion-counts.js';
import { RATE_NAMES, type RateName } from '../../stats/fairness/group-rates.js';
import { combineOddsDifferences, type OddsAggregation } from '../../stats/fairness/equalized-odds-difference.js';
import { demographicParityDifference } from '../../stats/fairness/demographic-parity-difference.js';
import { demographicParityRatio } from '../../stats/fairness/demographic-parity-ratio.js';
import { equalizedOddsDifference } from '../../stats/fairness/equalized-odds-difference.js';
import { combineOddsRatios, equalizedOddsRatio } from '../../stats/fairness/equalized-odds-ratio.js';
import { equalOpportunityDifference } from '../../stats/fairness/equal-opportunity-difference.js';
import { predictiveParityDifference } from '../../stats/fairness/predictive-parity-difference.js';
import { accuracyParity } from '../../stats/fairness/accuracy-parity.js';
import { disparateImpact, disparateImpactGroup } from '../../stats/fairness/disparate-impact.js';
import { averageOddsDifference, averageOddsDifferenceGroup, averageOddsOfRates } from '../../stats/fairness/average-odds-difference.js';
import { theilIndex } from '../../stats/fairness/theil-index.js';

const SELECTION = RATE_NAMES.indexOf('selectionRate');
const TPR = RATE_NAMES.indexOf('tpr');
const FPR = RATE_NAMES.indexOf('fpr');

export const METRIC_NAMES = [
  'demographic_parity_difference',
  'demographic_parity_ratio',
  'equalized_odds_difference',
  'equalized_odds_ratio',
  'equal_opportunity_difference',
  'average_odds_difference',
  'disparate_impact',
  'predictive_parity_difference',
  'accuracy_parity',
  'theil_index',
  'selection_rate_disparity',
  'tpr_disparity',
  'fpr_disparity',
  'fnr_disparity',
  'precision_disparity',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

export interface AggregateContext {
  method: AggregationMethod;
  agg: OddsAggregation;
  /** Counts over every row (Fairlearn's `overall`), for `to_overall`. */
  overall: ConfusionCounts;
}

interface Base {
  name: MetricName;
  /** Short human name for tables and sentences. */
  label: string;
  /** Rates every compared group must be able to estimate. */
  rates: RateName[];
  /** Operator a bare-number threshold takes. */
  defaultOp: '<=' | '>=' | 'in';
  /** Default threshold, or null to report without judging. For per-group disparities the band comes from `disparity-tolerance`. */
  defaultThreshold: string | null;
  /** Judged on |value| (a signed metric whose sign only says which side). */
  absolute?: boolean;
}

/** Summarises all compared groups with Fairlearn's aggregation. */
export interface AggregateMetric extends Base {
  kind: 'aggregate';
  compute(groups: readonly ConfusionCounts[], ctx: AggregateContext): number;
  /**
   * The value `compute` gives, from rates already computed: `rates[j]`
   * holds rate `this.rates[j]` of each compared group (in group order) and
   * `overall[j]` that rate over all rows (of `ctx.overall`). The bootstrap
   * has the rates of every group of a resample at hand and uses this.
   */
  fromRates(rates: readonly ArrayLike<number>[], overall: ArrayLike<number>, ctx: AggregateContext): number;
}

/** Compares every group with the reference group and keeps the worst. */
export interface ReferenceMetric extends Base {
  kind: 'reference';
  /** Rate that decides the "best" reference group. */
  rate: RateName;
  compute(groups: readonly ConfusionCounts[], reference: number): number;
  worstGroup(groups: readonly ConfusionCounts[], reference: number): number;
  /**
   * The value `compute` gives on the two groups [group, reference] (with
   * reference index 1), from their rates: rate r of group g at
   * rates[r · groups + g], r its index in RATE_NAMES (ratesOfCells' layout).
   * The bootstrap has these rates at hand and uses this.
   */
  pairFromRates(rates: Float64Array, groups: number, group: number, reference: number): number;
}

/** A function of the overall counts alone (the same for every attribute). */
export interface OverallMetric extends Base {
  kind: 'overall';
  compute(overall: ConfusionCounts): number;
}

/** Aequitas: one disparity per group, r_g / r_ref, judged against [τ, 1/τ]. */
export interface PerGroupMetric extends Base {
  kind: 'per-group';
  rate: RateName;
}

export type MetricDef = AggregateMetric | ReferenceMetric | OverallMetric | PerGroupMetric;

const perGroup = (name: MetricName, rate: RateName, label: string, rates: RateName[]): PerGroupMetric => ({
  name,
  kind: 'per-group',
  rate,
  label,
  rates,
  defaultOp: 'in',
  defaultThreshold: null,
});

export const METRICS: Record<MetricName, MetricDef> = {
  demographic_parity_difference: {
    name: 'demographic_parity_difference',
    kind: 'aggregate',
    label: 'demographic parity difference',
    rates: ['selectionRate'],
    defaultOp: '<=',
    defaultThreshold: '<= 0.1',
    compute: (g, c) => demographicParityDifference(g, c),
    fromRates: (r, o, c) => aggregateDifference(r[0], o[0], c.method),
  },
  demographic_parity_ratio: {
    name: 'demographic_parity_ratio',
    kind: 'aggregate',
    label: 'demographic parity ratio',
    rates: ['selectionRate'],
    defaultOp: '>=',
    defaultThreshold: '>= 0.8',
    compute: (g, c) => demographicParityRatio(g, c),
    fromRates: (r, o, c) => aggregateRatio(r[0], o[0], c.method),
  },
  equalized_odds_difference: {
    name: 'equalized_odds_difference',
    kind: 'aggregate',
    label: 'equalized odds difference',
    rates: ['tpr', 'fpr'],
    defaultOp: '<=',
    defaultThreshold: '<= 0.1',
    compute: (g, c) => equalizedOddsDifference(g, c),
    fromRates: (r, o, c) => combineOddsDifferences(aggregateDifference(r[0], o[0], c.method), aggregateDifference(r[1], o[1], c.method), c.agg),
  },
  equalized_odds_ratio: {
    name: 'equalized_odds_ratio',
    kind: 'aggregate',
    label: 'equalized odds ratio',
    rates: ['tpr', 'fpr'],
    defaultOp: '>=',
    defaultThreshold: '>= 0.8',
    compute: (g, c) => equalizedOddsRatio(g, c),
    fromRates: (r, o, c) => combineOddsRatios(aggregateRatio(r[0], o[0], c.method), aggregateRatio(r[1], o[1], c.method), c.agg),
  },
  equal_opportunity_difference: {
    name: 'equal_opportunity_difference',
    kind: 'aggregate',
    label: 'equal opportunity difference',
    rates: ['tpr'],
    defaultOp: '<=',
    defaultThreshold: '<= 0.1',
    compute: (g, c) => equalOpportunityDifference(g, c),
    fromRates: (r, o, c) => aggregateDifference(r[0], o[0], c.method),
  },
  average_odds_difference: {
    name: 'average_odds_difference',
    kind: 'reference',
    label: 'average odds difference',
    rate: 'tpr',
    rates: ['tpr', 'fpr'],
    defaultOp: '<=',
    defaultThreshold: '<= 0.1',
    absolute: true,
    compute: averageOddsDifference,
    worstGroup: averageOddsDifferenceGroup,
    pairFromRates: (r, n, g, ref) => averageOddsOfRates(r[TPR * n + g], r[FPR * n + g], r[TPR * n + ref], r[FPR * n + ref]),
  },
  disparate_impact: {
    name: 'disparate_impact',
    kind: 'reference',
    label: 'disparate impact',
    rate: 'selectionRate',
    rates: ['selectionRate'],
    defaultOp: '>=',
    defaultThreshold: '>= 0.8',
    compute: disparateImpact,
    worstGroup: disparateImpactGroup,
    pairFromRates: (r, n, g, ref) => r[SELECTION * n + g] / r[SELECTION * n + ref],
  },
  predictive_parity_difference: {
    name: 'predictive_parity_difference',
    kind: 'aggregate',
    label: 'predictive parity difference',
    rates: ['precision'],
    defaultOp: '<=',
    defaultThreshold: '<= 0.1',
    compute: (g, c) => predictiveParityDifference(g, c),
    fromRates: (r, o, c) => aggregateDifference(r[0], o[0], c.method),
  },
  accuracy_parity: {
    name: 'accuracy_parity',
    kind: 'aggregate',
    label: 'accuracy parity',
    rates: ['accuracy'],
    defaultOp: '<=',
    defaultThreshold: '<= 0.1',
    compute: (g, c) => accuracyParity(g, c),
    fromRates: (r, o, c) => aggregateDifference(r[0], o[0], c.method),
  },
  theil_index: {
    name: 'theil_index',
    kind: 'overall',
    label: 'Theil index',
    rates: [],
    defaultOp: '<=',
    defaultThreshold: null,
    compute: theilIndex,
  },
  selection_rate_disparity: perGroup('selection_rate_disparity', 'selectionRate', 'selection rate', ['selectionRate']),
  tpr_disparity: perGroup('tpr_disparity', 'tpr', 'true positive rate', ['tpr']),
  fpr_disparity: perGroup('fpr_disparity', 'fpr', 'false positive rate', ['fpr']),
  fnr_disparity: perGroup('fnr_disparity', 'fnr', 'false negative rate', ['fnr']),
  precision_disparity: perGroup('precision_disparity', 'precision', 'precision', ['precision']),
};

/** Judged by default: every metric the issue names, and Aequitas's disparities on selection, FPR and FNR. */
export const DEFAULT_METRICS: MetricName[] = [
  'demographic_parity_difference',
  'demographic_parity_ratio',
  'disparate_impact',
  'equalized_odds_difference',
  'equalized_odds_ratio',
  'equal_opportunity_difference',
  'average_odds_difference',
  'predictive_parity_difference',
  'accuracy_parity',
  'theil_index',
  'selection_rate_disparity',
  'fpr_disparity',
  'fnr_disparity',
];
