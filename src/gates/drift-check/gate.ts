/**
 * drift-check: per-feature and dataset drift between a reference and a
 * current dataset, with Evidently's test choice and thresholds, scipy's
 * definitions, data-quality findings beside drift, and an optional
 * `repository_dispatch` on dataset drift to start retraining.
 */
import { UserError } from '../../core/errors.js';
import { defineGate, type GateContext, type GateResult, type Progress } from '../../core/gate.js';
import { makeReport } from '../../core/make-report.js';
import { reportNumber } from '../../core/report-number.js';
import { readTable } from '../../readers/index.js';
import type { GitHubClient } from '../../github/client.js';
import { repositoryDispatch } from '../../github/dispatch.js';
import { driftChecks, driftReason } from './checks.js';
import { evaluateDrift, severity, type DriftEvaluation } from './evaluate.js';
import { inputs, outputs, type DriftCheckInputs } from './inputs.js';
import { toOptions } from './options.js';
import { methodTable } from './method-table.js';
import { renderDrift, renderDriftHeadline } from './render.js';
import { plural } from '../../render/findings.js';
import { code } from '../../render/markdown.js';
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

export { inputs, outputs, type DriftCheckInputs };

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
    ...(c.size ? { size: c.size } : {}),
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
    reason: `wrote the profile of ${profile.rows} reference rows (${profile.columns.length} columns) to ${inputs['profile-out']}`,
    sections: { profile: { path: inputs['profile-out'], rows: profile.rows, columns: profile.columns.length } },
  });
  return {
    report,
    outputs: { 'drift-detected': 'false', 'drift-share': '0', 'drifted-columns': '[]' },
    markdown: '',
    headline: {
      reason: `Wrote the reference profile of ${plural(profile.rows, 'row')} and ${plural(profile.columns.length, 'column')} to ${code(inputs['profile-out'] ?? '')}.`,
      next: `pass it as \`reference\` to later runs (or let \`cache-profile\` keep it).`,
      compared: `${code(inputs.reference)}, profiled alone (no current data).`,
    },
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
  const read = (path: string) => readTable(path, { ...ctx.readLimits, cwd: ctx.cwd, columns: wanted, progress: (p: Progress) => ctx.progress(p) });

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
    const key = useCache ? await profileCacheKey(inputs.reference, ctx.cwd, wanted, inputs['profile-points']) : '';
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
        limits: ctx.readLimits,
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
      const parts = await prepareCurrentInParts({ path: currentPath, cwd: ctx.cwd, limits: ctx.readLimits, columns: wanted, prepare, bundle, progress: (p: Progress) => ctx.progress(p) });
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
    reason: driftReason(evaluation, checks),
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
      ...(evaluation.distributions.length ? { charts: { distributions: evaluation.distributions } } : {}),
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
    markdown: renderDrift(evaluation, checks),
    headline: renderDriftHeadline(evaluation, checks, report.verdict, {
      reference: inputs.reference,
      current: currentPath,
      referenceRows,
      currentRows: cur.tableRows,
    }),
  };
}

export default defineGate({
  name: 'drift-check',
  title: 'Drift check',
  description: 'Per-feature and dataset drift between a reference and a current dataset, with the tests and thresholds of Evidently and the definitions of scipy.',
  inputs,
  outputs,
  run: runDriftCheck,
  reportSections,
  docTables: () => ({ methods: methodTable() }),
});
