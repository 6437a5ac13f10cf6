/**
 * The metrics performance-gate computes, with their task, direction and
 * how a bootstrap resamples them. Each definition lives in
 * src/stats/metrics/ (one file a metric, with its formula and source).
 */
import type { ConfusionMatrix } from '../../stats/metrics/confusion-matrix.js';
import { accuracy } from '../../stats/metrics/accuracy.js';
import { balancedAccuracy } from '../../stats/metrics/balanced-accuracy.js';
import { precision } from '../../stats/metrics/precision.js';
import { recall } from '../../stats/metrics/recall.js';
import { specificity } from '../../stats/metrics/specificity.js';
import { f1 } from '../../stats/metrics/f1.js';
import { mcc } from '../../stats/metrics/mcc.js';
import { rocAuc } from '../../stats/metrics/roc-auc.js';
import { rocAucOvr } from '../../stats/metrics/roc-auc-ovr.js';
import { averagePrecision } from '../../stats/metrics/average-precision.js';
import { logLoss } from '../../stats/metrics/log-loss.js';
import { logLossMulticlass } from '../../stats/metrics/log-loss-multiclass.js';
import { brier } from '../../stats/metrics/brier.js';
import { mae } from '../../stats/metrics/mae.js';
import { mse } from '../../stats/metrics/mse.js';
import { rmse } from '../../stats/metrics/rmse.js';
import { r2 } from '../../stats/metrics/r2.js';
import { mape } from '../../stats/metrics/mape.js';
import { medianAe } from '../../stats/metrics/median-ae.js';
import type { Predictions } from './predictions.js';

export type Task = 'binary' | 'multiclass' | 'regression';

/**
 * How a metric's sampling distribution is obtained:
 * `cells` — a function of the confusion matrix: multinomial bootstrap of the cell counts;
 * `auc` — binary ROC AUC: DeLong's variance (normal interval);
 * `rows` — anything else: bootstrap by resampling rows.
 */
export type Resampling = 'cells' | 'auc' | 'rows';

export interface MetricDef {
  name: string;
  task: Task;
  higherIsBetter: boolean;
  /** What columns it needs besides the label. */
  needs: 'prediction' | 'score';
  resampling: Resampling;
  /** For `cells` metrics. */
  fromMatrix?: (cm: ConfusionMatrix) => number;
  /** Value on the rows `rows` (all rows when omitted). */
  compute: (p: Predictions, rows?: Uint32Array) => number;
  /**
   * For metrics that are a function of the mean of one term per row (log
   * loss, Brier, MAE, MSE, RMSE, MAPE): the terms, so that a bootstrap
   * replicate is a sum over the drawn rows instead of a recomputation.
   * metric = fromMean(mean(terms)).
   */
  perRow?: (p: Predictions) => Float64Array;
  fromMean?: (mean: number) => number;
  /** The source definition, for the docs and the report. */
  reference: string;
}

function gather<T extends Float64Array | Int32Array>(a: T, rows?: Uint32Array): T {
  if (!rows) return a;
  const out = new (a.constructor as { new (n: number): T })(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = a[rows[i]];
  return out;
}

function matrixOf(p: Predictions, rows?: Uint32Array): ConfusionMatrix {
  const k = p.classes.length;
  const counts = new Float64Array(k * k);
  const y = p.label;
  const pred = p.predicted!;
  if (rows) for (let i = 0; i < rows.length; i++) counts[y[rows[i]] * k + pred[rows[i]]]++;
  else for (let i = 0; i < y.length; i++) counts[y[i] * k + pred[i]]++;
  return { k, counts };
}

function cells(name: string, task: Task, fromMatrix: (cm: ConfusionMatrix) => number, reference: string): MetricDef {
  return {
    name,
    task,
    higherIsBetter: true,
    needs: 'prediction',
    resampling: 'cells',
    fromMatrix,
    compute: (p, rows) => fromMatrix(matrixOf(p, rows)),
    reference,
  };
}

function scored(name: string, task: Task, higherIsBetter: boolean, resampling: Resampling, f: (y: Int32Array, s: Float64Array[]) => number, reference: string): MetricDef {
  return {
    name,
    task,
    higherIsBetter,
    needs: 'score',
    resampling,
    compute: (p, rows) => f(gather(p.label, rows), p.scores!.map((s) => gather(s, rows))),
    reference,
  };
}

function regression(
  name: string,
  higherIsBetter: boolean,
  f: (y: Float64Array, yhat: Float64Array) => number,
  reference: string,
  term?: (y: number, yhat: number) => number,
  fromMean?: (m: number) => number,
): MetricDef {
  return {
    name,
    task: 'regression',
    higherIsBetter,
    needs: 'prediction',
    resampling: 'rows',
    compute: (p, rows) => f(gather(p.actual!, rows), gather(p.estimate!, rows)),
    perRow: term
      ? (p) => {
          const y = p.actual!;
          const e = p.estimate!;
          const out = new Float64Array(y.length);
          for (let i = 0; i < y.length; i++) out[i] = term(y[i], e[i]);
          return out;
        }
      : undefined,
    fromMean,
    reference,
  };
}

// Per-row terms of the mean-decomposable metrics, exactly as the definitions
// in src/stats/metrics/ sum them (a test checks mean(terms) = metric).
const EPS = Number.EPSILON;
const clip = (v: number) => Math.min(1 - EPS, Math.max(EPS, v));
function binaryTerms(term: (y: number, p: number) => number) {
  return (p: Predictions): Float64Array => {
    const y = p.label;
    const s = p.scores![0];
    const out = new Float64Array(y.length);
    for (let i = 0; i < y.length; i++) out[i] = term(y[i], s[i]);
    return out;
  };
}
function multiclassLogLossTerms(p: Predictions): Float64Array {
  const y = p.label;
  const s = p.scores!;
  const out = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) {
    let rowSum = 0;
    for (let c = 0; c < s.length; c++) rowSum += clip(s[c][i]);
    out[i] = -Math.log(clip(s[y[i]][i]) / rowSum);
  }
  return out;
}
function withTerms(def: MetricDef, perRow: (p: Predictions) => Float64Array, fromMean?: (m: number) => number): MetricDef {
  return { ...def, perRow, fromMean };
}

