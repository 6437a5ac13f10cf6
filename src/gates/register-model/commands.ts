/** The seven commands of register-model, written against a RegistryBackend. */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { GateContext, GateResult, Headline } from '../../core/gate.js';
import type { Check } from '../../core/report.js';
import { makeReport } from '../../core/make-report.js';
import { UserError } from '../../core/errors.js';
import { plural } from '../../render/findings.js';
import { code, details, icon, table, text } from '../../render/markdown.js';
import type { RegistryBackend } from '../../registry/backend.js';
import { assertValidName } from '../../registry/gto-tag.js';
import { diffManifests, hashPath, type FileHash } from '../../registry/manifest.js';
import { modelCard } from '../../registry/model-card.js';
import {
  assertKnownStage,
  checkRunChecks,
  findVersion,
  holders,
  previousHolder,
  promotionChanges,
  promotionChecks,
  type CheckRunLookup,
  type PromotionPolicy,
} from '../../registry/promotion-policy.js';
import { readGateReport, recordFromMessage, RECORD_FORMAT, type AuditEntry, type ModelRecord } from '../../registry/record.js';
import type { ArtifactState, VersionState } from '../../registry/registry-state.js';
import { normalizeVersion } from '../../registry/semver.js';
import type { RegisterModelInputs } from './inputs.js';
import { checksMarkdown, embedDocument, promotionNext, versionName } from './render.js';

export interface Registration {
  name: string;
  version: string | null;
  tag: string | null;
  sha256: string | null;
  stage: string | null;
  files: FileHash[];
}

interface Outcome {
  checks: Check[];
  summary: string;
  registration: Registration;
  outputs: Record<string, string>;
  body: string;
  /** Reason, next action, what was compared (the report frame shows them first). */
  headline: Headline;
  extra?: Record<string, unknown>;
}

function need(value: string | undefined, input: string, command: string): string {
  if (!value) throw new UserError(`required for ${command}`, { field: `input ${input}` });
  return value;
}

function policyOf(inputs: RegisterModelInputs): PromotionPolicy {
  for (const s of inputs.stages) assertValidName(s, 'stages');
  return {
    stages: inputs.stages,
    requireOrder: inputs['require-stage-order'],
    requireVerdicts: inputs['require-verdicts'],
    requireChecks: inputs['require-checks'],
    versionsPerStage: inputs['versions-per-stage'],
  };
}

