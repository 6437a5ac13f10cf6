/**
 * The registry state GTO derives from its tags (iterative/gto `gto/base.py`),
 * as a pure function of the tag events.
 *
 * Rules, as GTO applies them:
 * - Events are ordered by the tag's creation time (the tagger date).
 *   modelgate writes strictly increasing tagger dates per artifact; equal
 *   dates are ordered by counter, then tag name.
 * - A version is active when its latest register/deregister event is a
 *   registration.
 * - An assignment or unassignment belongs to the version registered at the
 *   tag's commit (GTO looks versions up by commit); with no registered version
 *   there, the commit itself plays the version, as GTO does.
 * - A stage is active on a version when the latest assign/unassign event of
 *   that stage on that version is an assignment.
 * - Which version is "in" a stage: among active versions with the stage
 *   active, by default the one whose latest assignment is the most recent
 *   ("the latest assignment wins", `gto show`'s default `--sort timestamp`);
 *   with `semver` sorting, the greatest version. Only the first
 *   `versionsPerStage` are kept (GTO's default 1; -1 for all).
 * - An artifact is deprecated when its latest event is a deprecation.
 */
import { compareVersionStrings } from './semver.js';
import type { ParsedTag } from './gto-tag.js';

export interface TagEvent {
  /** The tag's name. */
  tag: string;
  parsed: ParsedTag;
  /** Tagger date, seconds since the epoch. */
  time: number;
  /** The commit the tag points at (peeled). */
  commit: string;
  /** The tag object's message. */
  message: string;
  tagger?: string;
}

export interface StageAssignment {
  stage: string;
  version: string;
  /** Time of the latest assignment of this stage to this version. */
  since: number;
  tag: string;
}

export interface VersionState {
  version: string;
  commit: string;
  /** Whether a registration tag exists (GTO's `is_registered`). */
  registered: boolean;
  active: boolean;
  registeredAt: number | null;
  /** Registration tag (the first one), holding the record. */
  tag: string | null;
  message: string;
  /** Stages currently active on this version. */
  stages: StageAssignment[];
  events: TagEvent[];
}

export interface ArtifactState {
  name: string;
  versions: VersionState[];
  deprecated: boolean;
  /** Stage → versions in it, first wins. */
  stages: Record<string, StageAssignment[]>;
  events: TagEvent[];
}

export type StageSort = 'timestamp' | 'semver';

function byTime(a: TagEvent, b: TagEvent): number {
  if (a.time !== b.time) return a.time - b.time;
  const ca = a.parsed.counter ?? 0;
  const cb = b.parsed.counter ?? 0;
  if (ca !== cb) return ca - cb;
  return a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0;
}

export function buildArtifactState(
  name: string,
  allEvents: TagEvent[],
  options: { sort?: StageSort; versionsPerStage?: number } = {},
): ArtifactState {
  const sort = options.sort ?? 'timestamp';
  const perStage = options.versionsPerStage ?? 1;
  const events = allEvents.filter((e) => e.parsed.artifact === name).sort(byTime);
  const versions = new Map<string, VersionState>();
  const byCommit = new Map<string, VersionState>();
  const get = (version: string, commit: string): VersionState => {
    let v = versions.get(version);
    if (!v) {
      v = { version, commit, registered: false, active: false, registeredAt: null, tag: null, message: '', stages: [], events: [] };
      versions.set(version, v);
    }
    return v;
  };
  // Registrations first, so that assignment tags find their version by commit
  // whatever the order (GTO indexes all tags of an artifact before reading state).
  for (const e of events) {
    if (e.parsed.action === 'register' || e.parsed.action === 'deregister') {
      const v = get(e.parsed.version!, e.commit);
      if (e.parsed.action === 'register' && !v.registered) {
        v.registered = true;
        v.registeredAt = e.time;
        v.tag = e.tag;
        v.message = e.message;
        v.commit = e.commit;
      }
      if (!byCommit.has(e.commit)) byCommit.set(e.commit, v);
    }
  }
  const stageEvents = new Map<string, Map<string, TagEvent>>(); // version → stage → latest event
  let deprecated = false;
  for (const e of events) {
    const a = e.parsed.action;
    if (a === 'register' || a === 'deregister') {
      const v = versions.get(e.parsed.version!)!;
      v.events.push(e);
      v.active = a === 'register';
      deprecated = false;
    } else if (a === 'assign' || a === 'unassign') {
      const v = byCommit.get(e.commit) ?? get(e.commit, e.commit);
      if (!v.registered) v.active = true; // a commit-named version is active while it has events
      v.events.push(e);
      let m = stageEvents.get(v.version);
      if (!m) stageEvents.set(v.version, (m = new Map()));
      m.set(e.parsed.stage!, e);
      deprecated = false;
    } else if (a === 'deprecate') {
      deprecated = true;
    } else {
      deprecated = false;
    }
  }
  const candidates: StageAssignment[] = [];
  for (const v of versions.values()) {
    const m = stageEvents.get(v.version);
    if (!m) continue;
    for (const [stage, e] of m) {
      if (e.parsed.action === 'assign') {
        const s = { stage, version: v.version, since: e.time, tag: e.tag };
        v.stages.push(s);
        if (v.active) candidates.push(s);
      }
    }
    v.stages.sort((a, b) => a.since - b.since);
  }
  const order = new Map(events.map((e, i) => [e.tag, i]));
  candidates.sort((a, b) =>
    sort === 'semver' ? -compareVersionStrings(a.version, b.version) : order.get(b.tag)! - order.get(a.tag)!,
  );
  const stages: Record<string, StageAssignment[]> = {};
  for (const c of candidates) {
    const list = (stages[c.stage] ??= []);
    if (perStage > -1 && list.length >= perStage) continue;
    list.push(c);
  }
  const sorted = [...versions.values()].sort((a, b) => -compareVersionStrings(a.version, b.version));
  return { name, versions: sorted, deprecated, stages, events };
}

/** Artifact names present in a list of events, in order of first appearance. */
export function artifactNames(events: TagEvent[]): string[] {
  return [...new Set(events.map((e) => e.parsed.artifact))];
}

/** The greatest active registered version (GTO's `latest`). */
export function latestVersion(state: ArtifactState): VersionState | undefined {
  return state.versions.find((v) => v.active && v.registered);
}
