/**
 * The sticky pull request comment: one comment per gate (and comment id) that
 * each run edits in place instead of adding a new one. The comment is found
 * by a hidden HTML marker in its body and by its author.
 */
import type { Logger } from '../core/gate.js';
import type { GitHubClient } from './client.js';
import { firstLine, httpStatus } from './errors.js';

/** GitHub rejects issue comment bodies longer than this (characters). */
export const COMMENT_BODY_LIMIT = 65_536;

/** The login GitHub gives the GITHUB_TOKEN's identity. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export type UpsertResult = 'created' | 'updated' | 'unchanged' | 'skipped';

export interface UpsertCommentOptions {
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
  /** The body, or a function of the previous comment's body (absent when there is none) that makes it. */
  body: string | ((previousBody: string | undefined) => string);
  /** What is compared to tell an unchanged comment (default: the body itself), e.g. the body without its run links. */
  comparable?: (body: string) => string;
  log: Pick<Logger, 'warn'> & Partial<Logger>;
}

/**
 * A hidden marker naming the gate (and the user's comment id, so that two
 * uses of one gate in a workflow keep two comments). HTML comments are not
 * rendered by GitHub's Markdown. Characters that could end the comment early
 * are dropped from the id.
 */
export function commentMarker(gate: string, commentId?: string): string {
  const clean = (s: string) => s.replace(/--+|>|</g, '').trim();
  const id = commentId === undefined ? '' : clean(commentId);
  return id ? `<!-- modelgate:${clean(gate)}:${id} -->` : `<!-- modelgate:${clean(gate)} -->`;
}

const TRUNCATION_NOTE =
  "\n\n---\n_This comment was truncated to fit GitHub's limit of 65,536 characters. The job summary and the JSON report have everything._";

/**
 * The body as it is posted: the marker first (added if the caller left it
 * out), and a body over GitHub's limit cut at the last whole line that fits,
 * an open code fence closed, and a note saying it was cut.
 */
export function fitCommentBody(body: string, marker: string, limit = COMMENT_BODY_LIMIT): string {
  const full = body.includes(marker) ? body : `${marker}\n${body}`;
  if (full.length <= limit) return full;
  const prefix = `${marker}\n`;
  const content = body.split(marker).join('').replace(/^\n+/, '');
  const fenceCloser = '\n```';
  const budget = limit - prefix.length - TRUNCATION_NOTE.length - fenceCloser.length;
  let cut = content.lastIndexOf('\n', budget);
  // A line boundary far back (one huge line) would throw most of the text away.
  if (cut < budget / 2) {
    cut = budget;
    // Do not split a UTF-16 surrogate pair.
    const code = content.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  }
  let kept = content.slice(0, cut);
  const fences = kept.split('\n').filter((line) => /^\s*(```|~~~)/.test(line)).length;
  if (fences % 2 === 1) kept += fenceCloser;
  return prefix + kept + TRUNCATION_NOTE;
}

interface CommentLike {
  id: number;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
}

/**
 * Whose comments are ours. A token for a user (a PAT, an OAuth or
 * user-to-server token) can read `GET /user`: its comments are that login's.
 * Installation tokens (GITHUB_TOKEN is one, and so is any GitHub App token)
 * get 403 "Resource not accessible by integration" there, and their
 * comments are written by a Bot account (`github-actions[bot]`,
 * `<app-slug>[bot]`), which a human cannot impersonate. So when `/user`
 * fails we take comments by Bot accounts, `github-actions[bot]` first. A
 * person's comment that quotes the marker is never edited either way.
 */
async function ownerFilter(client: GitHubClient): Promise<{ owns: (c: CommentLike) => boolean; rank: (c: CommentLike) => number }> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    const login = data.login;
    return { owns: (c) => c.user?.login === login, rank: () => 0 };
  } catch (err) {
    const status = httpStatus(err);
    if (status === undefined || status >= 500) throw err;
    return {
      owns: (c) => c.user?.type === 'Bot',
      rank: (c) => (c.user?.login === ACTIONS_BOT_LOGIN ? 0 : 1),
    };
  }
}

/** 403/404: no right to the issue (fork PR, read-only token, locked PR); 401: a bad or expired token. */
function isPermissionError(err: unknown): boolean {
  const status = httpStatus(err);
  return status === 401 || status === 403 || status === 404;
}

function permissionWarning(action: string, opts: UpsertCommentOptions, err: unknown): string {
  const status = httpStatus(err);
  const hint =
    status === 401
      ? 'The token was rejected (expired or revoked?).'
      : 'Pull requests from forks get a read-only token; grant `permissions: pull-requests: write` to post it.';
  return (
    `Could not ${action} the pull request comment on ${opts.owner}/${opts.repo}#${opts.issueNumber} ` +
    `(HTTP ${status}: ${firstLine(err)}). ${hint} The gate result is unaffected.`
  );
}

export async function upsertStickyComment(client: GitHubClient, opts: UpsertCommentOptions): Promise<UpsertResult> {
  const { owner, repo, issueNumber, marker, log } = opts;
  let existing: CommentLike | undefined;
  try {
    const { owns, rank } = await ownerFilter(client);
    const comments: CommentLike[] = await client.paginate(client.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    const ours = comments.filter((c) => (c.body ?? '').includes(marker) && owns(c));
    // Stable sort keeps the oldest first among equal ranks.
    existing = ours.sort((a, b) => rank(a) - rank(b))[0];
  } catch (err) {
    if (!isPermissionError(err)) throw err;
    log.warn(permissionWarning('read', opts, err));
    return 'skipped';
  }

  const raw = typeof opts.body === 'function' ? opts.body(existing?.body ?? undefined) : opts.body;
  const body = fitCommentBody(raw, marker);
  if (body.endsWith(TRUNCATION_NOTE) && !raw.endsWith(TRUNCATION_NOTE)) {
    log.info?.(`The pull request comment was cut to GitHub's limit of ${COMMENT_BODY_LIMIT} characters.`);
  }
  const comparable = opts.comparable ?? ((b: string) => b);

  try {
    if (existing) {
      if (existing.body === body || comparable(existing.body ?? '') === comparable(body)) return 'unchanged';
      await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      return 'updated';
    }
    await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return 'created';
  } catch (err) {
    if (!isPermissionError(err)) throw err;
    log.warn(permissionWarning(existing ? 'update' : 'create', opts, err));
    return 'skipped';
  }
}
