/**
 * drift-check: per-feature and dataset drift between a reference and a
 * current dataset, with Evidently's test choice and thresholds, scipy's
 * definitions, data-quality findings beside drift, and an optional
 * `repository_dispatch` on dataset drift to start retraining.
 */
import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import { defineGate, type GateContext, type GateResult, type Progress } from '../../core/gate.js';
import type { InputSpec, OutputSpec } from '../../core/inputs.js';
import { makeReport } from '../../core/make-report.js';
import { reportNumber } from '../../core/report-number.js';
import { readTable } from '../../readers/index.js';
import type { GitHubClient } from '../../github/client.js';
import { repositoryDispatch } from '../../github/dispatch.js';
import { driftChecks, driftSummary } from './checks.js';
import { evaluateDrift, severity, type DriftEvaluation } from './evaluate.js';
import { METHOD_NAMES, type MethodName } from './methods.js';
import { DEFAULT_OPTIONS, type DriftOptions } from './options.js';
import { methodTable } from './method-table.js';
import { renderDrift } from './render.js';
import { reportSections } from './report-sections.js';
import { sampleRows } from './sample-rows.js';
import { tableSource, type DataSource } from './data-source.js';
import { mergeProfiles, profileSource, profileTable, readProfile, sketchedColumns, writeProfile, type ReferenceProfile } from './profile.js';
import { actionsCache, profileCacheKey, tryRestore, trySave, type ProfileCache } from './profile-cache.js';
import { join } from 'node:path';
import { prepareReference, preparedSource, type PreparedReference } from './prepared-reference.js';
import { startReference, type ReferenceRequest } from './reference-worker.js';
import { prepareCurrentInParts } from './current-in-parts.js';
import { bundleUrl } from '../../parallel/bundle-url.js';

