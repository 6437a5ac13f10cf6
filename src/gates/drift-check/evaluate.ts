/**
 * The drift evaluation: a pure function from the reference and current
 * Tables and typed options to per-column results, the dataset verdict and
 * the data-quality findings. No I/O here (see gate.ts).
 */
import { UserError } from '../../core/errors.js';
import type { Table } from '../../core/table.js';
import { adjustPValues } from '../../stats/drift/p-value-adjustment.js';
import { autoMethod } from './auto-method.js';
import { binnedCounts, shares } from './binned-shares.js';
import { sampleSize, type ColumnSample, type ColumnType } from './column-sample.js';
import { isDataSource, tableSource, type ColumnSource, type DataSource } from './data-source.js';
import { dataQuality, type QualityFinding } from './data-quality.js';
import { isDrift, METHODS, thresholdOf, type MethodName, type Operator } from './methods.js';
import type { DriftOptions } from './options.js';
import { columnDistribution, MAX_DISTRIBUTIONS, type ColumnDistribution } from './chart-data.js';

export type ColumnRole = 'feature' | 'target' | 'prediction';

export interface ColumnHistogram {
  labels: string[];
  /** Shares of the reference sample per bin. */
  reference: number[];
  current: number[];
}

export interface ColumnResult {
  name: string;
  role: ColumnRole;
  type: ColumnType;
  method: MethodName;
  score: 'p-value' | 'distance';
  statistic: number | null;
  /** Raw p-value; null for distance methods. */
  pValue: number | null;
  /** p-value after `correction` (features only); null for distance methods. */
  adjustedPValue: number | null;
  threshold: number;
  operator: Operator;
  drifted: boolean;
  status: 'drift' | 'no-drift' | 'insufficient';
  /** Why a column is insufficient or how a score was reached. */
  note?: string;
  nReference: number;
  nCurrent: number;
  /** Logarithm base of jensenshannon where it applies. */
  base?: number;
  /** With a sketched reference profile: bound on its CDF error. */
  referenceError?: number;
  histogram?: ColumnHistogram;
  /**
   * How large the drift is, beside the p-value (issue #12): a distance
   * method's own statistic, or for a p-value method the population stability
   * index over the same bins as `psi` (a p-value says how sure, not how much:
   * with many rows a negligible shift gets p < 0.001). Absent when not tested.
   */
  size?: { method: MethodName; value: number };
}

export interface DatasetResult {
  drifted: boolean;
  share: number;
  threshold: number;
  warnShare: number;
  driftedColumns: string[];
  evaluatedColumns: number;
  insufficientColumns: number;
}

export interface DriftEvaluation {
  columns: ColumnResult[];
  dataset: DatasetResult;
  quality: QualityFinding[];
  /** Columns in one file but not the other (when `columns` is not given). */
  unmatched: { column: string; in: 'reference' | 'current' }[];
  /** Reference and current distributions of the drifted columns, for the visual report (chart-data.ts). */
  distributions: ColumnDistribution[];
}

function findColumn(table: DataSource, name: string): ColumnSource | undefined {
  return table.columns.find((c) => c.name === name);
}

function requireColumn(table: DataSource, name: string, what: string): ColumnSource {
  const c = findColumn(table, name);
  if (!c) throw new UserError(`${what} "${name}" is not a column of this file (columns: ${table.columns.slice(0, 12).map((x) => x.name).join(', ')}${table.columns.length > 12 ? ', …' : ''})`, { file: table.source, field: what });
  return c;
}

function typeOf(name: string, ref: ColumnSource, cur: ColumnSource, options: DriftOptions): ColumnType {
  const declared = options.columnTypes[name];
  if (declared) return declared;
  return ref.kind === 'number' && cur.kind === 'number' ? 'numerical' : 'categorical';
}

/** Both samples hold one and the same value: no test can see a difference. */
function sameConstant(ref: ColumnSample, cur: ColumnSample): boolean {
  if (ref.type === 'numerical' && cur.type === 'numerical') {
    // Distinct values when the sample has them: the same ends, without expanding.
    const a = ref.distinct?.values ?? ref.values;
    const b = cur.distinct?.values ?? cur.values;
    return a.length > 0 && b.length > 0 && a[0] === a[a.length - 1] && b[0] === b[b.length - 1] && a[0] === b[0];
  }
  if (ref.type === 'categorical' && cur.type === 'categorical') {
    return ref.counts.size === 1 && cur.counts.size === 1 && [...ref.counts.keys()][0] === [...cur.counts.keys()][0];
  }
  return false;
}

