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

describe('whose comment is ours (#17 items 2 and 12)', () => {
  const OTHER_APP = { login: 'other-app[bot]', type: 'Bot' as const };
  let server: FakeGitHub;
  beforeEach(async () => {
    server = await startFakeGitHub({ tokens: { ghs_myapp: { login: 'my-app[bot]', type: 'Bot' } } });
  });
  afterEach(async () => {
    expect(server.violations).toEqual([]);
    await server.close();
  });

  it('puts the marker on the first line and defuses marker-like text further down', () => {
    const marker = commentMarker('validate-schema');
    const forged = `${commentMarker('fairness-gate')} and <!--modelgate:drift-check:train -->`;
    const fitted = fitCommentBody(`| column | ${forged} |`, marker);
    expect(fitted.split('\n')[0]).toBe(marker);
    expect(fitted.slice(marker.length)).not.toMatch(/<!--\s*modelgate:/);
    // GitHub shows the defused text as it was written.
    expect(fitted).toContain('&lt;!-- modelgate:fairness-gate -->');
    // A marker the caller already put first is not doubled.
    expect(fitCommentBody(`${marker}\nbody`, marker)).toBe(`${marker}\nbody`);
  });

  it("never updates another gate's comment, even one whose body holds this gate's marker", async () => {
    const fairness = commentMarker('fairness-gate');
    // validate-schema's comment as an older modelgate posted it: a data value carried fairness-gate's marker.
    const schema = server.seedComment({ ...where, body: `${commentMarker('validate-schema')}\n| ${fairness} | fail |` });
    const result = await upsertStickyComment(testClient(server), { ...where, marker: fairness, body: 'fairness report', log: captureLog() });
    expect(result).toBe('created');
    expect(schema.body).toBe(`${commentMarker('validate-schema')}\n| ${fairness} | fail |`);
    expect(server.requestsTo('PATCH')).toHaveLength(0);
    expect(server.issueComments('acme', 'models', 12).map((c) => c.body)).toEqual([schema.body, `${fairness}\nfairness report`]);
  });

  it("never updates another comment-id's comment", async () => {
    const train = commentMarker('validate-schema', 'train');
    const testMarker = commentMarker('validate-schema', 'test');
    const trainComment = server.seedComment({ ...where, body: `${train}\nfail: 3 rules broken; value ${testMarker}` });
    expect(await upsertStickyComment(testClient(server), { ...where, marker: testMarker, body: 'pass', log: captureLog() })).toBe('created');
    expect(trainComment.body).toBe(`${train}\nfail: 3 rules broken; value ${testMarker}`);
  });

  it("leaves another app's comment that starts with our marker alone, and posts our own", async () => {
    const marker = commentMarker('drift-check');
    const theirs = server.seedComment({ ...where, body: `${marker}\ncopied by another bot`, user: OTHER_APP });
    const log = captureLog();
    expect(await upsertStickyComment(testClient(server), { ...where, marker, body: 'ours', log })).toBe('created');
    expect(theirs.body).toBe(`${marker}\ncopied by another bot`);
    expect(server.requestsTo('PATCH')).toHaveLength(0);
    expect(log.warnings).toEqual([]);
    const ours = server.issueComments('acme', 'models', 12).filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours.map((c) => c.body)).toEqual([`${marker}\nours`]);
  });

  it("with another app's token, finds that app's comment and not github-actions[bot]'s", async () => {
    const marker = commentMarker('performance-gate');
    const actions = server.seedComment({ ...where, body: `${marker}\nold (GITHUB_TOKEN)` });
    const mine = server.seedComment({ ...where, body: `${marker}\nold (my app)`, user: { login: 'my-app[bot]', type: 'Bot' } });
    const client = testClient(server, captureLog(), 'ghs_myapp');
    expect(await upsertStickyComment(client, { ...where, marker, body: 'new', log: captureLog() })).toBe('updated');
    expect(mine.body).toBe(`${marker}\nnew`);
    expect(actions.body).toBe(`${marker}\nold (GITHUB_TOKEN)`);
    // The identity came from GraphQL's viewer, which answers installation tokens.
    expect(server.requestsTo('POST', '/graphql')).toHaveLength(1);
  });

  it('keeps the newest of several own comments with the marker and deletes the older ones', async () => {
    const marker = commentMarker('canary-decision');
    const older = server.seedComment({ ...where, body: `${marker}\nfirst` });
    server.seedComment({ ...where, body: 'chatter', user: { login: 'bob', type: 'User' } });
    const newer = server.seedComment({ ...where, body: `${marker}\nsecond` });
    const log = captureLog();
    expect(await upsertStickyComment(testClient(server), { ...where, marker, body: 'third', log })).toBe('updated');
    expect(server.deletedComments.map((c) => c.id)).toEqual([older.id]);
    expect(newer.body).toBe(`${marker}\nthird`);
    expect(server.issueComments('acme', 'models', 12).filter((c) => c.body.startsWith(marker))).toHaveLength(1);
  });
});

