/**
 * The facts of the current workflow run, read from the runner's GITHUB_*
 * variables and the webhook payload the runner saves at GITHUB_EVENT_PATH.
 * Variables: https://docs.github.com/en/actions/reference/variables-reference
 * Payloads: https://docs.github.com/en/webhooks/webhook-events-and-payloads
 *
 * Outside Actions (the CLI on a laptop) most of this is absent: every piece
 * that cannot be read is left undefined; nothing here throws.
 */
import { readFileSync } from 'node:fs';

export interface GitHubContext {
  owner?: string;
  repo?: string;
  eventName?: string;
  /** The pull request number on pull_request / pull_request_target events. */
  pullRequest?: number;
  /** The pull request's head commit (GITHUB_SHA is the merge commit there). */
  headSha?: string;
  sha?: string;
  ref?: string;
  actor?: string;
  serverUrl: string;
  apiUrl: string;
  runId?: string;
  /** Link to the run's page, when repository and run id are known. */
  runUrl?: string;
  workflow?: string;
  /** True when the pull request comes from another repository (a fork). */
  isFork?: boolean;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

type Json = Record<string, unknown>;

function readPayload(path: string | undefined): Json | undefined {
  if (!path) return undefined;
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Json) : undefined;
  } catch {
    // A missing or unreadable payload only loses the PR details.
    return undefined;
  }
}

function obj(value: unknown): Json | undefined {
  return value && typeof value === 'object' ? (value as Json) : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function readGitHubContext(env: Record<string, string | undefined>): GitHubContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/', 2).map((s) => s || undefined);
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const eventName = str(env.GITHUB_EVENT_NAME);
  const runId = str(env.GITHUB_RUN_ID);

  const ctx: GitHubContext = {
    owner,
    repo,
    eventName,
    sha: str(env.GITHUB_SHA),
    ref: str(env.GITHUB_REF),
    actor: str(env.GITHUB_ACTOR),
    serverUrl,
    apiUrl,
    runId,
    runUrl: owner && repo && runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
    workflow: str(env.GITHUB_WORKFLOW),
  };

  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pr = obj(payload?.pull_request);
  if (pr && (eventName === undefined || PULL_REQUEST_EVENTS.has(eventName))) {
    const num = typeof pr.number === 'number' ? pr.number : typeof payload?.number === 'number' ? payload.number : undefined;
    if (num !== undefined && Number.isInteger(num) && num > 0) ctx.pullRequest = num;
    const head = obj(pr.head);
    const base = obj(pr.base);
    ctx.headSha = str(head?.sha);
    const headRepo = obj(head?.repo);
    const baseRepo = obj(base?.repo);
    if (headRepo === undefined && head !== undefined && 'repo' in head && head.repo === null) {
      // The fork was deleted: GitHub sends head.repo = null; it was not this repository.
      ctx.isFork = true;
    } else if (headRepo) {
      const headName = str(headRepo.full_name);
      const baseName = str(baseRepo?.full_name);
      // head.repo.fork alone would also be true for a PR between two branches
      // of a fork, so the names decide when both are known.
      ctx.isFork =
        headName !== undefined && baseName !== undefined
          ? headName.toLowerCase() !== baseName.toLowerCase()
          : headRepo.fork === true;
    }
  }
  return ctx;
}