/** How far past its threshold a score is (> 1 = drift), for sorting by severity. */
export function severity(c: ColumnResult): number {
  if (c.status === 'insufficient' || c.statistic === null) return -1;
  if (c.score === 'p-value') {
    const p = c.adjustedPValue ?? c.pValue ?? 1;
    return Math.log(Math.max(p, 1e-300)) / Math.log(Math.max(c.threshold, 1e-300));
  }
  return c.threshold > 0 ? c.statistic / c.threshold : c.statistic;
}

function reportHistogram(ref: ColumnSample, cur: ColumnSample): ColumnHistogram {
  if (ref.type === 'numerical' && cur.type === 'numerical') {
    const b = binnedCounts(ref, cur, 'equal-width', 10);
    return { labels: b.labels, reference: [...shares(b.reference, sampleSize(ref))], current: [...shares(b.current, sampleSize(cur))] };
  }
  const b = binnedCounts(ref, cur, 'auto', 0);
  const order = b.labels.map((_, i) => i).sort((i, j) => b.reference[j] + b.current[j] - (b.reference[i] + b.current[i]));
  const top = order.slice(0, 10);
  const rest = order.slice(10);
  const nr = sampleSize(ref) || 1;
  const nc = sampleSize(cur) || 1;
  const hist: ColumnHistogram = {
    labels: top.map((i) => b.labels[i]),
    reference: top.map((i) => b.reference[i] / nr),
    current: top.map((i) => b.current[i] / nc),
  };
  if (rest.length) {
    hist.labels.push(`(${rest.length} more)`);
    hist.reference.push(rest.reduce((s, i) => s + b.reference[i], 0) / nr);
    hist.current.push(rest.reduce((s, i) => s + b.current[i], 0) / nc);
  }
  return hist;
}

function evaluateColumn(
  name: string,
  role: ColumnRole,
  ref: ColumnSample,
  cur: ColumnSample,
  options: DriftOptions,
): ColumnResult {
  const nReference = sampleSize(ref);
  const nCurrent = sampleSize(cur);
  const explicit = options.columnMethods[name] ?? (options.method === 'auto' ? undefined : options.method);
  const chosen = explicit ?? autoMethod(ref, cur);
  const method = METHODS[chosen];
  if (method.columns === 'numerical' && ref.type !== 'numerical') {
    throw new UserError(`method ${chosen} needs a numerical column, and "${name}" is categorical (set column-types or choose a categorical method)`, {
      field: options.columnMethods[name] ? 'input column-methods' : 'input method',
    });
  }
  const base = method.name === 'jensenshannon' ? options.jsBase : undefined;
  const result: ColumnResult = {
    name,
    role,
    type: ref.type,
    method: chosen,
    score: method.score,
    statistic: null,
    pValue: null,
    adjustedPValue: null,
    threshold: thresholdOf(chosen, options.thresholds),
    operator: method.operator,
    drifted: false,
    status: 'no-drift',
    nReference,
    nCurrent,
    ...(base !== undefined ? { base } : {}),
  };
  if (nReference < options.minSamples || nCurrent < options.minSamples) {
    result.status = 'insufficient';
    result.note = `${Math.min(nReference, nCurrent)} non-missing values, fewer than min-samples (${options.minSamples})`;
    return result;
  }
  const sizeMethod: MethodName = method.score === 'distance' ? chosen : 'psi';
  if (sameConstant(ref, cur)) {
    result.statistic = 0;
    result.pValue = method.score === 'p-value' ? 1 : null;
    result.note = 'both samples hold one and the same value';
    result.size = { method: sizeMethod, value: 0 };
    return result;
  }
  const params = { binning: options.binning, bins: options.bins, jsBase: base };
  const score = method.compute(ref, cur, params);
  result.statistic = score.statistic;
  result.pValue = score.pValue;
  const decisive = score.pValue ?? score.statistic;
  if (Number.isNaN(decisive)) {
    result.status = 'insufficient';
    result.note = score.note ?? `${chosen} is undefined for these samples`;
    return result;
  }
  const size = method.score === 'distance' ? score.statistic : METHODS.psi.compute(ref, cur, params).statistic;
  if (Number.isFinite(size)) result.size = { method: sizeMethod, value: size };
  return result;
}

/**
 * `reference` and `current` are Tables (with optional sampled `rows`) or
 * DataSources (a Table or a reference profile, see data-source.ts).
 */
