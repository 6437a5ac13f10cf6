/**
 * Baseline metric values from a metrics JSON file, in any of the shapes
 * people have at hand:
 *  - plain: { "roc_auc": 0.91, "f1": 0.8 } (nested objects are flattened
 *    with dots: { "test": { "roc_auc": 0.91 } } gives "test.roc_auc");
 *  - DVC: a metrics file as above, or `dvc metrics show --json` output
 *    ({ "workspace": { "data": { "metrics.json": { "data": {...} } } } });
 *  - MLflow: a run as the REST API / `mlflow runs describe` returns it,
 *    { "data": { "metrics": [ { "key": "roc_auc", "value": 0.91, "step": 0 } ] } },
 *    or a { "metrics": { "roc_auc": 0.91 } } map. With several entries of a
 *    key, the one with the highest step (then timestamp) wins.
 * A metric is found by its full key, or by the last segment of a key, also
 * under the names MLflow's evaluator uses (accuracy_score, f1_score, ...).
 */
import { UserError } from '../../core/errors.js';

export type MetricValues = Map<string, number>;

interface Logged {
  value: number;
  step: number;
  timestamp: number;
}

function isLoggedMetric(x: unknown): x is { key: string; value: unknown; step?: number; timestamp?: number } {
  return !!x && typeof x === 'object' && typeof (x as { key?: unknown }).key === 'string' && 'value' in (x as object);
}

export function parseBaselineMetrics(textContent: string, file: string): MetricValues {
  let data: unknown;
  try {
    data = JSON.parse(textContent);
  } catch (err) {
    throw new UserError(`not valid JSON: ${(err as Error).message}`, { file });
  }
  const out: MetricValues = new Map();
  const logged = new Map<string, Logged>();
  const visit = (node: unknown, path: string[]): void => {
    if (Array.isArray(node)) {
      if (node.length > 0 && node.every(isLoggedMetric)) {
        for (const m of node) {
          const value = typeof m.value === 'number' ? m.value : Number(m.value);
          const entry = { value, step: m.step ?? 0, timestamp: m.timestamp ?? 0 };
          const prev = logged.get(m.key);
          if (!prev || entry.step > prev.step || (entry.step === prev.step && entry.timestamp >= prev.timestamp)) logged.set(m.key, entry);
        }
      }
      return;
    }
    if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) visit(v, [...path, k]);
      return;
    }
    if (typeof node === 'number' && path.length > 0) out.set(path.join('.'), node);
  };
  visit(data, []);
  for (const [k, v] of logged) out.set(k, v.value);
  if (out.size === 0) throw new UserError('no numeric metrics found (expected {"name": value}, DVC metrics or an MLflow run)', { file });
  return out;
}

/** Other names a metric goes by (MLflow's evaluator, common spellings). */
const ALIASES: Record<string, string[]> = {
  accuracy: ['accuracy_score', 'acc'],
  precision: ['precision_score'],
  recall: ['recall_score'],
  f1: ['f1_score'],
  roc_auc: ['auc', 'roc_auc_score'],
  pr_auc: ['precision_recall_auc', 'average_precision'],
  log_loss: ['logloss'],
  brier: ['brier_score_loss', 'brier_score'],
  mcc: ['matthews_corrcoef'],
  mae: ['mean_absolute_error'],
  mse: ['mean_squared_error'],
  rmse: ['root_mean_squared_error'],
  r2: ['r2_score'],
  mape: ['mean_absolute_percentage_error'],
  median_ae: ['median_absolute_error'],
};

/** The baseline value of a metric, or undefined when the file has none; several candidates are an error. */
export function lookupMetric(values: MetricValues, name: string, file: string): number | undefined {
  const names = [name, ...(ALIASES[name] ?? [])];
  for (const n of names) if (values.has(n)) return values.get(n);
  const hits = [...values.keys()].filter((k) => names.includes(k.split('.').pop()!));
  if (hits.length > 1) throw new UserError(`several values could be "${name}": ${hits.join(', ')}; keep one`, { file });
  return hits.length === 1 ? values.get(hits[0]) : undefined;
}