export const inputs: InputSpec[] = [
  {
    name: 'reference',
    kind: 'string',
    required: true,
    description:
      'Reference data, e.g. the training set (CSV, TSV, JSON Lines, JSON, Parquet, optionally .gz), or a reference profile written by `profile-out` (`.mgprof`), or several shard profiles separated by commas (merged exactly).',
  },
  {
    name: 'current',
    kind: 'string',
    description: 'Current data to compare with the reference, e.g. recent serving inputs (same formats). Required unless `profile-out` is set (then the step only writes the profile).',
  },
  {
    name: 'profile-out',
    kind: 'string',
    description:
      'Write the reference profile (`.mgprof`: exact distinct values and counts per column, see the docs) to this path; later runs can pass it as `reference`. Shard profiles merge.',
    notInPolicy: true,
  },
  { name: 'columns', kind: 'list', description: 'Columns to compare. Default: every column present in both files.' },
  { name: 'exclude', kind: 'list', description: 'Columns not to compare (ids, timestamps).' },
  {
    name: 'column-types',
    kind: 'yaml',
    description: 'Override the detected column type, as YAML: `{zip: categorical, rating: numerical}`. Number columns are numerical, text columns categorical by default.',
  },
  {
    name: 'method',
    kind: 'string',
    default: 'auto',
    description: `\`auto\` (Evidently's choice per column, see the table in the docs) or one method for every column: ${METHOD_NAMES.map((m) => `\`${m}\``).join(', ')}.`,
  },
  { name: 'column-methods', kind: 'yaml', description: 'Per-column methods overriding `method`, as YAML: `{age: psi, country: chi2}`.' },
  {
    name: 'threshold',
    kind: 'yaml',
    description: 'Thresholds overriding the defaults, per method as YAML (`{ks: 0.01, psi: 0.2}`), or one number when `method` is a single method.',
  },
  { name: 'drift-share', kind: 'number', default: '0.5', description: 'Dataset drift (fail) when the share of drifted feature columns is at least this.' },
  {
    name: 'warn-share',
    kind: 'number',
    default: '0',
    description: 'From this share of drifted columns on, drifted columns and the dataset warn. 0: any drifted column warns.',
  },
  {
    name: 'correction',
    kind: 'string',
    default: 'none',
    description: 'Multiple-testing correction of the p-values across columns: `none`, `bonferroni`, `holm` or `bh` (Benjamini–Hochberg).',
  },
  { name: 'min-samples', kind: 'number', default: '30', description: 'A column with fewer non-missing values in either file is `insufficient`: neither pass nor drift.' },
  { name: 'sample', kind: 'number', description: 'Compare at most this many rows of each file, chosen with a fixed seed.' },
  { name: 'seed', kind: 'number', default: '0', description: 'Seed of `sample`.' },
  {
    name: 'binning',
    kind: 'string',
    default: 'auto',
    description:
      'Bins of numerical columns for psi, kl_div, jensenshannon, hellinger and l_infinity: `auto` (Evidently: Sturges bins when the reference has more than 20 values, else one bin per value; hellinger: the bins of Evidently’s hellinger, see the docs), `sturges`, `doane`, `equal-width` or `quantile` (reference quantiles).',
  },
  { name: 'bins', kind: 'number', default: '10', description: 'Number of bins for `equal-width` and `quantile`.' },
  { name: 'jensenshannon-base', kind: 'number', description: 'Logarithm base of `jensenshannon` (default: natural log, as Evidently).' },
  { name: 'target-column', kind: 'string', description: 'Target column: its drift is reported apart and does not count in the share.' },
  { name: 'prediction-column', kind: 'string', description: 'Prediction column: its drift is reported apart and does not count in the share.' },
  { name: 'null-share-increase', kind: 'number', default: '0.05', description: 'Warn when a column\'s share of missing cells rises by more than this (0.05 = 5 points).' },
  { name: 'new-category-share', kind: 'number', default: '0', description: 'Warn when more than this share of current rows has categories the reference lacks (0: any).' },
  {
    name: 'missing-category-share',
    kind: 'number',
    default: '0.01',
    description: 'Warn when more than this share of reference rows has categories absent from the current data.',
  },
  {
    name: 'profile-points',
    kind: 'number',
    default: '65536',
    description:
      'Largest number of points a numerical column keeps in a profile: a column with more distinct values is kept as a sketch whose CDF is within 1/profile-points of the data (see the docs). 0 keeps every column exact.',
  },
  {
    name: 'cache-profile',
    kind: 'boolean',
    default: 'true',
    description:
      "In GitHub Actions, keep the reference file's profile in the Actions cache, keyed by the file's SHA-256, and reuse it on later runs instead of reading the file again.",
  },
  { name: 'histograms', kind: 'number', default: '3', description: 'How many of the most drifted columns get a reference-vs-current histogram in the report.' },
  {
    name: 'dispatch-on-drift',
    kind: 'boolean',
    default: 'false',
    description: 'On dataset drift, send a `repository_dispatch` event (needs `contents: write`) with the drifted columns, to start a retraining workflow.',
  },
  { name: 'dispatch-event-type', kind: 'string', default: 'modelgate-drift', description: 'Event type of the `repository_dispatch` event.' },
];

export const outputs: OutputSpec[] = [
  { name: 'drift-detected', description: '`true` when the dataset drifted (share of drifted columns at least `drift-share`).' },
  { name: 'drift-share', description: 'Share of drifted feature columns, 0 to 1.' },
  { name: 'drifted-columns', description: 'JSON list of the drifted feature columns, most severe first.' },
];

const optional = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), s.optional());
const share = (name: string) => z.coerce.number({ error: `${name} must be a number` }).min(0, `${name} must be between 0 and 1`).max(1, `${name} must be between 0 and 1`);
const methodName = z.enum(METHOD_NAMES, { error: (i) => `unknown method "${String(i.input)}"; use one of ${METHOD_NAMES.join(', ')}` });

export const schema = z.object({
  reference: z.string({ error: 'reference is required: the reference data file' }).min(1, 'reference is required: the reference data file'),
  current: optional(z.string()),
  'profile-out': optional(z.string()),
  columns: optional(z.array(z.string())),
  exclude: optional(z.array(z.string())),
  'column-types': optional(z.record(z.string(), z.enum(['numerical', 'categorical'], { error: 'column-types values must be numerical or categorical' }))),
  method: z
    .enum(['auto', ...METHOD_NAMES], { error: (i) => `unknown method "${String(i.input)}"; use auto or one of ${METHOD_NAMES.join(', ')}` })
    .default('auto'),
  'column-methods': optional(z.record(z.string(), methodName)),
  threshold: optional(z.union([z.number().positive('threshold must be positive'), z.record(methodName, z.number().nonnegative())])),
  'drift-share': share('drift-share').default(0.5),
  'warn-share': share('warn-share').default(0),
  correction: z.enum(['none', 'bonferroni', 'holm', 'bh'], { error: 'correction must be none, bonferroni, holm or bh' }).default('none'),
  'min-samples': z.coerce.number().int().min(1, 'min-samples must be at least 1').default(30),
  sample: optional(z.coerce.number().int().min(1, 'sample must be at least 1')),
  seed: z.coerce.number().int().default(0),
  binning: z.enum(['auto', 'sturges', 'doane', 'equal-width', 'quantile'], { error: 'binning must be auto, sturges, doane, equal-width or quantile' }).default('auto'),
  bins: z.coerce.number().int().min(1).max(1000).default(10),
  'jensenshannon-base': optional(z.coerce.number().positive().refine((b) => b !== 1, 'jensenshannon-base must not be 1')),
  'target-column': optional(z.string()),
  'prediction-column': optional(z.string()),
  'null-share-increase': share('null-share-increase').default(0.05),
  'new-category-share': share('new-category-share').default(0),
  'missing-category-share': share('missing-category-share').default(0.01),
  histograms: z.coerce.number().int().min(0).max(50).default(3),
  'dispatch-on-drift': z.boolean().default(false),
  'cache-profile': z.boolean().default(true),
  'profile-points': z.coerce.number().int().min(0).default(65536),
  'dispatch-event-type': z.string().min(1).max(100).default('modelgate-drift'),
});

export type DriftCheckInputs = z.infer<typeof schema>;

/** Typed evaluation options from validated inputs. */
export function toOptions(i: DriftCheckInputs): DriftOptions {
  let thresholds: Partial<Record<MethodName, number>> = {};
  if (typeof i.threshold === 'number') {
    if (i.method === 'auto') {
      throw new UserError('a single threshold needs a single method; with method auto give one per method, e.g. {ks: 0.01, wasserstein: 0.2}', {
        field: 'input threshold',
      });
    }
    thresholds = { [i.method]: i.threshold };
  } else if (i.threshold) thresholds = i.threshold as Partial<Record<MethodName, number>>;
  if (i['warn-share'] > i['drift-share']) {
    throw new UserError(`warn-share (${i['warn-share']}) must not exceed drift-share (${i['drift-share']})`, { field: 'input warn-share' });
  }
  return {
    ...DEFAULT_OPTIONS,
    columns: i.columns,
    exclude: i.exclude ?? [],
    columnTypes: i['column-types'] ?? {},
    method: i.method,
    columnMethods: (i['column-methods'] ?? {}) as Record<string, MethodName>,
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

/** The JSON report's `columns` section: the contract fields first. */
function columnsSection(e: DriftEvaluation) {
  return e.columns.map((c) => ({
    name: c.name,
    type: c.type,
    method: c.method,
    statistic: reportNumber(c.statistic),
    pValue: c.pValue,
    threshold: c.threshold,
    drifted: c.drifted,
    nReference: c.nReference,
    nCurrent: c.nCurrent,
    role: c.role,
    status: c.status,
    operator: c.operator,
    adjustedPValue: c.adjustedPValue,
    ...(c.base !== undefined ? { base: c.base } : {}),
    ...(c.note ? { note: c.note } : {}),
    ...(c.referenceError !== undefined ? { referenceError: c.referenceError } : {}),
    ...(c.histogram ? { histogram: c.histogram } : {}),
  }));
}

/** The run's GitHub client (from `github-token`), when there is one. */
async function githubClient(ctx: GateContext): Promise<GitHubClient | undefined> {
  return ctx.github ? ctx.github() : undefined;
}

async function dispatch(e: DriftEvaluation, inputs: DriftCheckInputs, ctx: GateContext): Promise<string> {
  const repo = ctx.run.repository;
  const client = repo ? await githubClient(ctx) : undefined;
  if (!client || !repo) {
    ctx.log.warn('dispatch-on-drift: no GitHub token or repository in this run; no repository_dispatch event was sent');
    return 'skipped';
  }
  const [owner, name] = repo.split('/');
  const drifted = e.columns.filter((c) => c.role === 'feature' && c.drifted);
  const ok = await repositoryDispatch(client, {
    owner,
    repo: name,
    eventType: inputs['dispatch-event-type'],
    clientPayload: {
      gate: 'drift-check',
      share: e.dataset.share,
      threshold: e.dataset.threshold,
      severity: e.dataset.share >= Math.min(1, 2 * e.dataset.threshold) ? 'high' : 'drift',
      columns: drifted.slice(0, 50).map((c) => ({ name: c.name, method: c.method, statistic: c.statistic, pValue: c.pValue, severity: Number(severity(c).toPrecision(4)) })),
      reference: inputs.reference,
      current: inputs.current ?? null,
      sha: ctx.run.sha ?? null,
      runUrl: ctx.run.runUrl ?? null,
    },
    log: ctx.log,
  });
  return ok ? 'sent' : 'refused';
}

const PROFILE_EXT = /\.mgprof$/i;

function profileOnly(inputs: DriftCheckInputs, profile: ReferenceProfile): GateResult {
  const report = makeReport({
    gate: 'drift-check',
    inputs: { ...inputs },
    checks: [],
    summary: `pass: wrote the profile of ${profile.rows} reference rows (${profile.columns.length} columns) to ${inputs['profile-out']}`,
    sections: { profile: { path: inputs['profile-out'], rows: profile.rows, columns: profile.columns.length } },
  });
  return {
    report,
    outputs: { 'drift-detected': 'false', 'drift-share': '0', 'drifted-columns': '[]' },
    markdown: `Wrote the reference profile of ${profile.rows.toLocaleString('en-US')} rows and ${profile.columns.length} columns.`,
  };
}

export async function runDriftCheck(inputs: DriftCheckInputs, ctx: GateContext, deps: { cache?: ProfileCache } = {}): Promise<GateResult> {
  const options = toOptions(inputs);
  if (!inputs.current && !inputs['profile-out']) {
    throw new UserError('current is required: the current data file (or set profile-out to only profile the reference)', { field: 'input current' });
  }
  const wanted = options.columns?.length
    ? [...new Set([...options.columns, ...[options.targetColumn, options.predictionColumn].filter((c): c is string => !!c)])]
    : undefined;
  const read = (path: string) => readTable(path, { cwd: ctx.cwd, columns: wanted, progress: (p: Progress) => ctx.progress(p) });

  const special = [options.targetColumn, options.predictionColumn].filter((c): c is string => !!c);
  const skip = options.exclude.filter((c) => !special.includes(c));
  // The reference: a data file, or one or more profiles (merged).
  const refPaths = inputs.reference.split(',').map((s) => s.trim()).filter(Boolean);
  const profileGiven = refPaths.every((p) => PROFILE_EXT.test(p));
  let reference: DataSource;
  let referenceRows: number;
  let profile: ReferenceProfile | undefined;
  let sampledReference: Uint32Array | undefined;
  let cacheState: 'hit' | 'saved' | undefined;
  // Set when the reference is read and prepared beside the current file (reference-worker.ts).
  let pendingReference: ReferenceRequest | undefined;
  if (profileGiven) {
    profile = mergeProfiles(await Promise.all(refPaths.map((p) => readProfile(p, ctx.cwd))), inputs['profile-points']);
    reference = profileSource(profile, inputs.reference);
    referenceRows = profile.rows;
  } else {
    if (refPaths.length > 1) throw new UserError('several reference files are only allowed as .mgprof profiles', { field: 'input reference' });
    const cache = deps.cache ?? actionsCache;
    const useCache = inputs['cache-profile'] && inputs.sample === undefined && inputs.current !== undefined && cache.available(ctx.env);
    const key = useCache ? await profileCacheKey(inputs.reference, ctx.cwd, wanted) : '';
    const cachedPath = join(ctx.tempDir, 'modelgate-drift-reference.mgprof');
    if (useCache && (await tryRestore(cache, cachedPath, key, ctx.log))) {
      profile = await readProfile(cachedPath, ctx.cwd);
      reference = profileSource(profile, inputs.reference);
      referenceRows = profile.rows;
      cacheState = 'hit';
    } else if (!inputs['profile-out'] && !useCache && inputs.current) {
      pendingReference = {
        path: inputs.reference,
        cwd: ctx.cwd,
        columns: wanted,
        columnTypes: options.columnTypes,
        skip,
        sample: inputs.sample,
        seed: inputs.seed,
      };
      reference = undefined as unknown as DataSource; // set below, with the current file
      referenceRows = 0;
    } else {
      const table = await read(inputs.reference);
      if (inputs['profile-out'] || useCache) profile = profileTable(table, inputs['profile-points']);
      if (useCache) {
        await writeProfile(profile!, cachedPath, ctx.cwd);
        await trySave(cache, cachedPath, key, ctx.log);
        cacheState = 'saved';
      }
      sampledReference = sampleRows(table.rowCount, inputs.sample, inputs.seed);
      reference = tableSource(table, sampledReference, true);
      referenceRows = table.rowCount;
    }
  }
  if (inputs['profile-out'] && profile) {
    await writeProfile(profile, inputs['profile-out'], ctx.cwd);
    ctx.log.info(`drift-check: wrote the reference profile to ${inputs['profile-out']}`);
  }
  if (!inputs.current) return profileOnly(inputs, profile!);

  // The current file, prepared as soon as it is read (sorted while a worker may still prepare the reference).
  const currentPath = inputs.current;
  // `alone`: no other thread is reading the reference, so the current file may take both cores.
  const readCurrent = async (alone: boolean): Promise<PreparedReference> => {
    const bundle = alone && inputs.sample === undefined ? bundleUrl(ctx.env) : undefined;
    if (bundle) {
      const prepare = { columnTypes: options.columnTypes, skip };
      const parts = await prepareCurrentInParts({ path: currentPath, cwd: ctx.cwd, columns: wanted, prepare, bundle, progress: (p: Progress) => ctx.progress(p) });
      if ('prepared' in parts) {
        ctx.log.debug(`drift-check: ${currentPath} read and sorted in two threads`);
        return parts.prepared;
      }
      ctx.log.debug(`drift-check: ${currentPath} read in one thread (${parts.whole})`);
    }
    const table = await read(currentPath);
    return prepareReference(table, { columnTypes: options.columnTypes, skip, rows: sampleRows(table.rowCount, inputs.sample, inputs.seed + 1), consume: true });
  };
  let sampledReferenceRows = sampledReference?.length ?? null;
  let cur: PreparedReference;
  if (pendingReference) {
    // MODELGATE_THREADS=1 keeps the reference in this thread (for comparisons and as a way out).
    const url = bundleUrl(ctx.env);
    const started = startReference(pendingReference, url, (p: Progress) => ctx.progress(p));
    // In-thread, one file after the other (as without a worker); with one, both at once.
    const [refDone, curDone] = url
      ? await Promise.allSettled([started, readCurrent(false)])
      : [await started.then((v) => ({ status: 'fulfilled' as const, value: v })), await readCurrent(false).then((v) => ({ status: 'fulfilled' as const, value: v }))];
    if (refDone.status === 'rejected') throw refDone.reason;
    if (curDone.status === 'rejected') throw curDone.reason;
    reference = preparedSource(refDone.value);
    referenceRows = refDone.value.tableRows;
    if (refDone.value.rowCount !== refDone.value.tableRows) sampledReferenceRows = refDone.value.rowCount;
    cur = curDone.value;
  } else cur = await readCurrent(true);
  const current = preparedSource(cur);
  const evaluation = evaluateDrift(reference, current, options);
  // Columns compared against a sketched reference carry the sketch's CDF error bound.
  const sketched = profile && (profileGiven || cacheState === 'hit') ? sketchedColumns(profile) : [];
  for (const s of sketched) {
    const c = evaluation.columns.find((x) => x.name === s.column);
    if (c) {
      c.referenceError = s.error;
      c.note = `${c.note ? `${c.note}; ` : ''}reference sketched: its CDF is within ${Number(s.error.toPrecision(3))} of the data's`;
    }
  }
  const checks = driftChecks(evaluation);
  let dispatched: string | undefined;
  if (inputs['dispatch-on-drift'] && evaluation.dataset.drifted) dispatched = await dispatch(evaluation, inputs, ctx);
  const d = evaluation.dataset;
  const report = makeReport({
    gate: 'drift-check',
    inputs: { ...inputs },
    checks,
    summary: driftSummary(evaluation),
    sections: {
      columns: columnsSection(evaluation),
      dataset: {
        drifted: d.drifted,
        share: d.share,
        threshold: d.threshold,
        warnShare: d.warnShare,
        driftedColumns: d.driftedColumns,
        evaluatedColumns: d.evaluatedColumns,
        insufficientColumns: d.insufficientColumns,
      },
      quality: evaluation.quality,
      rows: { reference: referenceRows, current: cur.tableRows, sampledReference: sampledReferenceRows, sampledCurrent: cur.rowCount !== cur.tableRows ? cur.rowCount : null },
      ...(profile && profileGiven ? { referenceProfile: refPaths } : {}),
      ...(cacheState ? { profileCache: cacheState } : {}),
      ...(dispatched ? { dispatch: dispatched } : {}),
    },
  });
  const driftedColumns = evaluation.columns.filter((c) => c.role === 'feature' && c.drifted).map((c) => c.name);
  return {
    report,
    outputs: {
      'drift-detected': String(d.drifted),
      'drift-share': String(d.share),
      'drifted-columns': JSON.stringify(driftedColumns),
    },
    markdown: renderDrift(evaluation),
  };
}

export default defineGate<DriftCheckInputs>({
  name: 'drift-check',
  title: 'Drift check',
  description: 'Per-feature and dataset drift between a reference and a current dataset, with the tests and thresholds of Evidently and the definitions of scipy.',
  inputs,
  outputs,
  schema: schema as unknown as z.ZodType<DriftCheckInputs>,
  run: runDriftCheck,
  reportSections,
  docTables: () => ({ methods: methodTable() }),
});