export function evaluateDrift(
  referenceIn: Table | DataSource,
  currentIn: Table | DataSource,
  options: DriftOptions,
  rows: { reference?: Uint32Array; current?: Uint32Array } = {},
): DriftEvaluation {
  const reference = isDataSource(referenceIn) ? referenceIn : tableSource(referenceIn, rows.reference);
  const current = isDataSource(currentIn) ? currentIn : tableSource(currentIn, rows.current);
  const special = [options.targetColumn, options.predictionColumn].filter((c): c is string => !!c);
  const unmatched: DriftEvaluation['unmatched'] = [];
  let names: string[];
  if (options.columns && options.columns.length) {
    names = options.columns;
    for (const n of names) {
      requireColumn(reference, n, 'column');
      requireColumn(current, n, 'column');
    }
  } else {
    const inCurrent = new Set(current.columns.map((c) => c.name));
    const inReference = new Set(reference.columns.map((c) => c.name));
    names = reference.columns.map((c) => c.name).filter((n) => inCurrent.has(n));
    for (const c of reference.columns) if (!inCurrent.has(c.name) && !options.exclude.includes(c.name)) unmatched.push({ column: c.name, in: 'reference' });
    for (const c of current.columns) if (!inReference.has(c.name) && !options.exclude.includes(c.name)) unmatched.push({ column: c.name, in: 'current' });
  }
  for (const n of special) {
    requireColumn(reference, n, n === options.targetColumn ? 'target-column' : 'prediction-column');
    requireColumn(current, n, n === options.targetColumn ? 'target-column' : 'prediction-column');
  }
  for (const n of Object.keys(options.columnMethods)) requireColumn(reference, n, 'column-methods');
  for (const n of Object.keys(options.columnTypes)) requireColumn(reference, n, 'column-types');
  const features = names.filter((n) => !options.exclude.includes(n) && !special.includes(n));

  const results: ColumnResult[] = [];
  const quality: QualityFinding[] = [];
  const samples = new Map<string, [ColumnSample, ColumnSample]>();
  const roles: [string, ColumnRole][] = [
    ...features.map((n): [string, ColumnRole] => [n, 'feature']),
    ...(options.targetColumn ? [[options.targetColumn, 'target'] as [string, ColumnRole]] : []),
    ...(options.predictionColumn ? [[options.predictionColumn, 'prediction'] as [string, ColumnRole]] : []),
  ];
  for (const [name, role] of roles) {
    const rc = findColumn(reference, name)!;
    const cc = findColumn(current, name)!;
    const type = typeOf(name, rc, cc, options);
    const ref = rc.sample(type);
    const cur = cc.sample(type);
    samples.set(name, [ref, cur]);
    results.push(evaluateColumn(name, role, ref, cur, options));
    quality.push(...dataQuality(name, ref, cur, options));
  }

  // Multiple-testing correction over the features' p-values.
  const tested = results.filter((r) => r.role === 'feature' && r.pValue !== null && r.status !== 'insufficient');
  const adjusted = adjustPValues(tested.map((r) => r.pValue as number), options.correction);
  tested.forEach((r, i) => (r.adjustedPValue = adjusted[i]));
  for (const r of results) {
    if (r.status === 'insufficient') continue;
    if (r.score === 'p-value' && r.adjustedPValue === null) r.adjustedPValue = r.pValue;
    const decisive = r.score === 'p-value' ? (r.adjustedPValue as number) : (r.statistic as number);
    r.drifted = isDrift(decisive, r.threshold, r.operator);
    r.status = r.drifted ? 'drift' : 'no-drift';
  }

  const featureResults = results.filter((r) => r.role === 'feature');
  const evaluated = featureResults.filter((r) => r.status !== 'insufficient');
  const drifted = evaluated.filter((r) => r.drifted);
  const share = evaluated.length ? drifted.length / evaluated.length : 0;
  const dataset: DatasetResult = {
    drifted: evaluated.length > 0 && share >= options.driftShare,
    share,
    threshold: options.driftShare,
    warnShare: options.warnShare,
    driftedColumns: drifted.map((r) => r.name),
    evaluatedColumns: evaluated.length,
    insufficientColumns: featureResults.length - evaluated.length,
  };

  results.sort((a, b) => severity(b) - severity(a) || (a.name < b.name ? -1 : 1));
  let left = options.histograms;
  for (const r of results) {
    if (left <= 0) break;
    if (!r.drifted) continue;
    const [ref, cur] = samples.get(r.name)!;
    r.histogram = reportHistogram(ref, cur);
    left--;
  }
  const distributions: ColumnDistribution[] = [];
  for (const r of results.filter((c) => c.drifted).slice(0, MAX_DISTRIBUTIONS)) {
    const [ref, cur] = samples.get(r.name)!;
    const d = columnDistribution(r.name, ref, cur);
    if (d) distributions.push(d);
  }
  return { columns: results, dataset, quality, unmatched, distributions };
}
