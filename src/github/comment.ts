/**
 * The sticky pull request comment: one comment per gate (and comment id) that
 * each run edits in place instead of adding a new one.
 *
 * A comment is ours when both hold:
 * - its author is the token's own identity (a user for a personal token,
 *   `<app>[bot]` for an installation token such as GITHUB_TOKEN's
 *   `github-actions[bot]`), so another app's or a person's comment is never
 *   edited;
 * - its first line is exactly the gate's hidden marker. The Markdown a gate
 *   renders never starts with a data value, and a marker-like text further
 *   down is escaped before posting, so no value in a data file can make a
 *   comment look like another gate's (or another comment-id's).
 *
 * Creating a comment is not idempotent: when the answer to a create is lost
 * (a 502 after the comment was made, a dropped connection), the comments are
 * listed again before another create. When several of ours carry the marker
 * (an older bug, two jobs racing), the newest is kept and the others deleted.
 */
import type { Logger } from '../core/gate.js';
import type { GitHubClient } from './client.js';
import { DeadlineError, firstLine, httpStatus } from './errors.js';

/** GitHub rejects issue comment bodies longer than this (characters). */
export const COMMENT_BODY_LIMIT = 65_536;

/** The login GitHub gives the GITHUB_TOKEN's identity. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export type UpsertResult = 'created' | 'updated' | 'unchanged' | 'skipped';

/** Pages of 100 comments read at most (5,000 comments); a pull request rarely has a tenth of that. */
export const MAX_COMMENT_PAGES = 50;

/** Creates tried at most when their answers are lost. */
const CREATE_ATTEMPTS = 3;

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
  /** Milliseconds before the n-th repeated create: n² times this (default 1000; small in tests). */
  retryDelayMs?: number;
  /** No wait is begun that would end after this (milliseconds since the epoch), as in the client. */
  deadline?: number;
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
 * Any text further down that looks like a modelgate marker, made inert: `<`
 * becomes `&lt;`, so GitHub shows the text as it was but the raw body holds no
 * marker (older modelgate versions searched the whole body for theirs).
 */
function defuseMarkers(text: string): string {
  return text.replace(/<(!--\s*modelgate:)/gi, '&lt;$1');
}

/** The first line of a comment body (without a CR GitHub may have kept). */
function firstBodyLine(body: string | null | undefined): string {
  const s = body ?? '';
  const end = s.indexOf('\n');
  return (end < 0 ? s : s.slice(0, end)).replace(/\r$/, '');
}

/**
 * The body as it is posted: the marker as the first line (added if the
 * caller left it out), any other marker-like text defused, and a body over
 * GitHub's limit cut at the last whole line that fits, an open code fence
 * closed, and a note saying it was cut.
 */
export function fitCommentBody(body: string, marker: string, limit = COMMENT_BODY_LIMIT): string {
  const prefix = `${marker}\n`;
  const content = defuseMarkers(body.startsWith(prefix) ? body.slice(prefix.length) : body === marker ? '' : body);
  const full = prefix + content;
  if (full.length <= limit) return full;
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
  created_at?: string;
  user?: { login?: string; type?: string } | null;
}

function isComment(value: unknown): value is CommentLike {
  return typeof value === 'object' && value !== null && typeof (value as CommentLike).id === 'number';
}

/** A failed request that GitHub may still have carried out: a 5xx, or no answer at all. */
function mayHaveHappened(err: unknown): boolean {
  if (err instanceof DeadlineError) return false;
  const status = httpStatus(err);
  return status === undefined || status >= 500;
}

/**
 * The login of the token's identity. GraphQL's `viewer` answers for every
 * kind of token, installation tokens included (`github-actions[bot]` for
 * GITHUB_TOKEN, `<app-slug>[bot]` for another app's); REST `GET /user`
 * answers only for user tokens and is the fallback where GraphQL refuses.
 * A server error is not guessed around: without our login we cannot tell our
 * comment from another's, so the error is thrown and nothing is posted.
 */
