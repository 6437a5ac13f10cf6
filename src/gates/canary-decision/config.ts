/**
 * Per-metric settings of canary-decision and how they are read: a YAML
 * mapping (inline, or a file) from metric name to settings, optionally with
 * group weights, or a Kayenta canary configuration JSON (kayenta-config.ts).
 *
 *   latency_ms:
 *     direction: increase        # which change is bad
 *     group: latency
 *     critical: true
 *     max: 500                   # absolute bound on the canary's statistic
 *     statistic: p99
 *     max-increase: 20           # canary − baseline ≤ 20
 *     tolerance: 0.25            # Kayenta's: the interval must clear 0.25 × |shift|
 *     effect-size-measure: cles  # or mean-ratio (the default), Kayenta's effectSize.measure
 *     allowed-increase: 0.6      # effect size a High needs (CLES here; 1 / ½ by default)
 *   converted:
 *     type: conversion           # 0/1 per request: Beta–Binomial probability
 *     direction: decrease
 *   group-weights: { latency: 60, business: 40 }   # optional, reserved key
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseYaml } from '../../core/yaml.js';
import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import { fromKayentaConfig } from './kayenta-config.js';

export const DIRECTIONS = ['increase', 'decrease', 'either'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const STATISTICS = ['mean', 'median', 'p90', 'p95', 'p99', 'min', 'max', 'sum'] as const;
export type StatisticName = (typeof STATISTICS)[number];
export const EFFECT_SIZE_MEASURES = ['mean-ratio', 'cles'] as const;
export type EffectSizeMeasure = (typeof EFFECT_SIZE_MEASURES)[number];

export interface MetricConfig {
  name: string;
  /** Column of the samples file holding the metric (default: the name). */
  column: string;
  /** Which change is bad. */
  direction: Direction;
  groups: string[];
  /** A failure of this metric sets the score to 0 and rolls back. */
  critical: boolean;
  /** Judged and shown, but not scored. */
  reportOnly: boolean;
  nanStrategy: 'remove' | 'replace';
  /** No data counts as a failure of the metric instead of "too little data". */
  mustHaveData: boolean;
  /** Fewer values than this in either variant is too little data. */
  minSamples: number;
  /** Kayenta's outlier strategy: `remove` drops values outside the IQR fences (outliers.ts). */
  outliers: 'keep' | 'remove';
  outlierFactor: number;
  /**
   * Kayenta's tolerance: the shift interval must clear tolerance × |shift
   * estimate| (NetflixACAJudge uses 0.25; its ClassifierSuite other values).
   */
  tolerance: number;
  /**
   * Kayenta's effect size measure: `mean-ratio` (canary mean / baseline mean,
   * thresholds default 1) or `cles` (P(canary > baseline) + ½ P(tie), the
   * common-language effect size, thresholds default 0.5).
   */
  effectSizeMeasure: EffectSizeMeasure;
  /** Kayenta effect-size thresholds, in the measure's units. */
  allowedIncrease: number;
  allowedDecrease: number;
  criticalIncrease: number;
  criticalDecrease: number;
  /** `conversion`: 0/1 values judged by the Beta–Binomial probability. */
  type: 'continuous' | 'conversion';
  /** Statistic the bounds and relative rules compare. */
  statistic: StatisticName;
  min?: number;
  max?: number;
  maxIncrease?: number;
  maxDecrease?: number;
  /** PromQL template (Prometheus source). */
  query?: string;
}

export interface CanaryConfig {
  metrics: MetricConfig[];
  groupWeights: Record<string, number>;
  /** Score thresholds a Kayenta configuration carries. */
  scoreThresholds?: { pass?: number; marginal?: number };
  /** Where the configuration came from (a path, or "input config"). */
  source: string;
}

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const effectThreshold = z.number().refine(Number.isFinite, 'must be a finite number');

const metricSettings = z
  .object({
    column: z.string().min(1).optional(),
    direction: z.enum(DIRECTIONS).default('either'),
    group: z.string().min(1).optional(),
    groups: z.array(z.string().min(1)).min(1).optional(),
    critical: z.boolean().default(false),
    'report-only': z.boolean().default(false),
    'nan-strategy': z.enum(['remove', 'replace']).default('remove'),
    'must-have-data': z.boolean().default(false),
    'min-samples': z.number().int().min(1).default(10),
    outliers: z.enum(['keep', 'remove']).default('keep'),
    'outlier-factor': z.number().positive().default(3),
    tolerance: z.number().min(0).refine(Number.isFinite, 'must be a finite number').default(0.25),
    'effect-size-measure': z.enum(EFFECT_SIZE_MEASURES).default('mean-ratio'),
    // Defaults depend on the measure (1 for mean-ratio, 0.5 for cles): filled in below.
    'allowed-increase': effectThreshold.optional(),
    'allowed-decrease': effectThreshold.optional(),
    'critical-increase': effectThreshold.optional(),
    'critical-decrease': effectThreshold.optional(),
    type: z.enum(['continuous', 'conversion']).default('continuous'),
    statistic: z.enum(STATISTICS).default('mean'),
    min: finite.optional(),
    max: finite.optional(),
    'max-increase': finite.min(0).optional(),
    'max-decrease': finite.min(0).optional(),
    query: z.string().min(1).optional(),
  })
  .strict();

export type MetricSettings = z.input<typeof metricSettings>;

const groupWeightsSchema = z.record(z.string(), z.number().min(0).max(100));

function issueText(issue: z.core.$ZodIssue): { path: string; message: string } {
  return { path: issue.path.map(String).join('.'), message: issue.message };
}

