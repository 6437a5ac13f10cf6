/**
 * The git backend: the repository is the registry. Every event is an
 * annotated tag in GTO's grammar (see gto-tag.ts), pushed to the remote.
 *
 * Concurrency: writers fetch the tags, decide, and push new tag names only.
 * A tag that already exists on the remote is rejected by git, so of two
 * racing writers one wins and the other fetches, recomputes and retries.
 *
 * Atomicity: the tag object (and the registration commit it points at) are
 * written as loose objects with no ref; the only visible step is the push
 * of the new ref(s) (`--atomic` when there are several), then the local ref.
 * A writer killed at any point leaves either a complete version on the
 * remote or none.
 *
 * Each version gets its own registration commit (the source commit's tree,
 * with the source commit as parent): GTO finds the version a stage tag
 * assigns by the commit it points at, so two versions must never share one.
 */
import { UserError } from '../core/errors.js';
import { git, gitRaw } from './git.js';
import {
  assignTag,
  deprecateTag,
  deregisterTag,
  nextCounter,
  parseTag,
  registerTag,
  unassignTag,
} from './gto-tag.js';
import { auditLine, formatTagMessage, recordFromMessage } from './record.js';
import { artifactNames, buildArtifactState, type ArtifactState, type TagEvent } from './registry-state.js';
import { nextVersion } from './semver.js';
import type { ChangePlan, LoadOptions, RegisterOutcome, RegisterPlan, RegistryBackend } from './backend.js';

export interface GitRegistryOptions {
  /** Directory inside the working repository. */
  cwd: string;
  /** Remote to fetch from and push to; null to work locally only. */
  remote: string | null;
  /** Source commit to register (default HEAD). */
  ref?: string;
  env?: Record<string, string | undefined>;
  /** Most attempts when other writers win the race. */
  maxAttempts?: number;
  signal?: AbortSignal;
  /** Public URL of the repository, for model URIs. */
  repositoryUrl?: string | null;
}

interface Identity {
  name: string;
  email: string;
}

const FIELD_SEP = '\x00';
const RECORD_SEP = '\x00\x01\n';
const FORMAT = [
  '%(refname:strip=2)',
  '%(objecttype)',
  '%(objectname)',
  '%(*objectname)',
  '%(taggerdate:unix)',
  '%(taggername)',
  '%(contents)',
].join('%00') + '%00%01';