async function ownLogin(client: GitHubClient, log: UpsertCommentOptions['log']): Promise<string> {
  try {
    const answer: unknown = await client.graphql('query { viewer { login } }');
    const login = (answer as { viewer?: { login?: unknown } } | null)?.viewer?.login;
    if (typeof login === 'string' && login) return login;
    throw new Error('GitHub answered the question of who the token is without a login');
  } catch (err) {
    const status = httpStatus(err);
    if (status === undefined || status >= 500 || status === 401) throw err;
    log.debug?.(`GraphQL viewer refused (HTTP ${status}); asking GET /user`);
  }
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (typeof data?.login === 'string' && data.login) return data.login;
    throw new Error('GitHub answered GET /user without a login');
  } catch (err) {
    const status = httpStatus(err);
    if (status === undefined || status >= 500 || status === 401) throw err;
    // An installation token that GraphQL would not name either: GITHUB_TOKEN's is the likely one.
    return ACTIONS_BOT_LOGIN;
  }
}

/** A page's address with its query sorted and `page` spelled out, so that two spellings of one page compare equal. */
function pageKey(url: string): string {
  const u = new URL(url);
  if (!u.searchParams.has('page')) u.searchParams.set('page', '1');
  u.searchParams.sort();
  return u.toString();
}

/** The `rel="next"` target of a Link header. */
function nextLink(link: string | undefined): string | undefined {
  for (const part of (link ?? '').split(',')) {
    const m = /<([^<>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * The comments on the issue that are ours for this marker, oldest first.
 * Pages are followed by their Link headers, at most MAX_COMMENT_PAGES of
 * them, never to a page already read (a Link that loops back) and never to
 * another host (the token goes with every request).
 */
async function ownComments(client: GitHubClient, opts: UpsertCommentOptions, login: string): Promise<CommentLike[]> {
  const { owner, repo, issueNumber, marker, log } = opts;
  const where = `${owner}/${repo}#${issueNumber}`;
  const ours: CommentLike[] = [];
  const seen = new Set<string>();
  let response: { url: string; data: unknown; headers: { link?: string } } = await client.rest.issues.listComments({
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  for (let page = 1; ; page++) {
    seen.add(pageKey(response.url));
    if (!Array.isArray(response.data) || !response.data.every(isComment)) {
      throw new Error(`GitHub's answer to the list of comments on ${where} is not a list of comments`);
    }
    for (const c of response.data) {
      if (c.user?.login?.toLowerCase() === login.toLowerCase() && firstBodyLine(c.body) === marker) ours.push(c);
    }
    const next = nextLink(response.headers.link);
    if (!next) break;
    let stop: string | undefined;
    if (page >= MAX_COMMENT_PAGES) stop = `read the first ${MAX_COMMENT_PAGES} pages of comments on ${where} and stopped`;
    else if (new URL(next, response.url).origin !== new URL(response.url).origin) stop = `the comment list on ${where} links to another host; not followed`;
    else if (seen.has(pageKey(new URL(next, response.url).toString()))) stop = `the comment list on ${where} links back to a page already read; stopped after ${page} pages`;
    if (stop) {
      log.warn(stop);
      break;
    }
    response = await client.request({ method: 'GET', url: new URL(next, response.url).toString() } as unknown as 'GET /');
  }
  const time = (c: CommentLike) => Date.parse(c.created_at ?? '') || 0;
  return ours.sort((a, b) => time(a) - time(b) || a.id - b.id);
}

/** The newest of our comments, after deleting the older ones (a duplicate left by an earlier run). */
async function keepNewest(client: GitHubClient, opts: UpsertCommentOptions, ours: CommentLike[]): Promise<CommentLike | undefined> {
  const { owner, repo, log } = opts;
  for (const old of ours.slice(0, -1)) {
    try {
      await client.rest.issues.deleteComment({ owner, repo, comment_id: old.id });
      log.info?.(`removed a duplicate pull-request comment (id ${old.id})`);
    } catch (err) {
      if (err instanceof DeadlineError) throw err;
      log.warn(`could not remove the duplicate pull-request comment ${old.id} (${firstLine(err)})`);
    }
  }
  return ours.at(-1);
}

/** 403/404: no right to the issue (fork PR, read-only token, locked or missing PR); 401: a bad or expired token. */
function isPermissionError(err: unknown): boolean {
  const status = httpStatus(err);
  return status === 401 || status === 403 || status === 404;
}

function permissionWarning(action: string, opts: UpsertCommentOptions, err: unknown): string {
  const status = httpStatus(err);
  const hint =
    status === 401
      ? 'The token was rejected (expired or revoked?).'
      : status === 404
        ? 'The pull request was not found: it is gone, or the token cannot see this repository.'
        : 'Pull requests from forks get a read-only token; grant `permissions: pull-requests: write` to post it.';
  return (
    `Could not ${action} the pull request comment on ${opts.owner}/${opts.repo}#${opts.issueNumber} ` +
    `(HTTP ${status}: ${firstLine(err)}). ${hint} The gate result is unaffected.`
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Create the comment, once. Octokit's own retry is off for this request: a
 * 5xx or a dropped connection may come after GitHub made the comment, so the
 * comments are listed again and a create is repeated only when ours is not
 * there. (Rate-limit answers are still retried by the throttling plugin:
 * GitHub did nothing with those requests.)
 */
async function createOnce(client: GitHubClient, opts: UpsertCommentOptions, body: string, login: string): Promise<UpsertResult> {
  const { owner, repo, issueNumber, log } = opts;
  const delay = opts.retryDelayMs ?? 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body, request: { retries: 0 } });
      return 'created';
    } catch (err) {
      if (!mayHaveHappened(err)) throw err;
      log.debug?.(`creating the pull-request comment failed (${firstLine(err)}); looking whether it was made`);
      const made = await keepNewest(client, opts, await ownComments(client, opts, login));
      if (made) {
        if (made.body === body) return 'created';
        await client.rest.issues.updateComment({ owner, repo, comment_id: made.id, body });
        return 'updated';
      }
      const wait = attempt * attempt * delay;
      if (attempt >= CREATE_ATTEMPTS || (opts.deadline !== undefined && Date.now() + wait >= opts.deadline)) throw err;
      await sleep(wait);
    }
  }
}

export async function upsertStickyComment(client: GitHubClient, opts: UpsertCommentOptions): Promise<UpsertResult> {
  const { owner, repo, marker, log } = opts;
  let login: string;
  let ours: CommentLike[];
  try {
    login = await ownLogin(client, log);
    ours = await ownComments(client, opts, login);
  } catch (err) {
    if (!isPermissionError(err)) throw err;
    log.warn(permissionWarning('read', opts, err));
    return 'skipped';
  }

  let existing: CommentLike | undefined;
  try {
    existing = await keepNewest(client, opts, ours);
    // The body may depend on the comment it replaces (the previous verdict).
    const raw = typeof opts.body === 'function' ? opts.body(existing?.body ?? undefined) : opts.body;
    const body = fitCommentBody(raw, marker);
    if (body.endsWith(TRUNCATION_NOTE) && !raw.endsWith(TRUNCATION_NOTE)) {
      log.info?.(`The pull request comment was cut to GitHub's limit of ${COMMENT_BODY_LIMIT} characters.`);
    }
    const comparable = opts.comparable ?? ((b: string) => b);
    if (existing) {
      if (existing.body === body || comparable(existing.body ?? '') === comparable(body)) return 'unchanged';
      await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      return 'updated';
    }
    return await createOnce(client, opts, body, login);
  } catch (err) {
    if (!isPermissionError(err)) throw err;
    log.warn(permissionWarning(existing ? 'update' : 'create', opts, err));
    return 'skipped';
  }
}
