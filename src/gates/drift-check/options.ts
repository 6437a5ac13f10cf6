/** The typed options of the drift evaluation (from the gate's inputs, see gate.ts). */
import type { PValueCorrection } from '../../stats/drift/p-value-adjustment.js';
import type { Binning } from './binned-shares.js';
import type { ColumnType } from './column-sample.js';
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

export const DEFAULT_OPTIONS: DriftOptions = {
  exclude: [],
  columnTypes: {},
  method: 'auto',
  columnMethods: {},
  thresholds: {},
  driftShare: 0.5,
  warnShare: 0,
  correction: 'none',
  minSamples: 30,
  binning: 'auto',
  bins: 10,
  nullShareIncrease: 0.05,
  newCategoryShare: 0,
  missingCategoryShare: 0.01,
  histograms: 3,
};