const CONFLICT = /already exists|rejected|failed to (lock|update)|cannot lock|incorrect old value|stale info|reference already exists/i;

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export class GitRegistry implements RegistryBackend {
  readonly kind = 'git' as const;
  private readonly opts: GitRegistryOptions;
  private identity: Identity | null = null;
  private shallow: boolean | null = null;

  constructor(opts: GitRegistryOptions) {
    this.opts = opts;
  }

  private run(args: string[], extra: { input?: string; env?: Record<string, string | undefined> } = {}) {
    return git(args, { cwd: this.opts.cwd, input: extra.input, env: { ...this.opts.env, ...extra.env }, signal: this.opts.signal });
  }

  private raw(args: string[], extra: { input?: string; env?: Record<string, string | undefined> } = {}) {
    return gitRaw(args, { cwd: this.opts.cwd, input: extra.input, env: { ...this.opts.env, ...extra.env }, signal: this.opts.signal });
  }

  /** Check we are in a repository and the remote exists. */
  async check(): Promise<void> {
    const inside = await this.raw(['rev-parse', '--is-inside-work-tree']);
    if (inside.code !== 0) throw new UserError('not inside a git repository (the git backend needs a checkout)', { field: 'backend' });
    if (this.opts.remote) {
      const r = await this.raw(['remote', 'get-url', this.opts.remote]);
      if (r.code !== 0) throw new UserError(`no git remote named "${this.opts.remote}"`, { field: 'remote' });
    }
  }

  private async whoami(): Promise<Identity> {
    if (this.identity) return this.identity;
    const get = async (key: string) => {
      const r = await this.raw(['config', '--get', key]);
      return r.code === 0 ? r.stdout.trim() : '';
    };
    const env = { ...process.env, ...this.opts.env };
    const name = env.GIT_COMMITTER_NAME || (await get('user.name')) || 'github-actions[bot]';
    const email = env.GIT_COMMITTER_EMAIL || (await get('user.email')) || '41898282+github-actions[bot]@users.noreply.github.com';
    this.identity = { name, email };
    return this.identity;
  }

  async fetch(): Promise<void> {
    if (!this.opts.remote) return;
    if (this.shallow === null) {
      const s = await this.raw(['rev-parse', '--is-shallow-repository']);
      this.shallow = s.stdout.trim() === 'true';
    }
    // In a shallow checkout (actions/checkout's default), fetch the tagged
    // commits without their history.
    const depth = this.shallow ? ['--depth=1'] : [];
    const r = await this.raw(['fetch', '--quiet', '--no-tags', '--force', ...depth, this.opts.remote, '+refs/tags/*:refs/tags/*']);
    if (r.code !== 0) {
      const line = r.stderr.split('\n').map((l) => l.trim()).find(Boolean) ?? `exit code ${r.code}`;
      throw new UserError(`cannot fetch tags from remote "${this.opts.remote}": ${line}`, { field: 'remote' });
    }
  }

  /** All GTO tag events in the local repository. */
  async events(): Promise<TagEvent[]> {
    const out = await this.run(['for-each-ref', `--format=${FORMAT}`, 'refs/tags']);
    const events: TagEvent[] = [];
    for (const rec of out.split(RECORD_SEP)) {
      if (!rec) continue;
      const [tag, type, , commit, date, tagger, ...rest] = rec.split(FIELD_SEP);
      if (type !== 'tag') continue; // GTO ignores lightweight tags
      const parsed = parseTag(tag);
      if (!parsed) continue;
      events.push({ tag, parsed, time: Number(date), commit, message: rest.join(FIELD_SEP), tagger });
    }
    return events;
  }

  async load(name: string, options: LoadOptions = {}): Promise<ArtifactState> {
    await this.fetch();
    return buildArtifactState(name, await this.events(), options);
  }

  async loadAll(options: LoadOptions = {}): Promise<ArtifactState[]> {
    await this.fetch();
    const events = await this.events();
    return artifactNames(events)
      .sort()
      .map((n) => buildArtifactState(n, events, options));
  }

  private async sourceCommit(): Promise<string> {
    const ref = this.opts.ref ?? 'HEAD';
    const r = await this.raw(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (r.code !== 0) throw new UserError(`git ref "${ref}" does not name a commit`, { field: 'ref' });
    return r.stdout.trim();
  }

  private dateEnv(id: Identity, time: number) {
    const date = `@${time} +0000`;
    return {
      GIT_AUTHOR_NAME: id.name,
      GIT_AUTHOR_EMAIL: id.email,
      GIT_COMMITTER_NAME: id.name,
      GIT_COMMITTER_EMAIL: id.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    };
  }

  /** Write a tag object with no ref pointing at it; returns its id. */
  private async makeTagObject(name: string, commit: string, message: string, time: number): Promise<string> {
    const id = await this.whoami();
    const body = `object ${commit}\ntype commit\ntag ${name}\ntagger ${id.name} <${id.email}> ${time} +0000\n\n${message.endsWith('\n') ? message : `${message}\n`}`;
    return (await this.run(['mktag'], { input: body })).trim();
  }

  /**
   * Publish new tags all or nothing. Returns false when another writer
   * created one of the names first.
   */
  private async publish(tags: { name: string; object: string }[]): Promise<boolean> {
    if (this.opts.remote) {
      const args = ['push', '--porcelain', '--quiet'];
      if (tags.length > 1) args.push('--atomic');
      args.push(this.opts.remote, ...tags.map((t) => `${t.object}:refs/tags/${t.name}`));
      const r = await this.raw(args);
      if (r.code !== 0) {
        const text = `${r.stderr}\n${r.stdout}`;
        // Lost a race only if one of the names now exists on the remote; a
        // hook, a tag protection rule or missing permissions reject too.
        if (CONFLICT.test(text) && (await this.anyOnRemote(tags.map((t) => t.name)))) return false;
        const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
        const line =
          lines.find((l) => /^remote: /.test(l) && !/^remote:\s*$/.test(l)) ??
          lines.find((l) => /^!|error:|fatal:/.test(l)) ??
          lines[0] ??
          `exit code ${r.code}`;
        throw new UserError(`cannot push tags to remote "${this.opts.remote}": ${line}`, { field: 'remote' });
      }
    }
    // The local refs; an empty old value means "must not exist yet".
    const lines = tags.map((t) => `create refs/tags/${t.name} ${t.object}\n`).join('');
    const r = await this.raw(['update-ref', '--stdin'], { input: `start\n${lines}prepare\ncommit\n` });
    if (r.code !== 0 && !this.opts.remote) return false;
    if (r.code !== 0) {
      // A fetch by a parallel process in the same clone may have written the
      // refs already; they name the objects we pushed, which is what matters.
      await this.fetch();
    }
    return true;
  }

  private async anyOnRemote(names: string[]): Promise<boolean> {
    const r = await this.raw(['ls-remote', '--tags', this.opts.remote!, ...names.map((n) => `refs/tags/${n}`)]);
    return r.code === 0 && r.stdout.trim().length > 0;
  }

  private async nextTime(state: ArtifactState): Promise<number> {
    const now = Math.floor(Date.now() / 1000);
    const last = state.events.reduce((m, e) => Math.max(m, e.time), 0);
    // Strictly after the artifact's latest event, so that GTO's ordering by
    // tag time (whole seconds) is never ambiguous.
    return Math.max(now, last + 1);
  }

  async register(plan: RegisterPlan): Promise<RegisterOutcome> {
    await this.check();
    const source = await this.sourceCommit();
    const max = this.opts.maxAttempts ?? 40;
    for (let attempt = 1; attempt <= max; attempt++) {
      const state = await this.load(plan.name);
      for (const v of state.versions) {
        if (!v.active || !v.registered) continue;
        const rec = recordFromMessage(v.message);
        if (rec && rec.sha256 === plan.manifest.sha256) {
          return { version: v.version, tag: v.tag!, existing: true, record: rec, attempts: attempt };
        }
      }
      let version: string;
      if (plan.version) {
        version = plan.version;
        if (state.versions.some((v) => v.version === version && (v.registered || v.events.length))) {
          throw new UserError(`${plan.name}@${version} is already registered with different content; choose another version or use bump`, { field: 'version' });
        }
      } else {
        version = nextVersion(state.versions.filter((v) => v.registered).map((v) => v.version), plan.bump);
      }
      const time = await this.nextTime(state);
      const iso = new Date(time * 1000).toISOString();
      const record = plan.buildRecord(version, iso, source);
      const id = await this.whoami();
      const title = `Registering artifact ${plan.name} version ${version}`;
      const commit = (
        await this.run(['commit-tree', `${source}^{tree}`, '-p', source, '-m', `${title}\n\nSource commit: ${source}`], {
          env: this.dateEnv(id, time),
        })
      ).trim();
      const audit = auditLine({ time: iso, actor: plan.actor, action: 'register', reason: null, version });
      const tag = registerTag(plan.name, version);
      const object = await this.makeTagObject(tag, commit, formatTagMessage(title, audit, record), time);
      if (await this.publish([{ name: tag, object }])) {
        return { version, tag, existing: false, record, attempts: attempt };
      }
      await sleep(20 + Math.random() * 80 * Math.min(attempt, 8));
    }
    throw new UserError(`gave up registering ${plan.name} after ${max} attempts: other writers kept taking the next version`);
  }

  async apply(
    name: string,
    build: (state: ArtifactState) => ChangePlan,
    options: LoadOptions = {},
  ): Promise<{ written: string[]; plan: ChangePlan }> {
    await this.check();
    const max = this.opts.maxAttempts ?? 40;
    for (let attempt = 1; attempt <= max; attempt++) {
      const state = await this.load(name, options);
      const plan = build(state);
      if (plan.changes.length === 0) return { written: [], plan };
      const names = state.events.map((e) => e.tag);
      let counter = nextCounter(name, names);
      let time = await this.nextTime(state);
      const tags: { name: string; object: string }[] = [];
      for (const ch of plan.changes) {
        let tag: string;
        let commit: string;
        let title: string;
        if (ch.kind === 'deprecate') {
          const latest = state.versions.find((v) => v.registered) ?? state.versions[0];
          if (!latest) throw new UserError(`artifact ${name} has no versions to deprecate`, { field: 'name' });
          commit = latest.commit;
          tag = names.includes(deprecateTag(name)) ? deprecateTag(name, counter++) : deprecateTag(name);
          title = `Deprecating artifact ${name}`;
        } else {
          const v = state.versions.find((x) => x.version === ch.version);
          if (!v) throw new UserError(`${name} has no version ${ch.version}`, { field: 'version' });
          commit = v.commit;
          if (ch.kind === 'assign') {
            tag = assignTag(name, ch.stage, counter++);
            title = `Assigning stage ${ch.stage} to artifact ${name} version ${ch.version}`;
          } else if (ch.kind === 'unassign') {
            tag = unassignTag(name, ch.stage, counter++);
            title = `Unassigning stage ${ch.stage} from artifact ${name} version ${ch.version}`;
          } else {
            tag = deregisterTag(name, ch.version);
            title = `Deregistering artifact ${name} version ${ch.version}`;
          }
        }
        const iso = new Date(time * 1000).toISOString();
        const audit = { ...plan.audit, time: iso };
        const line = auditLine(audit);
        const body = { ...audit, change: ch.kind, ...(ch.kind !== 'deprecate' ? { version: ch.version } : {}), ...('stage' in ch ? { stage: ch.stage } : {}) };
        tags.push({ name: tag, object: await this.makeTagObject(tag, commit, formatTagMessage(title, line, body), time) });
        time += 1;
      }
      if (await this.publish(tags)) return { written: tags.map((t) => t.name), plan };
      await sleep(20 + Math.random() * 80 * Math.min(attempt, 8));
    }
    throw new UserError(`gave up updating ${name} after ${max} attempts: other writers kept changing it`);
  }

  modelUri(name: string, version: string, record: { path?: string } | null): string {
    const tag = registerTag(name, version);
    const p = record?.path ? `/${record.path.replace(/^\.\//, '')}` : '';
    if (this.opts.repositoryUrl) return `${this.opts.repositoryUrl}/tree/${encodeURIComponent(tag)}${p}`;
    return `git+tag:${tag}${p ? `#${p.slice(1)}` : ''}`;
  }
}
