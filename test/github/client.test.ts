import { describe, expect, it } from 'vitest';
import { repositoryDispatch } from '../../src/github/dispatch.js';
import { upsertStickyComment, commentMarker } from '../../src/github/comment.js';
import { startFakeGitHub } from '../harness/fake-github.js';
import { captureLog, testClient } from '../harness/client.js';
import { UserError } from '../../src/core/errors.js';
import { DeadlineError } from '../../src/github/errors.js';

describe('createGitHubClient', () => {
  it('retries 502 answers and then succeeds', async () => {
    const server = await startFakeGitHub({ failFirst: 2 });
    try {
      const client = testClient(server);
      const { data } = await client.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 3, body: 'hi' });
      expect(data.body).toBe('hi');
      expect(server.requests.map((r) => r.status)).toEqual([502, 502, 201]);
      expect(server.comments).toHaveLength(1);
      expect(server.violations).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('gives up after three retries of a server error', async () => {
    const server = await startFakeGitHub({ failFirst: 10 });
    try {
      const client = testClient(server);
      await expect(client.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 3 })).rejects.toMatchObject({ status: 502 });
      expect(server.requests).toHaveLength(4);
    } finally {
      await server.close();
    }
  });

  it('waits out a secondary rate limit twice, then gives up with a warning', async () => {
    const server = await startFakeGitHub({ secondaryRateLimit: 2 });
    try {
      const log = captureLog();
      const { data } = await testClient(server, log).rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 3 });
      expect(data).toEqual([]);
      expect(server.requests.map((r) => r.status)).toEqual([403, 403, 200]);
      expect(log.warnings).toEqual([]);
    } finally {
      await server.close();
    }
    const stubborn = await startFakeGitHub({ secondaryRateLimit: 100 });
    try {
      const log = captureLog();
      await expect(testClient(stubborn, log).rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 3 })).rejects.toMatchObject({ status: 403 });
      expect(stubborn.requests).toHaveLength(3);
      expect(log.warnings).toHaveLength(1);
      expect(log.warnings[0]).toMatch(/secondary rate limit.*giving up/);
    } finally {
      await stubborn.close();
    }
  });

  it('waits once for the primary rate limit to reset, then gives up with a warning', async () => {
    const server = await startFakeGitHub({ primaryRateLimit: 1 });
    try {
      const log = captureLog();
      await testClient(server, log).rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 3 });
      expect(server.requests.map((r) => r.status)).toEqual([403, 200]);
      expect(log.warnings).toEqual([expect.stringMatching(/rate limit hit.*retrying/)]);
    } finally {
      await server.close();
    }
    const exhausted = await startFakeGitHub({ primaryRateLimit: 10 });
    try {
      const log = captureLog();
      await expect(testClient(exhausted, log).rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 3 })).rejects.toMatchObject({ status: 403 });
      expect(exhausted.requests).toHaveLength(2);
      expect(log.warnings.at(-1)).toMatch(/rate limit exhausted.*giving up/);
    } finally {
      await exhausted.close();
    }
  });

  it('aborts an attempt that takes too long, retries it, then fails', async () => {
    const server = await startFakeGitHub({ delayMs: 300 });
    try {
      const client = testClient(server, captureLog(), 'ghs_faketoken', 50);
      await expect(client.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 3 })).rejects.toMatchObject({
        status: 500,
        message: expect.stringMatching(/timeout/i),
      });
      // One attempt and three retries, each with its own deadline.
      expect(server.requests).toHaveLength(4);
    } finally {
      await server.close();
    }
  });

  it('sends the token and talks to GITHUB_API_URL', async () => {
    const server = await startFakeGitHub();
    try {
      await upsertStickyComment(testClient(server, captureLog(), 'ghs_abc'), {
        owner: 'o', repo: 'r', issueNumber: 1, marker: commentMarker('drift-check'), body: 'b', log: captureLog(),
      });
      expect(server.requests.length).toBeGreaterThan(0);
      expect(server.requests.every((r) => r.token === 'ghs_abc')).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe('createGitHubClient with a deadline (#17 item 11)', () => {
  it('does not wait out a retry-after that ends past the deadline', async () => {
    // Retry delays are in units of retryBaseMs (1 ms here): retry-after 600 is a 600 ms wait against 300 ms left.
    const server = await startFakeGitHub({ secondaryRateLimit: 100, secondaryRateLimitStatus: 429, retryAfterSeconds: 600 });
    try {
      const log = captureLog();
      const started = Date.now();
      const client = testClient(server, log, 'ghs_faketoken', undefined, { deadline: started + 300 });
      await expect(client.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 3 })).rejects.toMatchObject({ status: 429 });
      expect(Date.now() - started).toBeLessThan(300);
      expect(server.requests).toHaveLength(1);
      expect(log.warnings).toEqual([expect.stringMatching(/secondary rate limit.*giving up \(waiting 600 s would pass the time allowed/)]);
    } finally {
      await server.close();
    }
  });

  it('retries a 429 only as the rate limit it is, not also as a server error', async () => {
    const server = await startFakeGitHub({ secondaryRateLimit: 2, secondaryRateLimitStatus: 429 });
    try {
      await testClient(server).rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 3 });
      expect(server.requests.map((r) => r.status)).toEqual([429, 429, 200]);
    } finally {
      await server.close();
    }
  });

  it('cuts an attempt off at the deadline and starts no other', async () => {
    const server = await startFakeGitHub({ delayMs: 2000 });
    try {
      const started = Date.now();
      const client = testClient(server, captureLog(), 'ghs_faketoken', undefined, { deadline: started + 200, retryBaseMs: 50 });
      await expect(client.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 3 })).rejects.toThrow();
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(190);
      expect(elapsed).toBeLessThan(1000);
      // The retry plugin would wait 50 ms × 1², which the deadline no longer covers.
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('throws DeadlineError for a call made after the deadline, without sending it', async () => {
    const server = await startFakeGitHub();
    try {
      const client = testClient(server, captureLog(), 'ghs_faketoken', undefined, { deadline: Date.now() - 1 });
      await expect(client.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 3 })).rejects.toBeInstanceOf(DeadlineError);
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});

describe('repositoryDispatch', () => {
  it('sends the event GitHub expects', async () => {
    const server = await startFakeGitHub();
    try {
      const ok = await repositoryDispatch(testClient(server), { owner: 'o', repo: 'r', eventType: 'modelgate-drift', clientPayload: { psi: 0.3 } });
      expect(ok).toBe(true);
      expect(server.dispatches).toEqual([{ owner: 'o', repo: 'r', eventType: 'modelgate-drift', clientPayload: { psi: 0.3 } }]);
      expect(server.requests[0].status).toBe(204);
      expect(server.violations).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('warns clearly on 403 and returns false', async () => {
    const server = await startFakeGitHub({ readOnly: true });
    try {
      const log = captureLog();
      expect(await repositoryDispatch(testClient(server, log), { owner: 'o', repo: 'r', eventType: 'x', log })).toBe(false);
      expect(log.warnings).toHaveLength(1);
      expect(log.warnings[0]).toMatch(/repository_dispatch.*HTTP 403.*contents: write/);
    } finally {
      await server.close();
    }
  });

  it('rejects a payload GitHub would refuse before sending it', async () => {
    const server = await startFakeGitHub();
    try {
      const payload = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]));
      await expect(repositoryDispatch(testClient(server), { owner: 'o', repo: 'r', eventType: 'x', clientPayload: payload })).rejects.toBeInstanceOf(UserError);
      await expect(repositoryDispatch(testClient(server), { owner: 'o', repo: 'r', eventType: 'e'.repeat(101) })).rejects.toBeInstanceOf(UserError);
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});