const SK = 'sklearn.metrics.';

export const METRICS: MetricDef[] = [
  cells('accuracy', 'binary', accuracy, `${SK}accuracy_score`),
  cells('balanced_accuracy', 'binary', balancedAccuracy, `${SK}balanced_accuracy_score`),
  cells('precision', 'binary', (cm) => precision(cm, 'binary'), `${SK}precision_score`),
  cells('recall', 'binary', (cm) => recall(cm, 'binary'), `${SK}recall_score`),
  cells('specificity', 'binary', specificity, `${SK}recall_score(pos_label=negative)`),
  cells('f1', 'binary', (cm) => f1(cm, 'binary'), `${SK}f1_score`),
  cells('mcc', 'binary', mcc, `${SK}matthews_corrcoef`),
  scored('roc_auc', 'binary', true, 'auc', (y, s) => rocAuc(y, s[0]), `${SK}roc_auc_score`),
  scored('pr_auc', 'binary', true, 'rows', (y, s) => averagePrecision(y, s[0]), `${SK}average_precision_score`),
  withTerms(
    scored('log_loss', 'binary', false, 'rows', (y, s) => logLoss(y, s[0]), `${SK}log_loss`),
    binaryTerms((y, p) => (y === 1 ? -Math.log(clip(p)) : -Math.log1p(-clip(p)))),
  ),
  withTerms(
    scored('brier', 'binary', false, 'rows', (y, s) => brier(y, s[0]), `${SK}brier_score_loss`),
    binaryTerms((y, p) => (p - y) * (p - y)),
  ),

  cells('accuracy', 'multiclass', accuracy, `${SK}accuracy_score`),
  cells('balanced_accuracy', 'multiclass', balancedAccuracy, `${SK}balanced_accuracy_score`),
  cells('precision_macro', 'multiclass', (cm) => precision(cm, 'macro'), `${SK}precision_score(average="macro")`),
  cells('precision_weighted', 'multiclass', (cm) => precision(cm, 'weighted'), `${SK}precision_score(average="weighted")`),
  cells('recall_macro', 'multiclass', (cm) => recall(cm, 'macro'), `${SK}recall_score(average="macro")`),
  cells('recall_weighted', 'multiclass', (cm) => recall(cm, 'weighted'), `${SK}recall_score(average="weighted")`),
  cells('f1_macro', 'multiclass', (cm) => f1(cm, 'macro'), `${SK}f1_score(average="macro")`),
  cells('f1_weighted', 'multiclass', (cm) => f1(cm, 'weighted'), `${SK}f1_score(average="weighted")`),
  cells('mcc', 'multiclass', mcc, `${SK}matthews_corrcoef`),
  withTerms(scored('log_loss', 'multiclass', false, 'rows', (y, s) => logLossMulticlass(y, s), `${SK}log_loss`), multiclassLogLossTerms),
  scored('roc_auc', 'multiclass', true, 'rows', (y, s) => rocAucOvr(y, s, 'macro'), `${SK}roc_auc_score(multi_class="ovr")`),
  scored('roc_auc_weighted', 'multiclass', true, 'rows', (y, s) => rocAucOvr(y, s, 'weighted'), `${SK}roc_auc_score(multi_class="ovr", average="weighted")`),

  regression('mae', false, mae, `${SK}mean_absolute_error`, (y, e) => Math.abs(y - e)),
  regression('mse', false, mse, `${SK}mean_squared_error`, (y, e) => (y - e) * (y - e)),
  regression('rmse', false, rmse, `${SK}mean_squared_error(squared=False)`, (y, e) => (y - e) * (y - e), Math.sqrt),
  regression('r2', true, r2, `${SK}r2_score`),
  regression('mape', false, mape, `${SK}mean_absolute_percentage_error`, (y, e) => Math.abs(y - e) / Math.max(Math.abs(y), EPS)),
  regression('median_ae', false, medianAe, `${SK}median_absolute_error`),
];

/** Multiclass accepts the binary names for the macro averages. */
const MULTICLASS_ALIASES: Record<string, string> = { precision: 'precision_macro', recall: 'recall_macro', f1: 'f1_macro' };

export function findMetric(name: string, task: Task): MetricDef | undefined {
  const n = task === 'multiclass' ? (MULTICLASS_ALIASES[name] ?? name) : name;
  return METRICS.find((m) => m.name === n && m.task === task);
}

export function metricNames(task: Task): string[] {
  return METRICS.filter((m) => m.task === task).map((m) => m.name);
}

/** The metrics computed when `metrics` is not set. */
export function defaultMetrics(task: Task, hasScores: boolean): string[] {
  if (task === 'binary') return ['accuracy', 'precision', 'recall', 'f1', ...(hasScores ? ['roc_auc', 'log_loss'] : [])];
  if (task === 'multiclass') return ['accuracy', 'balanced_accuracy', 'f1_macro', ...(hasScores ? ['log_loss', 'roc_auc'] : [])];
  return ['mae', 'rmse', 'r2'];
}
