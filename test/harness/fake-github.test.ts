import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

/** A raw request, so that invalid calls can be made on purpose. */
async function call(server: FakeGitHub, method: string, path: string, body?: unknown) {
  const res = await fetch(server.url + path, {
    method,
    headers: { authorization: 'token ghs_test', 'content-type': 'application/json', accept: 'application/vnd.github+json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, link: res.headers.get('link'), json: text ? JSON.parse(text) : undefined };
}

describe('fake GitHub server', () => {
  let server: FakeGitHub;
  beforeAll(async () => {
    server = await startFakeGitHub();
  });
  afterAll(() => server.close());

  it('rejects a path the REST API does not have, and records the violation', async () => {
    const before = server.violations.length;
    const res = await call(server, 'POST', '/repos/o/r/issues/7/comment', { body: 'x' });
    expect(res.status).toBe(404);
    expect(server.violations.slice(before)).toEqual([expect.objectContaining({ kind: 'path' })]);
  });

  it('rejects a method the path does not have', async () => {
    const before = server.violations.length;
    const res = await call(server, 'PUT', '/repos/o/r/check-runs', { name: 'x', head_sha: 'a' });
    expect(res.status).toBe(404);
    expect(server.violations.slice(before)).toEqual([expect.objectContaining({ kind: 'method' })]);
  });

  it('rejects undeclared or mistyped parameters', async () => {
    const before = server.violations.length;
    const typo = await call(server, 'GET', '/repos/o/r/issues/7/comments?per_pag=100');
    const notInt = await call(server, 'GET', '/repos/o/r/issues/seven/comments');
    const badPage = await call(server, 'GET', '/repos/o/r/issues/7/comments?page=two');
    expect([typo.status, notInt.status, badPage.status]).toEqual([422, 422, 422]);
    const found = server.violations.slice(before);
    expect(found.map((v) => v.kind)).toEqual(['parameter', 'parameter', 'parameter']);
    expect(found[0].message).toMatch(/per_pag is not declared/);
    expect(found[1].message).toMatch(/issue_number="seven" is not an integer/);
  });

  it('rejects bodies that break the operation schema', async () => {
    const before = server.violations.length;
    // `body` is required for a comment; a number is not a string.
    const missing = await call(server, 'POST', '/repos/o/r/issues/7/comments', { text: 'x' });
    const wrongType = await call(server, 'POST', '/repos/o/r/issues/7/comments', { body: 42 });
    // GitHub's own limit of 50 annotations a request is part of the description.
    const annotations = Array.from({ length: 51 }, () => ({ path: 'a', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'm' }));
    const tooMany = await call(server, 'POST', '/repos/o/r/check-runs', { name: 'c', head_sha: 'a', output: { title: 't', summary: 's', annotations } });
    // An enum value GitHub does not know.
    const badEnum = await call(server, 'POST', '/repos/o/r/check-runs', { name: 'c', head_sha: 'a', conclusion: 'passed' });
    expect([missing.status, wrongType.status, tooMany.status, badEnum.status]).toEqual([422, 422, 422, 422]);
    const found = server.violations.slice(before);
    expect(found).toHaveLength(4);
    expect(found.every((v) => v.kind === 'body')).toBe(true);
    expect(found[2].message).toMatch(/annotations/);
    expect(server.issueComments('o', 'r', 7)).toHaveLength(0);
  });

  it('accepts valid requests and answers with schema-valid bodies', async () => {
    const before = server.violations.length;
    const created = await call(server, 'POST', '/repos/o/r/issues/7/comments', { body: 'hello' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ body: 'hello', user: { login: 'github-actions[bot]', type: 'Bot' } });
    const run = await call(server, 'POST', '/repos/o/r/check-runs', { name: 'c', head_sha: 'abc', conclusion: 'success', output: { title: 't', summary: 's' } });
    expect(run.status).toBe(201);
    expect(run.json).toMatchObject({ name: 'c', head_sha: 'abc', status: 'completed', conclusion: 'success' });
    // An operation without state gets a sample of its response schema.
    const repo = await call(server, 'GET', '/repos/o/r');
    expect(repo.status).toBe(200);
    expect(repo.json).toHaveProperty('full_name');
    expect(server.violations.slice(before)).toEqual([]);
  });

  it('paginates issue comments with Link headers', async () => {
    for (let i = 0; i < 5; i++) server.seedComment({ owner: 'o', repo: 'r', issueNumber: 9, body: `c${i}` });
    const first = await call(server, 'GET', '/repos/o/r/issues/9/comments?per_page=2');
    expect(first.json.map((c: { body: string }) => c.body)).toEqual(['c0', 'c1']);
    expect(first.link).toMatch(/page=2>; rel="next"/);
    expect(first.link).toMatch(/page=3>; rel="last"/);
    const next = /<([^>]+)>; rel="next"/.exec(first.link!)![1];
    const second = (await fetch(next).then((r) => r.json())) as { body: string }[];
    expect(second.map((c: { body: string }) => c.body)).toEqual(['c2', 'c3']);
    const last = await call(server, 'GET', '/repos/o/r/issues/9/comments?per_page=2&page=3');
    expect(last.json.map((c: { body: string }) => c.body)).toEqual(['c4']);
    expect(last.link).not.toMatch(/rel="next"/);
  });

  it('lists the latest check run of each name for a commit', async () => {
    const sha = 'e'.repeat(40);
    server.seedCheckRun({ owner: 'o', repo: 'r', headSha: sha, name: 'modelgate / validate-schema', conclusion: 'failure' });
    const latest = server.seedCheckRun({ owner: 'o', repo: 'r', headSha: sha, name: 'modelgate / validate-schema', conclusion: 'success' });
    server.seedCheckRun({ owner: 'o', repo: 'r', headSha: sha, name: 'modelgate / drift-check', status: 'in_progress' });
    server.seedCheckRun({ owner: 'o', repo: 'r', headSha: 'f'.repeat(40), name: 'other commit', conclusion: 'success' });
    const before = server.violations.length;
    const named = await call(server, 'GET', `/repos/o/r/commits/${sha}/check-runs?check_name=${encodeURIComponent('modelgate / validate-schema')}`);
    expect(named.json).toMatchObject({ total_count: 1, check_runs: [{ id: latest.id, conclusion: 'success', status: 'completed' }] });
    const all = await call(server, 'GET', `/repos/o/r/commits/${sha}/check-runs?filter=all&per_page=2`);
    expect(all.json.total_count).toBe(3);
    expect(all.json.check_runs).toHaveLength(2);
    expect(all.link).toMatch(/filter=all.*page=2>; rel="next"/);
    const one = await call(server, 'GET', `/repos/o/r/check-runs/${latest.id}`);
    expect(one.json).toMatchObject({ id: latest.id, head_sha: sha });
    expect(server.violations.slice(before)).toEqual([]);
  });

  it('answers GET /user with 403 for the GITHUB_TOKEN bot', async () => {
    const res = await call(server, 'GET', '/user');
    expect(res.status).toBe(403);
    expect(res.json.message).toBe('Resource not accessible by integration');
  });
});

describe('fake GitHub server modes', () => {
  it('read-only mode forbids writes but allows reads', async () => {
    const server = await startFakeGitHub({ readOnly: true });
    try {
      expect((await call(server, 'POST', '/repos/o/r/issues/1/comments', { body: 'x' })).status).toBe(403);
      expect((await call(server, 'GET', '/repos/o/r/issues/1/comments')).status).toBe(200);
      expect(server.violations).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('fails the first N requests with 502, then a secondary rate limit', async () => {
    const server = await startFakeGitHub({ failFirst: 2, secondaryRateLimit: 1, retryAfterSeconds: 3 });
    try {
      const statuses: number[] = [];
      let limited: Response | undefined;
      for (let i = 0; i < 4; i++) {
        const res = await fetch(`${server.url}/repos/o/r/issues/1/comments`);
        statuses.push(res.status);
        if (res.status === 403) limited = res;
      }
      expect(statuses).toEqual([502, 502, 403, 200]);
      expect(limited!.headers.get('retry-after')).toBe('3');
      expect(((await limited!.json()) as { message: string }).message).toMatch(/secondary rate limit/);
    } finally {
      await server.close();
    }
  });
});

describe('GitHub API description', () => {
  it('validates answers too: an empty object is not an issue comment', async () => {
    const { githubApiDescription } = await import('./openapi.js');
    const api = githubApiDescription();
    const op = api.match('POST', '/repos/o/r/issues/7/comments');
    if ('error' in op) throw new Error('route not found');
    expect(op.operationId).toBe('issues/create-comment');
    expect(op.params).toEqual({ owner: 'o', repo: 'r', issue_number: '7' });
    expect(api.validateResponseBody(op, 201, {}).join(' ')).toMatch(/required/);
    expect(api.validateResponseBody(op, 201, api.sample(api.responseSchema(op, 201)!.schema))).toEqual([]);
  });

  it('routes the literal path before a templated one', async () => {
    const { githubApiDescription } = await import('./openapi.js');
    const op = githubApiDescription().match('PATCH', '/repos/o/r/issues/comments/5');
    expect('error' in op ? op.error : op.route).toBe('/repos/{owner}/{repo}/issues/comments/{comment_id}');
  });
});
