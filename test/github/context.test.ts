import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGitHubContext } from '../../src/github/context.js';
import { eventPayload } from '../harness/run-action.js';

const dir = mkdtempSync(join(tmpdir(), 'modelgate-context-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function payloadFile(name: string, payload: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return file;
}

const base = {
  GITHUB_REPOSITORY: 'acme/models',
  GITHUB_SHA: 'm'.repeat(40),
  GITHUB_REF: 'refs/pull/5/merge',
  GITHUB_ACTOR: 'octocat',
  GITHUB_RUN_ID: '99',
  GITHUB_WORKFLOW: 'ML gates',
  GITHUB_SERVER_URL: 'https://github.example.com',
  GITHUB_API_URL: 'https://github.example.com/api/v3',
};

describe('readGitHubContext', () => {
  it('reads a pull_request run from the same repository', () => {
    const ctx = readGitHubContext({
      ...base,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: payloadFile('pr.json', eventPayload('pull_request', 'acme/models', { number: 5, headSha: 'h'.repeat(40) })),
    });
    expect(ctx).toEqual({
      owner: 'acme',
      repo: 'models',
      eventName: 'pull_request',
      pullRequest: 5,
      headSha: 'h'.repeat(40),
      sha: 'm'.repeat(40),
      ref: 'refs/pull/5/merge',
      actor: 'octocat',
      serverUrl: 'https://github.example.com',
      apiUrl: 'https://github.example.com/api/v3',
      runId: '99',
      runUrl: 'https://github.example.com/acme/models/actions/runs/99',
      workflow: 'ML gates',
      isFork: false,
    });
  });

  it('tells a fork pull request (pull_request_target too) from a same-repository one', () => {
    const fork = payloadFile('fork.json', eventPayload('pull_request_target', 'acme/models', { fork: true }));
    expect(readGitHubContext({ ...base, GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: fork }).isFork).toBe(true);
    // A PR between two branches of a fork: head.repo.fork is true, but it is not from another repository.
    const inFork = eventPayload('pull_request', 'contributor/models', {}) as any;
    inFork.pull_request.head.repo.fork = inFork.pull_request.base.repo.fork = true;
    const ctx = readGitHubContext({ ...base, GITHUB_REPOSITORY: 'contributor/models', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: payloadFile('infork.json', inFork) });
    expect(ctx.isFork).toBe(false);
    // A deleted fork leaves head.repo null.
    const deleted = eventPayload('pull_request', 'acme/models', {}) as any;
    deleted.pull_request.head.repo = null;
    expect(readGitHubContext({ ...base, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: payloadFile('deleted.json', deleted) }).isFork).toBe(true);
  });

  it('has no pull request on push', () => {
    const ctx = readGitHubContext({ ...base, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: payloadFile('push.json', eventPayload('push', 'acme/models')) });
    expect(ctx.pullRequest).toBeUndefined();
    expect(ctx.headSha).toBeUndefined();
    expect(ctx.isFork).toBeUndefined();
  });

  it('never throws on missing or broken pieces', () => {
    expect(readGitHubContext({})).toEqual({
      owner: undefined, repo: undefined, eventName: undefined, sha: undefined, ref: undefined, actor: undefined,
      serverUrl: 'https://github.com', apiUrl: 'https://api.github.com', runId: undefined, runUrl: undefined, workflow: undefined,
    });
    for (const content of ['{not json', '[]', 'null', '{"pull_request": 3}', '{"pull_request": {"number": "7", "head": 1}}']) {
      const ctx = readGitHubContext({ ...base, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: payloadFile('bad.json', content) });
      expect(ctx.pullRequest).toBeUndefined();
      expect(ctx.owner).toBe('acme');
    }
    expect(readGitHubContext({ GITHUB_EVENT_PATH: join(dir, 'missing.json'), GITHUB_REPOSITORY: 'solo' }).repo).toBeUndefined();
  });
});
