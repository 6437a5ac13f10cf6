/** The JSON report sections fairness-gate adds (`groups`, `disparities`). */
import type { CheckVerdict } from '../../core/verdict.js';

export type GroupStatus = 'ok' | 'insufficient' | 'empty';

export interface GroupRow {
  attribute: string;
  group: string;
  n: number;
  /** Rows with a positive label. */
  positives: number;
  selectionRate: number | null;
  tpr: number | null;
  fpr: number | null;
  fnr: number | null;
  tnr: number | null;
  precision: number | null;
  npv: number | null;
  accuracy: number | null;
  /** `insufficient`: set aside by at least one judged metric; `empty`: an intersection no row has. */
  status: GroupStatus;
  /** Why the group is insufficient, per rate it cannot estimate. */
  reasons: string[];
}

export interface DisparityRow {
  metric: string;
  /** Attribute (column, or columns joined by " × "); null for a metric of the whole population. */
  attribute: string | null;
  /** For per-group (Aequitas) disparities and reference metrics: the group compared / the worst group. */
  group: string | null;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Threshold as written, or null when the metric is only reported. */
  threshold: string | null;
  /** Reference group, for metrics that compare with one. */
  reference: string | null;
  verdict: CheckVerdict;
  /** Groups the metric was computed over. */
  comparedGroups: number;
  /** Non-empty groups set aside as too small for this metric. */
  insufficientGroups: string[];
  /** The champion's value of the same metric, when baseline predictions are given. */
  baseline?: number | null;
  /** How much worse than the baseline (positive: worse), in the metric's units. */
  change?: number | null;
  message: string;
}
