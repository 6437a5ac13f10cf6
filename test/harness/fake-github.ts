/**
 * A stand-in for api.github.com on a loopback port. Every request is checked
 * against GitHub's OpenAPI description: an undescribed method or path gets a
 * 404 and a recorded violation, a JSON body that does not validate against the
 * operation's request schema gets a 422 and a recorded violation. Answers are
 * built from the operation's response schema (and checked against it, so a
 * harness bug shows up as a violation too), with real state where tests look:
 * issue comments (paginated with Link headers, deleted by their author), check
 * runs (created, updated, listed for a commit), repository dispatches and the
 * token's identity (`GET /user`, and GraphQL's `query { viewer { login } }`,
 * the one GraphQL query answered).
 *
 * Fault modes (options) make it answer as GitHub does on a bad day: server
 * errors, a comment created but answered with 502 or a dropped connection,
 * primary and secondary rate limits (403 or 429, any `retry-after`), 404 for
 * the pull request, truncated JSON, and a `Link` header that loops.
 *
 * Tests assert `server.violations` is empty: a request GitHub would not
 * understand fails the test even when the code under test swallowed the error.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { githubApiDescription, type GitHubApiDescription, type Operation } from './openapi.js';

export interface Identity {
  login: string;
  type: 'User' | 'Bot';
}

/** The GITHUB_TOKEN's identity: a Bot that cannot read `GET /user`. */
export const ACTIONS_BOT: Identity = { login: 'github-actions[bot]', type: 'Bot' };

export interface FakeGitHubOptions {
  /** Every write answers 403 "Resource not accessible by integration" (fork PRs, read-only tokens). */
  readOnly?: boolean;
  /** The first N requests answer a server error (`failStatus`, default 502 Bad Gateway). */
  failFirst?: number;
  /** The status of the `failFirst` answers: 500, 502 or 503. */
  failStatus?: 500 | 502 | 503;
  /** The first N requests (after those) answer with GitHub's secondary rate limit message and `retry-after`. */
  secondaryRateLimit?: number;
  /** The status of secondary rate limit answers: 403 (default) or 429; GitHub sends both. */
  secondaryRateLimitStatus?: 403 | 429;
  /** The next N requests (after those) answer 403 with the primary rate limit used up, resetting in a second. */
  primaryRateLimit?: number;
  /** `retry-after` seconds sent with secondary rate limits (default 1). */
  retryAfterSeconds?: number;
  /**
   * The first N (`times`, default 1) issue comment creates fail:
   * `made-then-502` stores the comment and answers 502, `made-then-drop`
   * stores it and closes the connection without an answer (in both the
   * client cannot tell that the comment exists), `not-made-502` answers 502
   * and stores nothing.
   */
  createFault?: { kind: 'made-then-502' | 'made-then-drop' | 'not-made-502'; times?: number };
  /** Every issue comment operation answers 404 Not Found (the pull request is gone, or the token cannot see it). */
  missingIssues?: boolean;
  /** The first N answers carrying JSON are cut in the middle (the operation still happens). */
  malformedJson?: number;
  /** The last page of a comment list links `rel="next"` back to the first page. */
  loopingLink?: boolean;
  /** Milliseconds to wait before answering each request (timeouts). */
  delayMs?: number;
  /** Identity of each token; tokens not listed are `github-actions[bot]`. */
  tokens?: Record<string, Identity>;
}

export interface RecordedRequest {
  method: string;
  /** URL path without the query. */
  path: string;
  query: Record<string, string>;
  /** The OpenAPI path template, when described. */
  route?: string;
  operationId?: string;
  token?: string;
  body?: unknown;
  status: number;
}

export interface Violation {
  method: string;
  url: string;
  kind: 'path' | 'method' | 'parameter' | 'body' | 'response' | 'limit';
  message: string;
}

export interface StoredComment {
  id: number;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  user: Identity;
  createdAt: string;
  updatedAt: string;
}

export interface StoredAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string;
  message: string;
  title?: string;
}

export interface StoredCheckRun {
  id: number;
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  status: string;
  conclusion?: string | null;
  output: { title?: string; summary?: string; text?: string };
  annotations: StoredAnnotation[];
}

export interface StoredDispatch {
  owner: string;
  repo: string;
  eventType: string;
  clientPayload?: unknown;
}