function actorOf(ctx: GateContext): string {
  const fromEnv = ctx.run.actor ?? ctx.env.GITHUB_ACTOR ?? ctx.env.USER ?? ctx.env.USERNAME;
  if (fromEnv) return fromEnv;
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

function recordOf(v: VersionState | undefined): ModelRecord | null {
  return v ? recordFromMessage(v.message) : null;
}

function stagesOf(v: VersionState, state: ArtifactState): string[] {
  return Object.entries(state.stages)
    .filter(([, list]) => list.some((s) => s.version === v.version))
    .map(([stage]) => stage);
}

function emptyRegistration(name: string): Registration {
  return { name, version: null, tag: null, sha256: null, stage: null, files: [] };
}

/** "at commit `a1b2c3d`" when the record names one. */
function atCommit(rec: ModelRecord | null): string {
  const commit = rec?.git.commit;
  return commit ? ` at commit ${code(commit.slice(0, 7))}` : '';
}

/** The version, its manifest and commit: what a stage command works on. */
function versionFacts(name: string, version: string, rec: ModelRecord | null): string {
  return `${versionName(name, version)}${rec ? ` (manifest ${code(rec.sha256.slice(0, 12))}${atCommit(rec)})` : ''}`;
}

/** GitHub check-run lookup on a commit, when the run has a GitHub client. */
function checkRunLookup(ctx: GateContext, commit: string | null): CheckRunLookup | null {
  const repo = ctx.run.repository;
  if (!ctx.github || !repo || !commit) return null;
  const github = ctx.github;
  const [owner, name] = repo.split('/');
  return async (checkName: string) => {
    try {
      const gh = await github();
      const res = await gh.rest.checks.listForRef({ owner, repo: name, ref: commit, check_name: checkName, filter: 'latest' });
      const run = res.data.check_runs[0];
      if (!run) return null;
      return run.status === 'completed' ? run.conclusion : run.status;
    } catch (err) {
      throw new UserError(`cannot read check runs of ${commit.slice(0, 7)} from GitHub: ${(err as Error).message.split('\n')[0]}`, {
        field: 'require-checks',
      });
    }
  };
}

async function register(inputs: RegisterModelInputs, ctx: GateContext, backend: RegistryBackend): Promise<Outcome> {
  const name = need(inputs.name, 'name', 'register');
  assertValidName(name, 'name');
  const modelPath = need(inputs.path, 'path', 'register');
  const explicit = inputs.version ? normalizeVersion(inputs.version) : undefined;
  const manifest = await hashPath(modelPath, ctx.cwd, 'path');
  const data: ModelRecord['data'] = [];
  for (const d of inputs.data) {
    const m = await hashPath(d, ctx.cwd, 'data');
    data.push({ path: d, sha256: m.sha256, bytes: m.bytes, files: m.files.length });
  }
  const gates: ModelRecord['gates'] = [];
  for (const r of inputs.reports) gates.push(await readGateReport(r, ctx.cwd));
  const actor = actorOf(ctx);
  const outcome = await backend.register({
    name,
    manifest,
    version: explicit,
    bump: inputs.bump,
    actor,
    buildRecord: (version, time, commit) => ({
      modelgate: RECORD_FORMAT,
      action: 'register',
      name,
      version,
      sha256: manifest.sha256,
      bytes: manifest.bytes,
      path: modelPath,
      files: manifest.files,
      data,
      metadata: inputs.metadata as Record<string, unknown>,
      gates,
      git: { commit: commit ?? ctx.run.sha ?? null, ref: ctx.run.ref ?? (inputs.ref !== 'HEAD' ? inputs.ref : null) },
      run: {
        url: ctx.run.runUrl ?? null,
        actor,
        workflow: ctx.run.workflow ?? null,
        id: ctx.run.runId ?? null,
        repository: ctx.run.repository ?? null,
      },
      time,
    }),
  });
  const rec = outcome.record;
  const uri = backend.modelUri(name, outcome.version, rec);
  const card = modelCard(rec, { tag: outcome.tag, uri });
  const cardPath = path.resolve(ctx.cwd, inputs['model-card'] ?? path.join(ctx.tempDir, `${name.replace(/\//g, '-')}-${outcome.version}.md`));
  await mkdir(path.dirname(cardPath), { recursive: true });
  await writeFile(cardPath, card);
  const checks: Check[] = [
    {
      id: 'registration',
      subject: name,
      name: 'Registration',
      value: outcome.version,
      threshold: null,
      verdict: 'pass',
      message: outcome.existing
        ? `the same files (manifest ${rec.sha256.slice(0, 12)}) are already registered as ${outcome.version}; no new version`
        : `registered ${outcome.tag}${outcome.attempts > 1 ? ` after ${outcome.attempts} attempts (other registrations ran at the same time)` : ''}`,
    },
  ];
  const summary = outcome.existing
    ? `${name} ${outcome.version} already holds these files (manifest ${rec.sha256.slice(0, 12)})`
    : `registered ${name} ${outcome.version} (${rec.files.length} file${rec.files.length === 1 ? '' : 's'}, manifest ${rec.sha256.slice(0, 12)})`;
  const first = inputs.stages[0];
  const reports = rec.gates.length
    ? `gate reports: ${rec.gates.map((g) => `${code(g.gate)} ${icon((['pass', 'warn', 'fail'].includes(g.verdict) ? g.verdict : 'insufficient') as 'pass')} ${text(g.verdict)}`).join(', ')}`
    : 'no gate reports';
  const headline: Headline = {
    reason: outcome.existing
      ? `The same files are already registered as ${versionName(name, outcome.version)} (manifest ${code(rec.sha256.slice(0, 12))}); no new version.`
      : `Registered ${versionName(name, outcome.version)}: ${plural(rec.files.length, 'file')}, manifest ${code(rec.sha256.slice(0, 12))}, tag ${code(outcome.tag)}.`,
    next: first ? `promote ${code(outcome.version)} to ${code(first)} when it is ready (\`command: promote\`, \`stage: ${text(first)}\`).` : 'promote it to a stage when it is ready (`command: promote`).',
    compared: `${code(modelPath)}${atCommit(rec)}; ${reports}.`,
  };
  return {
    checks,
    summary,
    registration: { name, version: outcome.version, tag: outcome.tag, sha256: rec.sha256, stage: null, files: rec.files },
    outputs: { name, version: outcome.version, tag: outcome.tag, sha256: rec.sha256, stage: '', 'model-uri': uri, 'model-card': cardPath },
    body: details('Model card', embedDocument(card)),
    headline,
    extra: { existing: outcome.existing },
  };
}

function audit(ctx: GateContext, inputs: RegisterModelInputs, action: AuditEntry['action'], name: string, extra: Partial<AuditEntry>): AuditEntry {
  return {
    modelgate: RECORD_FORMAT,
    action,
    name,
    time: new Date().toISOString(),
    actor: actorOf(ctx),
    reason: inputs.reason ?? null,
    run: ctx.run.runUrl ?? null,
    ...extra,
  };
}

async function promote(inputs: RegisterModelInputs, ctx: GateContext, backend: RegistryBackend): Promise<Outcome> {
  const name = need(inputs.name, 'name', 'promote');
  assertValidName(name, 'name');
  const stage = need(inputs.stage, 'stage', 'promote');
  assertValidName(stage, 'stage');
  const policy = policyOf(inputs);
  assertKnownStage(stage, policy);
  const wanted = inputs.version ? normalizeVersion(inputs.version) : undefined;
  const loadOpts = { sort: inputs.sort, versionsPerStage: inputs['versions-per-stage'] || -1 };
  const first = await backend.load(name, loadOpts);
  const v0 = findVersion(first, wanted ?? defaultPromotionVersion(first, stage, policy));
  const rec0 = recordOf(v0);
  const runChecks = await checkRunChecks(policy.requireChecks, rec0, checkRunLookup(ctx, rec0?.git.commit ?? null));
  let checks: Check[] = [];
  let previous: string | null = null;
  const { written } = await backend.apply(
    name,
    (state) => {
      const v = findVersion(state, v0.version);
      checks = [...promotionChecks(state, v, recordOf(v), stage, policy), ...runChecks];
      previous = holders(state, stage).map((h) => h.version).filter((x) => x !== v.version).pop() ?? null;
      const failed = checks.some((c) => c.verdict === 'fail');
      return {
        changes: failed ? [] : promotionChanges(state, v.version, stage, policy.versionsPerStage),
        audit: audit(ctx, inputs, 'promote', name, { stage, version: v.version, previous }),
      };
    },
    loadOpts,
  );
  const failed = checks.filter((c) => c.verdict === 'fail');
  const already = failed.length === 0 && written.length === 0;
  checks.push({
    id: 'promotion',
    subject: stage,
    name: 'Promotion',
    value: v0.version,
    threshold: null,
    verdict: failed.length ? 'fail' : 'pass',
    message: failed.length
      ? `not promoted: ${failed[0].message}`
      : already
        ? `${v0.version} is already in ${stage}`
        : `${v0.version} assigned to ${stage}${previous ? ` (was ${previous})` : ''}: ${written.join(', ')}`,
  });
  const summary = failed.length
    ? `${name} ${v0.version} not promoted to ${stage}: ${failed[0].message}`
    : already
      ? `${name} ${v0.version} is already in ${stage}`
      : `promoted ${name} ${v0.version} to ${stage}${previous ? ` (replacing ${previous})` : ''}`;
  const idx = policy.stages.indexOf(stage);
  const after = idx >= 0 ? policy.stages[idx + 1] : undefined;
  const headline: Headline = {
    reason: failed.length
      ? `${versionName(name, v0.version)} was not promoted to ${code(stage)}: ${text(failed[0].message ?? failed[0].name)}.`
      : already
        ? `${versionName(name, v0.version)} is already in ${code(stage)}; nothing changed.`
        : `Promoted ${versionName(name, v0.version)} to ${code(stage)}${previous ? `, replacing ${code(previous)}` : ''}.`,
    next: failed.length ? promotionNext(failed[0], v0.version, stage, policy.stages) : after ? `promote it to ${code(after)} once it has proven itself in ${code(stage)}.` : 'nothing to do.',
    compared: `${versionFacts(name, v0.version, rec0)} → ${code(stage)}${policy.stages.length ? `; stages ${policy.stages.map((x) => code(x)).join(' → ')}` : ''}.`,
  };
  return stageOutcome(name, v0, rec0, stage, checks, summary, backend, written, headline, 'promotion');
}

/**
 * Without an explicit version: under an enforced stage order, the version
 * now in the stage before (staging's holder goes to production); else the latest.
 */
function defaultPromotionVersion(state: ArtifactState, stage: string, policy: PromotionPolicy): string | undefined {
  const idx = policy.stages.indexOf(stage);
  if (!policy.requireOrder || idx <= 0) return undefined;
  const before = policy.stages[idx - 1];
  const holder = holders(state, before).pop();
  if (!holder) throw new UserError(`no version of ${state.name} is in ${before}, the stage before ${stage}`, { field: 'version' });
  return holder.version;
}

function stageOutcome(
  name: string,
  v: VersionState,
  rec: ModelRecord | null,
  stage: string | null,
  checks: Check[],
  summary: string,
  backend: RegistryBackend,
  written: string[],
  headline: Headline,
  summaryId?: string,
): Outcome {
  const uri = backend.modelUri(name, v.version, rec);
  const body = [checksMarkdown(checks, summaryId), written.length ? `Tags written: ${written.map((t) => code(t)).join(', ')}` : ''].filter(Boolean).join('\n\n');
  return {
    checks,
    summary,
    registration: { name, version: v.version, tag: v.tag, sha256: rec?.sha256 ?? null, stage, files: rec?.files ?? [] },
    outputs: { name, version: v.version, tag: v.tag ?? '', sha256: rec?.sha256 ?? '', stage: stage ?? '', 'model-uri': uri, 'model-card': '' },
    body,
    headline,
    extra: { written },
  };
}

async function demote(inputs: RegisterModelInputs, ctx: GateContext, backend: RegistryBackend): Promise<Outcome> {
  const name = need(inputs.name, 'name', 'demote');
  assertValidName(name, 'name');
  const stage = need(inputs.stage, 'stage', 'demote');
  assertValidName(stage, 'stage');
  assertKnownStage(stage, policyOf(inputs));
  const wanted = inputs.version ? normalizeVersion(inputs.version) : undefined;
  let target: VersionState | null = null;
  const { written } = await backend.apply(name, (state) => {
    const hs = holders(state, stage);
    if (hs.length === 0) throw new UserError(`no version of ${name} is in stage ${stage}`, { field: 'stage' });
    const v = wanted ? hs.find((h) => h.version === wanted) : hs[hs.length - 1];
    if (!v) throw new UserError(`${name}@${wanted} is not in stage ${stage}`, { field: 'version' });
    target = v;
    return { changes: [{ kind: 'unassign', stage, version: v.version }], audit: audit(ctx, inputs, 'demote', name, { stage, version: v.version }) };
  });
  const v = target as unknown as VersionState;
  const checks: Check[] = [
    { id: 'demotion', subject: stage, name: 'Demotion', value: v.version, threshold: null, verdict: 'pass', message: `${v.version} removed from ${stage}: ${written.join(', ')}` },
  ];
  const demoted: Headline = {
    reason: `Removed ${versionName(name, v.version)} from ${code(stage)}.`,
    next: 'nothing to do.',
    compared: `${versionFacts(name, v.version, recordOf(v))} in ${code(stage)}.`,
  };
  return stageOutcome(name, v, recordOf(v), stage, checks, `removed ${name} ${v.version} from ${stage}`, backend, written, demoted);
}

async function rollback(inputs: RegisterModelInputs, ctx: GateContext, backend: RegistryBackend): Promise<Outcome> {
  const name = need(inputs.name, 'name', 'rollback');
  assertValidName(name, 'name');
  const stage = need(inputs.stage, 'stage', 'rollback');
  assertValidName(stage, 'stage');
  assertKnownStage(stage, policyOf(inputs));
  let from: string | null = null;
  let to: string | null = null;
  let state0: ArtifactState | null = null;
  const { written } = await backend.apply(name, (state) => {
    state0 = state;
    const hs = holders(state, stage);
    if (hs.length === 0) throw new UserError(`no version of ${name} is in stage ${stage}; nothing to roll back`, { field: 'stage' });
    from = hs[hs.length - 1].version;
    to = previousHolder(state, stage, from);
    if (!to) throw new UserError(`${stage} has had no version of ${name} before ${from}; nothing to roll back to`, { field: 'stage' });
    return {
      changes: [
        { kind: 'unassign', stage, version: from },
        { kind: 'assign', stage, version: to },
      ],
      audit: audit(ctx, inputs, 'rollback', name, { stage, version: to, previous: from }),
    };
  });
  const st = state0 as unknown as ArtifactState;
  const v = st.versions.find((x) => x.version === to)!;
  const checks: Check[] = [
    { id: 'rollback', subject: stage, name: 'Rollback', value: to, threshold: null, verdict: 'pass', message: `${stage} goes back from ${from} to ${to}: ${written.join(', ')}` },
  ];
  const rolled: Headline = {
    reason: `Rolled ${code(stage)} of ${code(name)} back from ${code(from ?? '')} to ${code(to ?? '')}.`,
    next: `find out what went wrong with ${code(from ?? '')} before promoting a version to ${code(stage)} again.`,
    compared: `${code(from ?? '')} → ${versionFacts(name, v.version, recordOf(v))} in ${code(stage)}.`,
  };
  return stageOutcome(name, v, recordOf(v), stage, checks, `rolled ${name} ${stage} back from ${from} to ${to}`, backend, written, rolled);
}

async function deprecate(inputs: RegisterModelInputs, ctx: GateContext, backend: RegistryBackend): Promise<Outcome> {
  const name = need(inputs.name, 'name', 'deprecate');
  assertValidName(name, 'name');
  const wanted = inputs.version ? normalizeVersion(inputs.version) : undefined;
  let target: VersionState | null = null;
  const { written } = await backend.apply(name, (state) => {
    if (state.versions.length === 0) throw new UserError(`artifact "${name}" is not in the registry`, { field: 'name' });
    if (wanted) {
      const v = findVersion(state, wanted);
      target = v;
      return { changes: [{ kind: 'deregister', version: v.version }], audit: audit(ctx, inputs, 'deregister', name, { version: v.version }) };
    }
    if (state.deprecated) return { changes: [], audit: audit(ctx, inputs, 'deprecate', name, {}) };
    return { changes: [{ kind: 'deprecate' }], audit: audit(ctx, inputs, 'deprecate', name, {}) };
  });
  const what = wanted ? `version ${wanted}` : `artifact ${name}`;
  const checks: Check[] = [
    {
      id: 'deprecation',
      subject: name,
      name: 'Deprecation',
      value: wanted ?? name,
      threshold: null,
      verdict: 'pass',
      message: written.length ? `deprecated ${what}: ${written.join(', ')}` : `${what} was already deprecated`,
    },
  ];
  const registration = emptyRegistration(name);
  const t = target as VersionState | null;
  if (t) Object.assign(registration, { version: t.version, tag: t.tag, sha256: recordOf(t)?.sha256 ?? null });
  return {
    checks,
    summary: written.length ? `deprecated ${name}${wanted ? ` ${wanted}` : ''}` : `${name}${wanted ? ` ${wanted}` : ''} was already deprecated`,
    registration,
    outputs: { name, version: wanted ?? '', tag: written[0] ?? '', sha256: registration.sha256 ?? '', stage: '', 'model-uri': '', 'model-card': '' },
    body: `${checksMarkdown(checks)}${written.length ? `\n\nTags written: ${written.map((t) => code(t)).join(', ')}` : ''}`,
    headline: {
      reason: written.length ? `Deprecated ${wanted ? versionName(name, wanted) : code(name)}.` : `${wanted ? versionName(name, wanted) : code(name)} was already deprecated; nothing changed.`,
      next: 'nothing to do.',
      compared: `${wanted ? `version ${code(wanted)} of ` : 'the artifact '}${code(name)}.`,
    },
    extra: { written },
  };
}

/** Stages in the policy's order, then the others alphabetically. */
function orderStages(names: string[], policyOrder: string[]): string[] {
  const rank = (s: string) => {
    const i = policyOrder.indexOf(s);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...names].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function fmtTime(seconds: number | null): string {
  return seconds ? new Date(seconds * 1000).toISOString().replace('T', ' ').slice(0, 16) : '–';
}

function versionRows(state: ArtifactState): string[][] {
  return state.versions
    .filter((v) => v.registered)
    .map((v) => {
      const rec = recordOf(v);
      const verdicts = rec?.gates.map((g) => `${icon((['pass', 'warn', 'fail'].includes(g.verdict) ? g.verdict : 'insufficient') as 'pass')} ${text(g.gate)}`).join('<br>') ?? '';
      return [
        code(v.version),
        v.active ? stagesOf(v, state).map(code).join(', ') || '–' : 'deregistered',
        text(fmtTime(v.registeredAt)),
        rec ? code(rec.sha256.slice(0, 12)) : '–',
        verdicts || '–',
        text(rec?.run.actor ?? ''),
      ];
    });
}

async function show(inputs: RegisterModelInputs, _ctx: GateContext, backend: RegistryBackend): Promise<Outcome> {
  const loadOpts = { sort: inputs.sort, versionsPerStage: inputs['versions-per-stage'] || -1 };
  if (inputs.name) {
    assertValidName(inputs.name, 'name');
    const state = await backend.load(inputs.name, loadOpts);
    if (state.versions.length === 0) throw new UserError(`artifact "${inputs.name}" is not in the registry`, { field: 'name' });
    const rows = versionRows(state);
    const latest = state.versions.find((v) => v.active && v.registered);
    const stageList = orderStages(Object.keys(state.stages), inputs.stages).map((s) => `${s}: ${state.stages[s].map((x) => x.version).join(', ')}`);
    const checks: Check[] = [
      {
        id: 'registry',
        subject: inputs.name,
        name: 'Registry',
        value: rows.length,
        threshold: null,
        verdict: 'pass',
        message: `${rows.length} version(s); latest ${latest?.version ?? 'none'}${state.deprecated ? '; deprecated' : ''}`,
      },
    ];
    const body = [
      `**${text(inputs.name)}**${state.deprecated ? ' (deprecated)' : ''}: latest ${code(latest?.version ?? '–')}${stageList.length ? `; ${stageList.map(text).join('; ')}` : ''}`,
      table(['Version', 'Stages', 'Registered (UTC)', 'Manifest', 'Verdicts', 'By'], rows),
    ].join('\n\n');
    const rec = recordOf(latest);
    return {
      checks,
      summary: `${inputs.name}: ${rows.length} version(s), latest ${latest?.version ?? 'none'}${stageList.length ? `, ${stageList.join('; ')}` : ''}`,
      registration: { name: inputs.name, version: latest?.version ?? null, tag: latest?.tag ?? null, sha256: rec?.sha256 ?? null, stage: null, files: rec?.files ?? [] },
      outputs: { name: inputs.name, version: latest?.version ?? '', tag: latest?.tag ?? '', sha256: rec?.sha256 ?? '', stage: '', 'model-uri': latest ? backend.modelUri(inputs.name, latest.version, rec) : '', 'model-card': '' },
      body,
      headline: {
        reason: `${code(inputs.name)}: ${plural(rows.length, 'version')}, latest ${code(latest?.version ?? 'none')}${stageList.length ? `; ${stageList.map(text).join('; ')}` : ''}${state.deprecated ? ' (deprecated)' : ''}.`,
        next: 'nothing to do.',
        compared: `the registry's tags for ${code(inputs.name)}.`,
      },
      extra: { registry: [summaryOf(state)] },
    };
  }
  const all = await backend.loadAll(loadOpts);
  const stageNames = orderStages([...new Set(all.flatMap((a) => Object.keys(a.stages)))], inputs.stages);
  const rows = all.map((a) => {
    const latest = a.versions.find((v) => v.active && v.registered);
    return [
      code(a.name) + (a.deprecated ? ' (deprecated)' : ''),
      code(latest?.version ?? '–'),
      ...stageNames.map((s) => (a.stages[s]?.length ? a.stages[s].map((x) => code(x.version)).join(', ') : '–')),
    ];
  });
  return {
    checks: [{ id: 'registry', subject: null, name: 'Registry', value: all.length, threshold: null, verdict: 'pass', message: `${all.length} artifact(s)` }],
    summary: `${all.length} artifact(s) in the registry`,
    registration: emptyRegistration(''),
    outputs: { name: '', version: '', tag: '', sha256: '', stage: '', 'model-uri': '', 'model-card': '' },
    body: rows.length ? table(['Name', 'Latest', ...stageNames.map((s) => text(s))], rows) : '',
    headline: {
      reason: all.length ? `${plural(all.length, 'artifact')} in the registry.` : 'The registry is empty.',
      next: 'nothing to do.',
      compared: "the registry's tags.",
    },
    extra: { registry: all.map(summaryOf) },
  };
}

function summaryOf(a: ArtifactState) {
  return {
    name: a.name,
    deprecated: a.deprecated,
    latest: a.versions.find((v) => v.active && v.registered)?.version ?? null,
    stages: Object.fromEntries(Object.entries(a.stages).map(([s, l]) => [s, l.map((x) => x.version)])),
    versions: a.versions
      .filter((v) => v.registered)
      .map((v) => ({
        version: v.version,
        active: v.active,
        registeredAt: v.registeredAt ? new Date(v.registeredAt * 1000).toISOString() : null,
        stages: stagesOf(v, a),
        sha256: recordOf(v)?.sha256 ?? null,
        verdicts: Object.fromEntries((recordOf(v)?.gates ?? []).map((g) => [g.gate, g.verdict])),
      })),
  };
}

async function verify(inputs: RegisterModelInputs, ctx: GateContext, backend: RegistryBackend): Promise<Outcome> {
  const name = need(inputs.name, 'name', 'verify');
  assertValidName(name, 'name');
  const modelPath = need(inputs.path, 'path', 'verify');
  const state = await backend.load(name, { sort: inputs.sort, versionsPerStage: inputs['versions-per-stage'] || -1 });
  let v: VersionState;
  if (inputs.stage && !inputs.version) {
    const h = state.stages[inputs.stage]?.[0];
    if (!h) throw new UserError(`no version of ${name} is in stage ${inputs.stage}`, { field: 'stage' });
    v = findVersion(state, h.version);
  } else {
    v = findVersion(state, inputs.version ? normalizeVersion(inputs.version) : undefined);
  }
  const rec = recordOf(v);
  if (!rec) throw new UserError(`${name}@${v.version} carries no modelgate record (registered by another tool?), so there are no hashes to verify against`, { field: 'version' });
  const actual = await hashPath(modelPath, ctx.cwd, 'path');
  const diff = diffManifests(rec.files, actual.files);
  const checks: Check[] = [];
  for (const c of diff.changed) {
    checks.push({ id: `file.${c.path}`, subject: c.path, name: 'File hash', value: c.actual, threshold: `= ${c.expected}`, verdict: 'fail', message: `${c.path}: SHA-256 differs from ${name}@${v.version}` });
  }
  for (const p of diff.missing) {
    checks.push({ id: `file.${p}`, subject: p, name: 'File present', value: 'missing', threshold: 'present', verdict: 'fail', message: `${p}: registered with ${name}@${v.version} but missing` });
  }
  for (const p of diff.extra) {
    checks.push({ id: `file.${p}`, subject: p, name: 'File registered', value: 'extra', threshold: 'absent', verdict: 'fail', message: `${p}: not part of ${name}@${v.version}` });
  }
  const same = actual.sha256 === rec.sha256;
  checks.push({
    id: 'manifest',
    subject: modelPath,
    name: 'Manifest hash',
    value: actual.sha256,
    threshold: `= ${rec.sha256}`,
    verdict: same ? 'pass' : 'fail',
    message: same ? `all ${rec.files.length} files match ${name}@${v.version}` : `the files differ from ${name}@${v.version}`,
  });
  const bad = checks.filter((c) => c.verdict === 'fail');
  const summary = bad.length ? bad[0].message! + (bad.length > 2 ? ` (and ${bad.length - 2} more difference(s))` : '') : `${modelPath} matches ${name}@${v.version} (${rec.files.length} files)`;
  const verified: Headline = {
    reason: bad.length
      ? `${code(modelPath)} is not ${versionName(name, v.version)}: ${text(bad[0].message ?? bad[0].name)}${bad.length > 2 ? `, and ${plural(bad.length - 2, 'more difference')}` : ''}.`
      : `${code(modelPath)} matches ${versionName(name, v.version)} (${plural(rec.files.length, 'file')}).`,
    next: bad.length ? `deploy the files registered as ${versionName(name, v.version)}, or register these as a new version.` : 'nothing to do.',
    compared: `${code(modelPath)} against ${versionFacts(name, v.version, rec)}.`,
  };
  return stageOutcome(name, v, rec, inputs.stage ?? null, checks, summary, backend, [], verified, 'manifest');
}

export const COMMAND_RUNNERS = { register, promote, demote, rollback, deprecate, show, verify } as const;

export async function runCommand(inputs: RegisterModelInputs, ctx: GateContext, backend: RegistryBackend): Promise<GateResult> {
  const o = await COMMAND_RUNNERS[inputs.command](inputs, ctx, backend);
  const report = makeReport({
    gate: 'register-model',
    inputs: { ...inputs },
    checks: o.checks,
    reason: o.summary,
    sections: { registration: o.registration, command: inputs.command, backend: backend.kind, ...o.extra },
  });
  const headline = { ...o.headline, compared: `${o.headline.compared.replace(/\.$/, '')} (${text(inputs.command)}, ${text(backend.kind)} backend).` };
  return { report, outputs: o.outputs, markdown: o.body, headline };
}
