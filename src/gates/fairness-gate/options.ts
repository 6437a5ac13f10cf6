/**
 * The typed options fairness-gate's evaluation works from (gate.ts turns the
 * action inputs into these).
 */
import type { AggregationMethod } from '../../stats/fairness/aggregation.js';
import type { OddsAggregation } from '../../stats/fairness/equalized-odds-difference.js';
import type { MetricName } from './metrics.js';
import type { Threshold } from './thresholds.js';

/** How a continuous sensitive column is cut into groups. */
export type BinSpec = { cuts: number[] } | { quantiles: number };

/** The reference group of one attribute. */
export type ReferenceChoice = { kind: 'largest' } | { kind: 'best' } | { kind: 'named'; group: string };

export interface FairnessOptions {
  /** Sensitive columns; each is judged on its own. */
  sensitive: string[];
  /** Also judge every combination of two or more sensitive columns. */
  intersectional: boolean;
  bins: Record<string, BinSpec>;
  labelColumn: string;
  /** Exactly one of predictionColumn and scoreColumn. */
  predictionColumn?: string;
  scoreColumn?: string;
  /** A score at or above it is a positive prediction. */
  decisionThreshold: number;
  positiveLabel: string;
  /** Per attribute name (intersections named "a × b"); `default` for the rest. */
  reference: { default: ReferenceChoice; byAttribute: Record<string, ReferenceChoice> };
  metrics: MetricName[];
  /** Effective threshold of each metric (null: reported, not judged). */
  thresholds: Partial<Record<MetricName, Threshold | null>>;
  /** Aequitas's τ for the per-group disparity band [τ, 1/τ]. */
  disparityTolerance: number;
  method: AggregationMethod;
  agg: OddsAggregation;
  minGroupSize: number;
  /** Minimum label positives (and predicted positives, for precision) for a rate over them. */
  minPositives: number;
  minNegatives: number;
  confidence: number;
  /** Bootstrap resamples; 0 turns intervals off. */
  bootstrap: number;
  seed: number;
  decideOn: 'estimate' | 'interval';
  /** Largest tolerated worsening of a disparity against the baseline; undefined: no baseline comparison. */
  maxIncrease?: number;
}