export interface FakeGitHub {
  /** Base URL to use as GITHUB_API_URL. */
  url: string;
  options: FakeGitHubOptions;
  requests: RecordedRequest[];
  violations: Violation[];
  comments: StoredComment[];
  checkRuns: StoredCheckRun[];
  dispatches: StoredDispatch[];
  /** Put a comment in place as if someone had written it earlier. */
  seedComment(c: { owner: string; repo: string; issueNumber: number; body: string; user?: Identity }): StoredComment;
  /** Comments deleted (by their author), in order. */
  deletedComments: StoredComment[];
  /** Put a check run in place as if another job had created it. */
  seedCheckRun(r: { owner: string; repo: string; headSha: string; name: string; status?: string; conclusion?: string | null }): StoredCheckRun;
  /** Comments of one issue, oldest first. */
  issueComments(owner: string, repo: string, issueNumber: number): StoredComment[];
  /** Requests matching a method and (optionally) an OpenAPI route. */
  requestsTo(method: string, route?: string): RecordedRequest[];
  close(): Promise<void>;
}

const NOT_ACCESSIBLE = 'Resource not accessible by integration';
const SECONDARY_LIMIT = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
const DOCS = 'https://docs.github.com/rest';
/** GitHub's limit on issue comment bodies. */
const COMMENT_LIMIT = 65_536;