describe('a lost answer to a create makes no second comment (#17 item 10)', () => {
  const marker = commentMarker('fairness-gate');
  for (const kind of ['made-then-502', 'made-then-drop'] as const) {
    it(`${kind}: lists again, finds the comment, creates nothing more`, async () => {
      const server = await startFakeGitHub({ createFault: { kind } });
      try {
        const log = captureLog();
        const result = await upsertStickyComment(testClient(server, log), { ...where, marker, body: 'report', log, retryDelayMs: 1 });
        expect(result).toBe('created');
        expect(server.issueComments('acme', 'models', 12).map((c) => c.body)).toEqual([`${marker}\nreport`]);
        expect(server.requestsTo('POST', COMMENTS)).toHaveLength(1);
        // A second run updates that one comment.
        expect(await upsertStickyComment(testClient(server), { ...where, marker, body: 'later', log })).toBe('updated');
        expect(server.issueComments('acme', 'models', 12)).toHaveLength(1);
        expect(server.violations).toEqual([]);
      } finally {
        await server.close();
      }
    });
  }

  it('repeats a create that GitHub did not carry out, after looking', async () => {
    const server = await startFakeGitHub({ createFault: { kind: 'not-made-502', times: 2 } });
    try {
      const log = captureLog();
      expect(await upsertStickyComment(testClient(server, log), { ...where, marker, body: 'report', log, retryDelayMs: 1 })).toBe('created');
      expect(server.requestsTo('POST', COMMENTS).map((r) => r.status)).toEqual([502, 502, 201]);
      // Each failed create was followed by a look at the comments.
      expect(server.requestsTo('GET', COMMENTS)).toHaveLength(3);
      expect(server.issueComments('acme', 'models', 12)).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('gives up after three creates GitHub refused', async () => {
    const server = await startFakeGitHub({ createFault: { kind: 'not-made-502', times: 10 } });
    try {
      const log = captureLog();
      await expect(upsertStickyComment(testClient(server, log), { ...where, marker, body: 'report', log, retryDelayMs: 1 })).rejects.toMatchObject({ status: 502 });
      expect(server.requestsTo('POST', COMMENTS)).toHaveLength(3);
      expect(server.comments).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});

describe('the comment list (#17 item 12)', () => {
  it('stops at a Link header that points back to a page already read', async () => {
    const server = await startFakeGitHub({ loopingLink: true });
    try {
      const marker = commentMarker('drift-check');
      for (let i = 0; i < 150; i++) server.seedComment({ ...where, body: `chatter ${i}`, user: { login: 'bob', type: 'User' } });
      const log = captureLog();
      expect(await upsertStickyComment(testClient(server, log), { ...where, marker, body: 'x', log })).toBe('created');
      // Page 1, page 2 (whose next is page 1 again), and no more.
      expect(server.requestsTo('GET', COMMENTS).map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
      expect(log.warnings).toEqual([expect.stringMatching(/links back to a page already read; stopped after 2 pages/)]);
      expect(server.violations).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('posts nothing when the list is not JSON, so that no duplicate can be made', async () => {
    const server = await startFakeGitHub({ malformedJson: 2 });
    try {
      const log = captureLog();
      // The GraphQL answer and the first page are cut: no identity... and no list.
      await expect(
        upsertStickyComment(testClient(server, log), { ...where, marker: commentMarker('drift-check'), body: 'x', log }),
      ).rejects.toThrow();
      expect(server.requestsTo('POST', COMMENTS)).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it('says the pull request was not found on 404, and posts nothing', async () => {
    const server = await startFakeGitHub({ missingIssues: true });
    try {
      const log = captureLog();
      expect(await upsertStickyComment(testClient(server, log), { ...where, marker: commentMarker('drift-check'), body: 'x', log })).toBe('skipped');
      expect(log.warnings).toEqual([expect.stringMatching(/HTTP 404.*was not found/)]);
      expect(server.violations).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
