/**
 * Downloads the artifacts `artifact:` inputs name, once each, with
 * @actions/artifact (loaded on first use):
 *
 * - from this run through the results service the runner gives the job
 *   (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN): `listArtifacts`, then
 *   `downloadArtifact(id)`;
 * - from another run (`artifact-run`) found through the REST API
 *   (find-run.ts), then `downloadArtifact(id, { findBy })` with the run's
 *   token, which needs `actions: read`.
 *
 * A zipped artifact (what actions/upload-artifact makes by default) is
 * unpacked into a fresh directory; an unzipped one is saved there under its
 * file name. `artifact:<name>` is then the one file the artifact holds, or
 * the directory when it holds several; `artifact:<name>/<path>` is that path
 * inside it.
 */
import { mkdtemp, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/gate.js';
import type { GitHubClient } from '../github/client.js';
import { firstLine, httpStatus } from '../github/errors.js';
import { artifactService } from './availability.js';
import { findArtifact, findRun, type FoundRun, type RunLocation } from './find-run.js';
import { describeSelector, type ArtifactReference, type RunSelector } from './reference.js';

export interface ArtifactStoreOptions {
  env: Record<string, string | undefined>;
  /** `owner/repo` of this run. */
  repository?: string;
  runId?: string;
  selector: RunSelector;
  /** Where downloads go (a directory per artifact is made in it). */
  tempDir: string;
  /** The REST client of the run's token (another run only). */
  github?: () => Promise<GitHubClient>;
  /** The run's token, handed to @actions/artifact's `findBy` (another run only). */
  token?: string;
  log: Logger;
}

/** Every file under a directory, relative to it, `/`-separated, at most `limit`. */
async function filesUnder(dir: string, limit = 50): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      if (out.length >= limit) return;
      const p = join(d, entry.name);
      if (entry.isDirectory()) await walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  await walk(dir);
  return out.sort();
}

type ArtifactModule = typeof import('@actions/artifact');

/**
 * Runs a download with Node's deprecation warnings off: unzip-stream (inside
 * @actions/artifact) calls `new Buffer()`, and once bundled it is no longer
 * under node_modules, so Node prints DEP0005 into the job's log, a warning
 * nobody running the action can act on. Other warnings still show.
 */
async function withoutDeprecationWarnings<T>(f: () => Promise<T>): Promise<T> {
  const before = process.noDeprecation;
  process.noDeprecation = true;
  try {
    return await f();
  } finally {
    process.noDeprecation = before;
  }
}

export class ArtifactStore {
  private readonly downloads = new Map<string, Promise<string>>();
  private run: Promise<FoundRun> | undefined;
  private module: Promise<ArtifactModule> | undefined;

  constructor(private readonly options: ArtifactStoreOptions) {}

  private client(): Promise<ArtifactModule> {
    return (this.module ??= import('@actions/artifact'));
  }

  /** The local path an `artifact:` value stands for; `input` names the input in errors. */
  async open(ref: ArtifactReference, input: string): Promise<string> {
    const what = `${ref.text} (input ${input})`;
    let dir = this.downloads.get(ref.name);
    if (!dir) {
      dir = this.download(ref.name, what);
      this.downloads.set(ref.name, dir);
    }
    const root = await dir;
    const label = this.options.selector.kind === 'this' ? 'this run' : (await this.run!).label;
    if (ref.path) {
      const target = resolve(root, ref.path);
      const exists = await stat(target).then(
        () => true,
        () => false,
      );
      if (!exists) {
        const files = await filesUnder(root, 10);
        throw new UserError(`${what}: artifact "${ref.name}" of ${label} has no "${ref.path}" (it holds ${files.map((f) => `"${f}"`).join(', ') || 'nothing'})`);
      }
      return target;
    }
    const files = await filesUnder(root, 2);
    if (files.length === 0) throw new UserError(`${what}: artifact "${ref.name}" of ${label} is empty`);
    return files.length === 1 ? join(root, ...files[0].split('/')) : root;
  }

  private async download(name: string, what: string): Promise<string> {
    const { env, selector, log } = this.options;
    const target = await mkdtemp(join(this.options.tempDir, 'modelgate-artifact-'));
    if (selector.kind === 'this') {
      const service = artifactService(env);
      if (!service.available) throw new UserError(`${what}: artifacts of this run cannot be read here: ${service.reason}`);
      const { DefaultArtifactClient } = await this.client();
      const client = new DefaultArtifactClient();
      let found;
      try {
        const { artifacts } = await client.listArtifacts({ latest: true });
        found = artifacts.find((a) => a.name === name);
        if (!found) {
          const names = artifacts.map((a) => `"${a.name}"`).sort().slice(0, 10);
          throw new UserError(`${what}: this run (${this.options.runId ?? 'unknown id'}) has no artifact named "${name}"${names.length ? ` (it has ${names.join(', ')})` : ' (it has none yet)'}`);
        }
        await withoutDeprecationWarnings(() => client.downloadArtifact(found!.id, { path: target }));
      } catch (err) {
        if (err instanceof UserError) throw err;
        throw new UserError(`${what}: could not download artifact "${name}" of this run: ${firstLine(err)}`);
      }
      log.info(`${what}: downloaded artifact "${name}" of this run`);
      return target;
    }

    const [owner, repo] = (this.options.repository ?? '').split('/');
    if (!owner || !repo) throw new UserError(`${what}: artifact-run ${describeSelector(selector)} needs GITHUB_REPOSITORY (a GitHub Actions run)`);
    if (!this.options.github || !this.options.token) throw new UserError(`${what}: artifact-run ${describeSelector(selector)} needs a github-token with actions: read`);
    const rest = await this.options.github();
    const where: RunLocation = { owner, repo };
    this.run ??= findRun(rest, where, selector, env, what);
    const run = await this.run;
    const artifact = await findArtifact(rest, where, run, name, what);
    const { DefaultArtifactClient } = await this.client();
    try {
      await withoutDeprecationWarnings(() =>
        new DefaultArtifactClient().downloadArtifact(artifact.id, {
          path: target,
          findBy: { token: this.options.token!, workflowRunId: run.runId, repositoryOwner: owner, repositoryName: repo },
        }),
      );
    } catch (err) {
      const status = httpStatus(err);
      if (status === 410) throw new UserError(`${what}: artifact "${name}" of ${run.label} expired`);
      if (status === 403 || status === 404) {
        throw new UserError(`${what}: the token cannot download artifact "${name}" of ${run.label} (HTTP ${status}); give the job \`permissions: actions: read\``);
      }
      throw new UserError(`${what}: could not download artifact "${name}" of ${run.label}: ${firstLine(err)}`);
    }
    log.info(`${what}: downloaded artifact "${name}" of ${run.label}`);
    return target;
  }
}