class HttpAnswer {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const api = githubApiDescription();
  let served = 0;
  let nextId = 1000;
  let createFaults = 0;
  let malformed = 0;
  const state: FakeGitHub = {
    url: '',
    options,
    requests: [],
    violations: [],
    comments: [],
    deletedComments: [],
    checkRuns: [],
    dispatches: [],
    seedComment(c) {
      const now = new Date(Date.UTC(2026, 0, 1, 0, 0, state.comments.length)).toISOString();
      const stored: StoredComment = {
        id: nextId++,
        owner: c.owner,
        repo: c.repo,
        issueNumber: c.issueNumber,
        body: c.body,
        user: c.user ?? ACTIONS_BOT,
        createdAt: now,
        updatedAt: now,
      };
      state.comments.push(stored);
      return stored;
    },
    seedCheckRun(r) {
      const run: StoredCheckRun = {
        id: nextId++,
        owner: r.owner,
        repo: r.repo,
        name: r.name,
        headSha: r.headSha,
        status: r.status ?? (r.conclusion ? 'completed' : 'queued'),
        conclusion: r.conclusion ?? null,
        output: {},
        annotations: [],
      };
      state.checkRuns.push(run);
      return run;
    },
    issueComments(owner, repo, issueNumber) {
      return state.comments.filter((c) => c.owner === owner && c.repo === repo && c.issueNumber === issueNumber);
    },
    requestsTo(method, route) {
      return state.requests.filter((r) => r.method === method.toUpperCase() && (route === undefined || r.route === route));
    },
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      state.violations.push({ method: req.method ?? '', url: req.url ?? '', kind: 'response', message: `harness error: ${String(err)}` });
      send(res, new HttpAnswer(500, { message: String(err) }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', state.url);
    const raw = await readBody(req);
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const record: RecordedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), token, status: 0 };
    state.requests.push(record);
    const violation = (kind: Violation['kind'], message: string) =>
      state.violations.push({ method, url: url.pathname + url.search, kind, message });

    let body: unknown;
    if (raw.length) {
      try {
        body = JSON.parse(raw);
      } catch {
        violation('body', 'the body is not JSON');
        return finish(new HttpAnswer(400, { message: 'Problems parsing JSON', documentation_url: DOCS }));
      }
    }
    record.body = body;

    const identity = (token && options.tokens?.[token]) || ACTIONS_BOT;

    // GraphQL is not part of the REST description: the one query answered is
    // the token's login, which works for installation tokens too.
    if (method === 'POST' && url.pathname === '/graphql') {
      record.route = '/graphql';
      const query = typeof (body as { query?: unknown })?.query === 'string' ? (body as { query: string }).query : '';
      if (!/^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
        violation('body', `GraphQL query not answered by the fake: ${JSON.stringify(query)}`);
        return finish(new HttpAnswer(400, { message: 'Problems parsing JSON', documentation_url: DOCS }));
      }
      const fault = await faultOf(false);
      if (fault) return finish(fault);
      if (!token) return finish(new HttpAnswer(401, { message: 'Requires authentication', documentation_url: DOCS }));
      return finish(new HttpAnswer(200, { data: { viewer: { login: identity.login } } }));
    }

    const found = api.match(method, url.pathname);
    if ('error' in found) {
      const message =
        found.error === 'no-path'
          ? `no operation of the GitHub REST API has the path ${url.pathname}`
          : `${found.route} has no ${method} operation (only ${api.methodsOf(found.route!).join(', ').toUpperCase()})`;
      violation(found.error === 'no-path' ? 'path' : 'method', message);
      return finish(new HttpAnswer(404, { message: 'Not Found', documentation_url: DOCS }));
    }
    record.route = found.route;
    record.operationId = found.operationId;

    const paramErrors = api.validateParameters(found, url.searchParams);
    if (paramErrors.length) {
      violation('parameter', `${found.operationId}: ${paramErrors.join('; ')}`);
      return finish(new HttpAnswer(422, { message: 'Invalid request.', errors: paramErrors, documentation_url: DOCS }));
    }

    const bodyErrors = api.validateRequestBody(found, body);
    if (bodyErrors.length) {
      violation('body', `${found.operationId}: ${bodyErrors.join('; ')}`);
      return finish(new HttpAnswer(422, { message: 'Invalid request.', errors: bodyErrors, documentation_url: DOCS }));
    }

    const isIssueComment = /^\/repos\/\{owner\}\/\{repo\}\/issues\/(\{issue_number\}\/comments|comments\/\{comment_id\})$/.test(found.route);
    const fault = await faultOf(isIssueComment);
    if (fault) return finish(fault);
    const isWrite = method !== 'GET' && method !== 'HEAD';
    if (isWrite && !token) return finish(new HttpAnswer(401, { message: 'Requires authentication', documentation_url: DOCS }));
    if (isWrite && options.readOnly) return finish(new HttpAnswer(403, { message: NOT_ACCESSIBLE, documentation_url: DOCS }));

    const createFault = options.createFault;
    if (found.operationId === 'issues/create-comment' && createFault && createFaults < (createFault.times ?? 1)) {
      createFaults += 1;
      if (createFault.kind === 'not-made-502') return finish(new HttpAnswer(502, { message: 'Server Error' }));
      respond(api, found, body, url, identity);
      if (createFault.kind === 'made-then-502') return finish(new HttpAnswer(502, { message: 'Server Error' }));
      record.status = 0;
      req.socket.destroy();
      return;
    }
    const answer = respond(api, found, body, url, identity);
    if (answer.body !== undefined && answer.status < 300) {
      const errors = api.validateResponseBody(found, answer.status, answer.body);
      if (errors.length) violation('response', `harness answer to ${found.operationId} breaks its schema: ${errors.join('; ')}`);
    }
    if (answer.status === 422) violation('limit', `${found.operationId}: ${JSON.stringify(answer.body)}`);
    return finish(answer);

    /** The fault this request meets, counted in the order requests are served. */
    async function faultOf(issueComment: boolean): Promise<HttpAnswer | undefined> {
      served += 1;
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      const failFirst = options.failFirst ?? 0;
      if (served <= failFirst) return new HttpAnswer(options.failStatus ?? 502, { message: 'Server Error' });
      const secondary = options.secondaryRateLimit ?? 0;
      if (served <= failFirst + secondary) {
        return new HttpAnswer(
          options.secondaryRateLimitStatus ?? 403,
          { message: SECONDARY_LIMIT, documentation_url: DOCS },
          { 'retry-after': String(options.retryAfterSeconds ?? 1) },
        );
      }
      const limitedBefore = failFirst + secondary;
      if (options.primaryRateLimit && served > limitedBefore && served <= limitedBefore + options.primaryRateLimit) {
        const reset = Math.ceil(Date.now() / 1000) + 1;
        return new HttpAnswer(
          403,
          { message: 'API rate limit exceeded for installation.', documentation_url: DOCS },
          { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
        );
      }
      if (issueComment && options.missingIssues) return new HttpAnswer(404, { message: 'Not Found', documentation_url: DOCS });
      return undefined;
    }

    function finish(answer: HttpAnswer): void {
      record.status = answer.status;
      const cut = answer.body !== undefined && malformed < (options.malformedJson ?? 0);
      if (cut) malformed += 1;
      send(res, answer, cut);
    }
  }

  /** The answer of a described operation: stateful where tests look, else a schema-shaped sample. */
  function respond(api: GitHubApiDescription, op: Operation, body: any, url: URL, identity: Identity): HttpAnswer {
    const p = op.params;
    const base = state.url;
    const commentJson = (c: StoredComment) => ({
      ...api.sample(api.doc.components.schemas['issue-comment']),
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${base}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${c.owner}/${c.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${base}/repos/${c.owner}/${c.repo}/issues/${c.issueNumber}`,
      body: c.body,
      user: userJson(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    });
    const userJson = (u: Identity) => ({
      ...api.sample(api.doc.components.schemas['simple-user']),
      login: u.login,
      id: u.type === 'Bot' ? 41898282 : 583231,
      type: u.type,
      html_url: `https://github.com/${u.login.replace('[bot]', '')}`,
    });
    const checkJson = (c: StoredCheckRun) => ({
      ...api.sample(api.doc.components.schemas['check-run']),
      id: c.id,
      name: c.name,
      head_sha: c.headSha,
      status: c.status,
      conclusion: c.conclusion ?? null,
      url: `${base}/repos/${c.owner}/${c.repo}/check-runs/${c.id}`,
      html_url: `https://github.com/${c.owner}/${c.repo}/runs/${c.id}`,
      output: {
        title: c.output.title ?? null,
        summary: c.output.summary ?? null,
        text: c.output.text ?? null,
        annotations_count: c.annotations.length,
        annotations_url: `${base}/repos/${c.owner}/${c.repo}/check-runs/${c.id}/annotations`,
      },
    });
    const now = () => new Date().toISOString();

    switch (`${op.method} ${op.route}`) {
      case 'get /user': {
        if (identity.type === 'Bot') return new HttpAnswer(403, { message: NOT_ACCESSIBLE, documentation_url: DOCS });
        const sample = api.sample(api.doc.components.schemas['public-user']);
        return new HttpAnswer(200, { ...sample, login: identity.login, type: 'User', id: 583231 });
      }
      case 'get /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const { items, headers } = paginate(state.issueComments(p.owner, p.repo, Number(p.issue_number)), url, options.loopingLink);
        return new HttpAnswer(200, items.map(commentJson), headers);
      }
      case 'get /repos/{owner}/{repo}/commits/{ref}/check-runs': {
        const q = url.searchParams;
        let runs = state.checkRuns.filter(
          (r) => r.owner === p.owner && r.repo === p.repo && r.headSha === p.ref && (!q.get('check_name') || r.name === q.get('check_name')),
        );
        if (q.get('status')) runs = runs.filter((r) => r.status === q.get('status'));
        // filter=latest (the default) keeps the most recent run of each name.
        if (q.get('filter') !== 'all') runs = runs.filter((r, i) => !runs.slice(i + 1).some((later) => later.name === r.name));
        const { items, headers } = paginate(runs, url);
        return new HttpAnswer(200, { total_count: runs.length, check_runs: items.map(checkJson) }, headers);
      }
      case 'get /repos/{owner}/{repo}/check-runs/{check_run_id}': {
        const run = state.checkRuns.find((x) => x.id === Number(p.check_run_id) && x.owner === p.owner && x.repo === p.repo);
        return run ? new HttpAnswer(200, checkJson(run)) : new HttpAnswer(404, { message: 'Not Found', documentation_url: DOCS });
      }
      case 'post /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        if (body.body.length > COMMENT_LIMIT) return commentTooLong();
        const c = state.seedComment({ owner: p.owner, repo: p.repo, issueNumber: Number(p.issue_number), body: body.body, user: identity });
        c.createdAt = c.updatedAt = now();
        return new HttpAnswer(201, commentJson(c), { location: `${base}/repos/${p.owner}/${p.repo}/issues/comments/${c.id}` });
      }
      case 'patch /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const c = state.comments.find((x) => x.id === Number(p.comment_id) && x.owner === p.owner && x.repo === p.repo);
        if (!c) return new HttpAnswer(404, { message: 'Not Found', documentation_url: DOCS });
        // Only the author (or a maintainer, which tokens here are not) may edit a comment.
        if (c.user.login !== identity.login) return new HttpAnswer(403, { message: NOT_ACCESSIBLE, documentation_url: DOCS });
        if (body.body.length > COMMENT_LIMIT) return commentTooLong();
        c.body = body.body;
        c.updatedAt = now();
        return new HttpAnswer(200, commentJson(c));
      }
      case 'delete /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const i = state.comments.findIndex((x) => x.id === Number(p.comment_id) && x.owner === p.owner && x.repo === p.repo);
        if (i < 0) return new HttpAnswer(404, { message: 'Not Found', documentation_url: DOCS });
        if (state.comments[i].user.login !== identity.login) return new HttpAnswer(403, { message: NOT_ACCESSIBLE, documentation_url: DOCS });
        state.deletedComments.push(...state.comments.splice(i, 1));
        return new HttpAnswer(204);
      }
      case 'post /repos/{owner}/{repo}/check-runs': {
        const run: StoredCheckRun = {
          id: nextId++,
          owner: p.owner,
          repo: p.repo,
          name: body.name,
          headSha: body.head_sha,
          status: body.conclusion ? 'completed' : (body.status ?? 'queued'),
          conclusion: body.conclusion,
          output: { title: body.output?.title, summary: body.output?.summary, text: body.output?.text },
          annotations: [...(body.output?.annotations ?? [])],
        };
        state.checkRuns.push(run);
        return new HttpAnswer(201, checkJson(run));
      }
      case 'patch /repos/{owner}/{repo}/check-runs/{check_run_id}': {
        const run = state.checkRuns.find((x) => x.id === Number(p.check_run_id) && x.owner === p.owner && x.repo === p.repo);
        if (!run) return new HttpAnswer(404, { message: 'Not Found', documentation_url: DOCS });
        if (body.name) run.name = body.name;
        if (body.status) run.status = body.status;
        if (body.conclusion) [run.conclusion, run.status] = [body.conclusion, 'completed'];
        if (body.output) {
          run.output = { ...run.output, title: body.output.title, summary: body.output.summary, text: body.output.text ?? run.output.text };
          // Annotations given to an update are added to those already there.
          run.annotations.push(...(body.output.annotations ?? []));
        }
        return new HttpAnswer(200, checkJson(run));
      }
      case 'post /repos/{owner}/{repo}/dispatches':
        state.dispatches.push({ owner: p.owner, repo: p.repo, eventType: body.event_type, clientPayload: body.client_payload });
        return new HttpAnswer(204);
      default: {
        const status = api.successStatus(op);
        const found = api.responseSchema(op, status);
        return new HttpAnswer(status, found ? api.sample(found.schema) : undefined);
      }
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

/**
 * One page of a list, with GitHub's Link header (prev/next/last/first). With
 * `loop`, the last page's `next` points back to the first page.
 */
function paginate<T>(all: T[], url: URL, loop = false): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 30) || 30, 1), 100);
  const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(all.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const u = new URL(url.pathname, url.origin);
    for (const [k, v] of url.searchParams) if (k !== 'page' && k !== 'per_page') u.searchParams.append(k, v);
    u.searchParams.set('per_page', String(perPage));
    u.searchParams.set('page', String(n));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  else if (loop) links.push(link(1, 'next'));
  if (page > 1) links.push(link(1, 'first'));
  return { items: all.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(', ') } : {} };
}

function commentTooLong(): HttpAnswer {
  return new HttpAnswer(422, {
    message: 'Validation Failed',
    errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${COMMENT_LIMIT} characters)` }],
    documentation_url: DOCS,
  });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Send an answer; `cut` sends only the first half of its JSON, as a connection cut mid-body would. */
function send(res: ServerResponse, answer: HttpAnswer, cut = false): void {
  const headers: Record<string, string> = {
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    ...answer.headers,
  };
  if (answer.body === undefined) {
    res.writeHead(answer.status, headers);
    res.end();
    return;
  }
  const whole = JSON.stringify(answer.body);
  const text = cut ? whole.slice(0, Math.floor(whole.length / 2)) : whole;
  res.writeHead(answer.status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
