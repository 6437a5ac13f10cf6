/**
 * The typed options of the drift evaluation, made from the gate's inputs
 * (inputs.ts) by `toOptions`. The defaults are the inputs' own: nothing here
 * repeats them.
 */
import { UserError } from '../../core/errors.js';
import type { PValueCorrection } from '../../stats/drift/p-value-adjustment.js';
import type { Binning } from './binned-shares.js';
import type { ColumnType } from './column-sample.js';
import { inputs, type DriftCheckInputs } from './inputs.js';
import type { MethodName } from './methods.js';

export interface DriftOptions {
  /** Columns to compare; default: every column present in both files. */
  columns?: string[];
  exclude: string[];
  columnTypes: Record<string, ColumnType>;
  method: 'auto' | MethodName;
  /** Per-column method overrides. */
  columnMethods: Record<string, MethodName>;
  /** Per-method thresholds overriding the defaults. */
  thresholds: Partial<Record<MethodName, number>>;
  driftShare: number;
  /** Share of drifted columns from which drifted columns warn (0: any). */
  warnShare: number;
  correction: PValueCorrection;
  minSamples: number;
  binning: Binning;
  bins: number;
  /** Base of the Jensen–Shannon logarithm for `jensenshannon`; undefined = e. */
  jsBase?: number;
  targetColumn?: string;
  predictionColumn?: string;
  nullShareIncrease: number;
  newCategoryShare: number;
  missingCategoryShare: number;
  /** How many drifted columns get a histogram in the report. */
  histograms: number;
}

/** Typed evaluation options from validated inputs, with the checks that span two inputs. */
export function toOptions(i: DriftCheckInputs): DriftOptions {
  let thresholds: Partial<Record<MethodName, number>> = {};
  if (typeof i.threshold === 'number') {
    if (i.method === 'auto') {
      throw new UserError('a single threshold needs a single method; with method auto give one per method, e.g. {ks: 0.01, wasserstein: 0.2}', {
        field: 'input threshold',
      });
    }
    thresholds = { [i.method]: i.threshold };
  } else if (i.threshold) thresholds = i.threshold;
  if (i['warn-share'] > i['drift-share']) {
    throw new UserError(`warn-share (${i['warn-share']}) must not exceed drift-share (${i['drift-share']})`, { field: 'input warn-share' });
  }
  return {
    columns: i.columns,
    exclude: i.exclude ?? [],
    columnTypes: i['column-types'] ?? {},
    method: i.method,
    columnMethods: i['column-methods'] ?? {},
    thresholds,
    driftShare: i['drift-share'],
    warnShare: i['warn-share'],
    correction: i.correction,
    minSamples: i['min-samples'],
    binning: i.binning,
    bins: i.bins,
    jsBase: i['jensenshannon-base'],
    targetColumn: i['target-column'],
    predictionColumn: i['prediction-column'],
    nullShareIncrease: i['null-share-increase'],
    newCategoryShare: i['new-category-share'],
    missingCategoryShare: i['missing-category-share'],
    histograms: i.histograms,
  };
}

/** The evaluation's options when every input is at its default (for tests and tools). */
export const DEFAULT_OPTIONS: DriftOptions = toOptions(inputs.schema.parse({ reference: 'reference' }));
