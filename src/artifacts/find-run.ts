/**
 * Finding another workflow run's artifact through the REST API, for
 * `artifact-run: latest-success[@<branch>]` or a run id:
 *
 * - the workflow is this run's (GITHUB_WORKFLOW_REF names its file; else
 *   `GET /repos/{owner}/{repo}/actions/runs/{run_id}` gives its id);
 * - the branch is the one given, else the repository's default branch (the
 *   event payload's `repository.default_branch`, else `GET /repos/{owner}/{repo}`);
 * - the run is the newest of `GET .../actions/workflows/{workflow}/runs?branch=&status=success`
 *   that ran on this repository's own code: runs of pull requests are
 *   skipped, since a fork's branch may be called `main` too and its
 *   artifacts must not stand in for the champion's;
 * - the artifact is the newest of that name in `GET .../actions/runs/{run_id}/artifacts?name=`.
 *
 * Every failure is one UserError line naming the artifact and the run: no
 * such artifact, an expired one, no successful run on the branch, and a
 * token without `actions: read`.
 * https://docs.github.com/en/rest/actions/workflow-runs
 * https://docs.github.com/en/rest/actions/artifacts
 */
import { readFileSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import type { GitHubClient } from '../github/client.js';
import { firstLine, httpStatus } from '../github/errors.js';
import type { RunSelector } from './reference.js';

export interface RunLocation {
  owner: string;
  repo: string;
}

export interface FoundRun {
  runId: number;
  /** For messages: "run 123 (latest success of ci.yml on main)". */
  label: string;
}

export interface FoundArtifact {
  id: number;
  name: string;
  runId: number;
  runLabel: string;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

/** A REST failure as one line; 403/404 on Actions endpoints mostly mean `actions: read` is missing. */
export function restFailure(err: unknown, what: string, where: RunLocation): UserError {
  const status = httpStatus(err);
  // Octokit appends the documentation URL to GitHub's message: the message alone is the line.
  const reason = firstLine(err).replace(/ - https?:\/\/\S+$/, '');
  if (status === 401) return new UserError(`${what}: the token was rejected (HTTP 401: ${reason})`);
  if (status === 403 || status === 404) {
    return new UserError(
      `${what}: the token cannot read the Actions runs of ${where.owner}/${where.repo} (HTTP ${status}: ${reason}); give the job \`permissions: actions: read\``,
    );
  }
  return new UserError(`${what}: ${status ? `HTTP ${status}: ` : ''}${reason}`);
}

/** The workflow file of this run, from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/ci.yml@refs/heads/main`). */
export function workflowFileOf(workflowRef: string | undefined): string | undefined {
  const m = /\/\.github\/workflows\/([^@]+)@/.exec(workflowRef ?? '');
  return m ? m[1] : undefined;
}

function defaultBranchFromEvent(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined;
  try {
    const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as { repository?: { default_branch?: unknown } };
    const branch = payload.repository?.default_branch;
    return typeof branch === 'string' && branch ? branch : undefined;
  } catch {
    return undefined;
  }
}

async function defaultBranch(client: GitHubClient, where: RunLocation, env: Record<string, string | undefined>, what: string): Promise<string> {
  const fromEvent = defaultBranchFromEvent(env.GITHUB_EVENT_PATH);
  if (fromEvent) return fromEvent;
  try {
    const { data } = await client.rest.repos.get({ owner: where.owner, repo: where.repo });
    return data.default_branch;
  } catch (err) {
    throw restFailure(err, what, where);
  }
}

async function thisWorkflow(client: GitHubClient, where: RunLocation, env: Record<string, string | undefined>, what: string): Promise<string | number> {
  const file = workflowFileOf(env.GITHUB_WORKFLOW_REF);
  if (file) return file;
  const runId = Number(env.GITHUB_RUN_ID);
  if (!Number.isInteger(runId) || runId <= 0) throw new UserError(`${what}: cannot tell this run's workflow (GITHUB_WORKFLOW_REF and GITHUB_RUN_ID are not set)`);
  try {
    const { data } = await client.rest.actions.getWorkflowRun({ owner: where.owner, repo: where.repo, run_id: runId });
    return data.workflow_id;
  } catch (err) {
    throw restFailure(err, what, where);
  }
}

/** The run `selector` names (never `this`). `what` starts every message, e.g. `artifact:champion (input baseline-predictions)`. */
export async function findRun(
  client: GitHubClient,
  where: RunLocation,
  selector: Exclude<RunSelector, { kind: 'this' }>,
  env: Record<string, string | undefined>,
  what: string,
): Promise<FoundRun> {
  if (selector.kind === 'id') return { runId: selector.runId, label: `run ${selector.runId}` };
  const workflow = await thisWorkflow(client, where, env, what);
  const branch = selector.branch ?? (await defaultBranch(client, where, env, what));
  const full = `${where.owner}/${where.repo}`.toLowerCase();
  let runs;
  try {
    const { data } = await client.rest.actions.listWorkflowRuns({
      owner: where.owner,
      repo: where.repo,
      workflow_id: workflow,
      branch,
      status: 'success',
      exclude_pull_requests: true,
      per_page: 30,
    });
    runs = data.workflow_runs;
  } catch (err) {
    throw restFailure(err, what, where);
  }
  const own = runs.filter((r) => !PULL_REQUEST_EVENTS.has(r.event) && (r.head_repository?.full_name ?? full).toLowerCase() === full);
  const run = own.sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id)[0];
  if (!run) throw new UserError(`${what}: no successful run of workflow ${workflow} on branch ${branch} in ${where.owner}/${where.repo}`);
  return { runId: run.id, label: `run ${run.id} (latest success of ${workflow} on ${branch})` };
}

/** The newest artifact called `name` in a run, refused when expired. */
export async function findArtifact(client: GitHubClient, where: RunLocation, run: FoundRun, name: string, what: string): Promise<FoundArtifact> {
  let artifacts;
  try {
    const { data } = await client.rest.actions.listWorkflowRunArtifacts({ owner: where.owner, repo: where.repo, run_id: run.runId, name, per_page: 100 });
    artifacts = data.artifacts.filter((a) => a.name === name);
  } catch (err) {
    throw restFailure(err, `${what} in ${run.label}`, where);
  }
  const newest = artifacts.sort((a, b) => b.id - a.id)[0];
  if (!newest) throw new UserError(`${what}: ${run.label} has no artifact named "${name}"`);
  if (newest.expired) {
    const when = newest.expires_at ? ` on ${newest.expires_at.slice(0, 10)}` : '';
    throw new UserError(`${what}: artifact "${name}" of ${run.label} expired${when}; artifacts are kept for the repository's retention days`);
  }
  return { id: newest.id, name, runId: run.runId, runLabel: run.label };
}
