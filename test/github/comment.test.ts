import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_BODY_LIMIT, commentMarker, fitCommentBody, upsertStickyComment } from '../../src/github/comment.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { captureLog, testClient } from '../harness/client.js';

const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
const COMMENT = '/repos/{owner}/{repo}/issues/comments/{comment_id}';
const where = { owner: 'acme', repo: 'models', issueNumber: 12 };

describe('commentMarker', () => {
  it('is a hidden HTML comment naming the gate and the id', () => {
    expect(commentMarker('validate-schema')).toBe('<!-- modelgate:validate-schema -->');
    expect(commentMarker('drift-check', 'nightly')).toBe('<!-- modelgate:drift-check:nightly -->');
    expect(commentMarker('validate-schema', 'a')).not.toBe(commentMarker('validate-schema', 'b'));
  });

  it('cannot be closed early by the id', () => {
    const m = commentMarker('drift-check', 'x --> <b>');
    expect(m.indexOf('-->')).toBe(m.length - 3);
  });
});

describe('fitCommentBody', () => {
  const marker = commentMarker('validate-schema');

  it('adds the marker when the body lacks it and leaves a short body alone', () => {
    expect(fitCommentBody('hello', marker)).toBe(`${marker}\nhello`);
    expect(fitCommentBody(`${marker}\nhello`, marker)).toBe(`${marker}\nhello`);
  });

  it('cuts a long body at a line boundary, keeps the marker, closes the fence and says so', () => {
    const line = '| row | value | 0123456789 |';
    const body = `## Report\n\n\`\`\`\n${Array.from({ length: 5000 }, (_, i) => `${line} ${i}`).join('\n')}\n\`\`\`\n${marker}`;
    expect(body.length).toBeGreaterThan(COMMENT_BODY_LIMIT);
    const fitted = fitCommentBody(body, marker);
    expect(fitted.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(fitted.startsWith(marker)).toBe(true);
    expect(fitted).toMatch(/truncated to fit GitHub's limit of 65,536 characters/);
    const beforeNote = fitted.slice(0, fitted.indexOf('\n\n---\n_This comment was truncated'));
    const lines = beforeNote.split('\n');
    // Every kept row is whole, and the open code block is closed.
    expect(lines.at(-1)).toBe('```');
    expect(lines.at(-2)).toMatch(/^\| row \| value \| 0123456789 \| \d+$/);
  });
});

describe('fitCommentBody on one huge line', () => {
  it('cuts inside the line rather than dropping it', () => {
    const marker = commentMarker('drift-check');
    const fitted = fitCommentBody(`${marker}\nshort\n${'y'.repeat(100_000)}`, marker);
    expect(fitted.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(fitted.length).toBeGreaterThan(COMMENT_BODY_LIMIT - 300);
    expect(fitted.startsWith(`${marker}\nshort\nyyy`)).toBe(true);
  });

  it('does not split a surrogate pair', () => {
    // Markers of both parities put the cut on both halves of a pair.
    for (const id of ['a', 'ab']) {
      const marker = commentMarker('drift-check', id);
      const fitted = fitCommentBody('😀'.repeat(40_000), marker);
      expect(fitted.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
      expect(fitted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });
});

describe('upsertStickyComment against the fake GitHub', () => {
  let server: FakeGitHub;
  beforeEach(async () => {
    server = await startFakeGitHub({ tokens: { ghp_alice: { login: 'alice', type: 'User' } } });
  });
  afterEach(async () => {
    expect(server.violations).toEqual([]);
    await server.close();
  });

  it('creates the comment once, then updates it in place', async () => {
    const client = testClient(server);
    const marker = commentMarker('validate-schema');
    const log = captureLog();
    expect(await upsertStickyComment(client, { ...where, marker, body: `${marker}\nfirst`, log })).toBe('created');
    expect(await upsertStickyComment(client, { ...where, marker, body: `${marker}\nsecond`, log })).toBe('updated');
    const comments = server.issueComments('acme', 'models', 12);
    expect(comments.map((c) => c.body)).toEqual([`${marker}\nsecond`]);
    expect(comments[0].user.login).toBe('github-actions[bot]');
    expect(server.requestsTo('POST', COMMENTS)).toHaveLength(1);
    expect(server.requestsTo('PATCH', COMMENT)).toHaveLength(1);
    expect(log.warnings).toEqual([]);
  });

  it('sends no PATCH when the body is unchanged', async () => {
    const client = testClient(server);
    const marker = commentMarker('validate-schema');
    const log = captureLog();
    await upsertStickyComment(client, { ...where, marker, body: 'same', log });
    expect(await upsertStickyComment(client, { ...where, marker, body: 'same', log })).toBe('unchanged');
    expect(server.requestsTo('PATCH')).toHaveLength(0);
    expect(server.issueComments('acme', 'models', 12)).toHaveLength(1);
  });

  it('finds its comment on a later page when the PR has more than 100 comments', async () => {
    const marker = commentMarker('drift-check');
    for (let i = 0; i < 130; i++) server.seedComment({ ...where, body: `chatter ${i}`, user: { login: 'bob', type: 'User' } });
    const ours = server.seedComment({ ...where, body: `${marker}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' } });
    for (let i = 0; i < 20; i++) server.seedComment({ ...where, body: `more ${i}`, user: { login: 'bob', type: 'User' } });
    const client = testClient(server);
    expect(await upsertStickyComment(client, { ...where, marker, body: `${marker}\nnew`, log: captureLog() })).toBe('updated');
    expect(ours.body).toBe(`${marker}\nnew`);
    const pages = server.requestsTo('GET', COMMENTS);
    expect(pages.map((r) => r.query.per_page)).toEqual(['100', '100']);
    expect(server.requestsTo('POST', COMMENTS)).toHaveLength(0);
  });

  it("leaves someone else's comment with the same marker alone", async () => {
    const marker = commentMarker('fairness-gate');
    const quoted = server.seedComment({ ...where, body: `I saw this: ${marker}`, user: { login: 'carol', type: 'User' } });
    const client = testClient(server);
    expect(await upsertStickyComment(client, { ...where, marker, body: `${marker}\nours`, log: captureLog() })).toBe('created');
    expect(quoted.body).toBe(`I saw this: ${marker}`);
    expect(server.issueComments('acme', 'models', 12)).toHaveLength(2);
  });

  it('with a personal token, edits only that user\'s comment', async () => {
    const marker = commentMarker('performance-gate');
    const botComment = server.seedComment({ ...where, body: `${marker}\nbot`, user: { login: 'github-actions[bot]', type: 'Bot' } });
    const aliceComment = server.seedComment({ ...where, body: `${marker}\nalice`, user: { login: 'alice', type: 'User' } });
    const client = testClient(server, captureLog(), 'ghp_alice');
    expect(await upsertStickyComment(client, { ...where, marker, body: `${marker}\nnew`, log: captureLog() })).toBe('updated');
    expect(aliceComment.body).toBe(`${marker}\nnew`);
    expect(botComment.body).toBe(`${marker}\nbot`);
  });

  it('posts a truncated body that GitHub accepts, marker kept', async () => {
    const marker = commentMarker('validate-schema');
    const body = `${marker}\n` + Array.from({ length: 4000 }, (_, i) => `line ${i} ${'x'.repeat(20)}`).join('\n');
    expect(await upsertStickyComment(testClient(server), { ...where, marker, body, log: captureLog() })).toBe('created');
    const [stored] = server.issueComments('acme', 'models', 12);
    expect(stored.body.length).toBeLessThanOrEqual(65_536);
    expect(stored.body).toContain(marker);
    expect(stored.body).toMatch(/truncated/);
    // A second run with the same long body finds it unchanged.
    expect(await upsertStickyComment(testClient(server), { ...where, marker, body, log: captureLog() })).toBe('unchanged');
  });
});

describe('upsertStickyComment with a read-only token', () => {
  it('returns skipped with one warning and does not throw', async () => {
    const server = await startFakeGitHub({ readOnly: true });
    try {
      const log = captureLog();
      const marker = commentMarker('validate-schema');
      const result = await upsertStickyComment(testClient(server, log), { ...where, marker, body: 'x', log });
      expect(result).toBe('skipped');
      expect(log.warnings).toHaveLength(1);
      expect(log.warnings[0]).toMatch(/HTTP 403/);
      expect(log.warnings[0]).toMatch(/pull-requests: write/);
      expect(server.comments).toHaveLength(0);
      expect(server.violations).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
