/**
 * Promotion policy, as pure functions of the registry state: which stage
 * order is allowed, which gate verdicts a version needs, how many versions a
 * stage holds, and what tags a promotion, demotion or rollback writes.
 */
import type { Check } from '../core/report.js';
import { UserError } from '../core/errors.js';
import type { Change } from './backend.js';
import type { ModelRecord } from './record.js';
import type { ArtifactState, VersionState } from './registry-state.js';

export interface PromotionPolicy {
  /** Allowed stages in promotion order, e.g. dev, staging, production; empty = any stage, any order. */
  stages: string[];
  /** When true, stage i may only be given to a version now in stage i-1. */
  requireOrder: boolean;
  /** Gates whose verdict in the version's record must be `pass`. */
  requireVerdicts: string[];
  /** Check runs that must have concluded `success` on the version's source commit. */
  requireChecks: string[];
  /** Versions one stage holds at once (1 = a promotion replaces the holder; 0 = no limit). */
  versionsPerStage: number;
}

/** Conclusion of a named check run on a commit; null when there is none; undefined when unknown (no API). */
export type CheckRunLookup = (name: string) => Promise<string | null | undefined>;

export function assertKnownStage(stage: string, policy: PromotionPolicy): void {
  if (policy.stages.length && !policy.stages.includes(stage)) {
    throw new UserError(`unknown stage "${stage}"; the policy allows ${policy.stages.join(', ')}`, { field: 'stage' });
  }
}

/** Versions on which a stage is now active (whatever the display rule). */
export function holders(state: ArtifactState, stage: string): VersionState[] {
  return state.versions
    .filter((v) => v.active && v.stages.some((s) => s.stage === stage))
    .sort((a, b) => since(a, stage) - since(b, stage));
}

function since(v: VersionState, stage: string): number {
  return v.stages.find((s) => s.stage === stage)?.since ?? 0;
}

export function findVersion(state: ArtifactState, version: string | undefined): VersionState {
  if (!version) {
    const latest = state.versions.find((v) => v.active && v.registered);
    if (!latest) throw new UserError(`artifact "${state.name}" has no registered version`, { field: 'name' });
    return latest;
  }
  const v = state.versions.find((x) => x.version === version);
  if (!v || !v.registered) throw new UserError(`artifact "${state.name}" has no version ${version}`, { field: 'version' });
  if (!v.active) throw new UserError(`${state.name}@${version} is deregistered`, { field: 'version' });
  return v;
}

/** The gate-verdict and stage-order checks of a promotion (check runs are added by the caller). */
export function promotionChecks(
  state: ArtifactState,
  version: VersionState,
  record: ModelRecord | null,
  stage: string,
  policy: PromotionPolicy,
): Check[] {
  const checks: Check[] = [];
  const idx = policy.stages.indexOf(stage);
  if (policy.requireOrder && idx > 0) {
    const before = policy.stages[idx - 1];
    const ok = version.stages.some((s) => s.stage === before);
    checks.push({
      id: 'policy.stage-order',
      subject: stage,
      name: 'Stage order',
      value: version.stages.map((s) => s.stage).join(', ') || 'none',
      threshold: `in ${before}`,
      verdict: ok ? 'pass' : 'fail',
      message: ok
        ? `${version.version} is in ${before}, so it may enter ${stage}`
        : `${version.version} is not in ${before}: ${stage} is reachable only from ${before}`,
    });
  }
  for (const gate of policy.requireVerdicts) {
    const g = record?.gates.find((x) => x.gate === gate);
    checks.push({
      id: `policy.verdict.${gate}`,
      subject: gate,
      name: 'Required gate verdict',
      value: g ? g.verdict : null,
      threshold: '= pass',
      verdict: g?.verdict === 'pass' ? 'pass' : 'fail',
      message: g
        ? `${gate} recorded ${g.verdict} for ${version.version}`
        : `no ${gate} report was recorded with ${version.version}`,
    });
  }
  return checks;
}

/** Required check runs, looked up on GitHub when possible, else from the record's reports. */
export async function checkRunChecks(
  names: string[],
  record: ModelRecord | null,
  lookup: CheckRunLookup | null,
): Promise<Check[]> {
  const checks: Check[] = [];
  for (const name of names) {
    const conclusion = lookup ? await lookup(name) : undefined;
    if (conclusion !== undefined) {
      checks.push({
        id: `policy.check-run.${name}`,
        subject: name,
        name: 'Required check run',
        value: conclusion,
        threshold: '= success',
        verdict: conclusion === 'success' ? 'pass' : 'fail',
        message: conclusion === null ? `no check run "${name}" on the version's commit` : `check run "${name}" concluded ${conclusion}`,
      });
      continue;
    }
    const g = record?.gates.find((x) => x.gate === name);
    checks.push({
      id: `policy.check-run.${name}`,
      subject: name,
      name: 'Required check run',
      value: g ? g.verdict : null,
      threshold: '= pass',
      verdict: g?.verdict === 'pass' ? 'pass' : 'fail',
      message: `GitHub API not available: relied on the record's reports, where ${name} ${g ? `recorded ${g.verdict}` : 'is absent'}`,
    });
  }
  return checks;
}

/** Tags a promotion writes: unassign holders beyond the limit, then assign. */
export function promotionChanges(state: ArtifactState, version: string, stage: string, versionsPerStage: number): Change[] {
  const current = holders(state, stage);
  if (current.some((v) => v.version === version)) return [];
  const changes: Change[] = [];
  if (versionsPerStage > 0) {
    const keep = versionsPerStage - 1;
    const drop = current.slice(0, Math.max(0, current.length - keep));
    for (const v of drop) changes.push({ kind: 'unassign', stage, version: v.version });
  }
  changes.push({ kind: 'assign', stage, version });
  return changes;
}

/**
 * The version a stage held before its current holder: walking the stage's
 * assignments back in time from the current holder's latest one, the first
 * other version that is still registered.
 */
export function previousHolder(state: ArtifactState, stage: string, current: string): string | null {
  const assigns = state.events.filter((e) => e.parsed.action === 'assign' && e.parsed.stage === stage);
  const versionAt = (commit: string) => state.versions.find((v) => v.commit === commit && v.registered) ?? null;
  let seenCurrent = false;
  for (let i = assigns.length - 1; i >= 0; i--) {
    const v = versionAt(assigns[i].commit);
    if (!v) continue;
    if (v.version === current) {
      seenCurrent = true;
      continue;
    }
    if (seenCurrent && v.active) return v.version;
  }
  return null;
}