export function metricFromSettings(name: string, settings: unknown, source: string): MetricConfig {
  const parsed = metricSettings.safeParse(settings ?? {});
  if (!parsed.success) {
    const { path, message } = issueText(parsed.error.issues[0]);
    const key = parsed.error.issues[0].code === 'unrecognized_keys' ? (parsed.error.issues[0] as { keys: string[] }).keys.join(', ') : path;
    throw new UserError(message, { file: source, field: `metric ${name}${key ? `.${key}` : ''}` });
  }
  const s = parsed.data;
  if (s.min !== undefined && s.max !== undefined && s.min > s.max) {
    throw new UserError(`min ${s.min} is above max ${s.max}`, { file: source, field: `metric ${name}` });
  }
  // Kayenta's defaults: no change (ratio 1, or CLES ½) is the threshold unless one is set.
  const measure = s['effect-size-measure'];
  const neutral = measure === 'cles' ? 0.5 : 1;
  const effect = {
    allowedIncrease: s['allowed-increase'] ?? neutral,
    allowedDecrease: s['allowed-decrease'] ?? neutral,
    criticalIncrease: s['critical-increase'] ?? neutral,
    criticalDecrease: s['critical-decrease'] ?? neutral,
  };
  for (const [key, value] of [
    ['allowed-increase', s['allowed-increase']],
    ['allowed-decrease', s['allowed-decrease']],
    ['critical-increase', s['critical-increase']],
    ['critical-decrease', s['critical-decrease']],
  ] as const) {
    if (value === undefined) continue;
    const ok = measure === 'cles' ? value >= 0 && value <= 1 : value > 0;
    if (!ok) {
      const what = measure === 'cles' ? 'a probability from 0 to 1 (effect-size-measure cles)' : 'a positive ratio of means';
      throw new UserError(`must be ${what}, got ${value}`, { file: source, field: `metric ${name}.${key}` });
    }
  }
  if (s['critical-increase'] !== undefined && effect.allowedIncrease > effect.criticalIncrease) {
    throw new UserError('critical-increase must be at least allowed-increase', { file: source, field: `metric ${name}` });
  }
  return {
    name,
    column: s.column ?? name,
    direction: s.direction,
    groups: s.groups ?? [s.group ?? 'default'],
    critical: s.critical,
    reportOnly: s['report-only'],
    nanStrategy: s['nan-strategy'],
    mustHaveData: s['must-have-data'],
    minSamples: s['min-samples'],
    outliers: s.outliers,
    outlierFactor: s['outlier-factor'],
    tolerance: s.tolerance,
    effectSizeMeasure: measure,
    ...effect,
    type: s.type,
    statistic: s.statistic,
    min: s.min,
    max: s.max,
    maxIncrease: s['max-increase'],
    maxDecrease: s['max-decrease'],
    query: s.query,
  };
}

/** A parsed YAML/JSON value (metric name → settings, or a Kayenta configuration). */
export function parseCanaryConfig(value: unknown, source: string): CanaryConfig {
  if (value === null || value === undefined) return { metrics: [], groupWeights: {}, source };
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UserError('expected a mapping of metric names to settings, or a Kayenta canary configuration', { file: source });
  }
  const obj = value as Record<string, unknown>;
  if (Array.isArray(obj.metrics) && (obj.classifier !== undefined || obj.judge !== undefined || obj.configVersion !== undefined || obj.metrics.every((m) => m && typeof m === 'object' && 'name' in m))) {
    return fromKayentaConfig(obj, source);
  }
  let groupWeights: Record<string, number> = {};
  const metrics: MetricConfig[] = [];
  for (const [name, settings] of Object.entries(obj)) {
    if (name === 'group-weights') {
      const parsed = groupWeightsSchema.safeParse(settings);
      if (!parsed.success) {
        const { path, message } = issueText(parsed.error.issues[0]);
        throw new UserError(message, { file: source, field: `group-weights${path ? `.${path}` : ''}` });
      }
      groupWeights = parsed.data;
      continue;
    }
    metrics.push(metricFromSettings(name, settings, source));
  }
  return { metrics, groupWeights, source };
}

/**
 * The `config` input: inline YAML (a mapping), or the path of a YAML/JSON
 * file. A string without a newline or colon is taken as a path.
 */
export async function loadCanaryConfig(input: unknown, cwd: string): Promise<CanaryConfig> {
  if (input === undefined || input === null || input === '') return { metrics: [], groupWeights: {}, source: 'input config' };
  if (typeof input === 'string') {
    const looksLikePath = !/[\n:{]/.test(input.trim());
    if (looksLikePath) {
      const path = input.trim();
      let text: string;
      try {
        text = await readFile(resolve(cwd, path), 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw new UserError(code === 'ENOENT' ? 'configuration file not found' : `cannot read configuration file (${code})`, { file: path });
      }
      let value: unknown;
      try {
        value = parseYaml(text, { file: path });
      } catch (err) {
        if (err instanceof UserError) throw err;
        const e = err as { message: string; linePos?: { line: number }[] };
        throw new UserError(`invalid YAML/JSON: ${e.message.split('\n')[0]}`, { file: path, line: e.linePos?.[0]?.line });
      }
      return parseCanaryConfig(value, path);
    }
    try {
      return parseCanaryConfig(parseYaml(input, { field: 'input config' }), 'input config');
    } catch (err) {
      if (err instanceof UserError) throw err;
      throw new UserError(`invalid YAML: ${(err as Error).message.split('\n')[0]}`, { field: 'input config' });
    }
  }
  return parseCanaryConfig(input, 'input config');
}
