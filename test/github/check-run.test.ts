import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/core/gate.js';
import { createCheckRun, trimOutput } from '../../src/github/check-run.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { captureLog, testClient } from '../harness/client.js';

const annotations = (n: number): Annotation[] =>
  Array.from({ length: n }, (_, i) => ({ level: i % 2 ? 'warning' : 'error', file: 'data/train.csv', line: i + 2, title: `row ${i + 2}`, message: `bad value in row ${i + 2}` }));

describe('createCheckRun', () => {
  let server: FakeGitHub;
  beforeEach(async () => {
    server = await startFakeGitHub();
  });
  afterEach(async () => {
    expect(server.violations).toEqual([]);
    await server.close();
  });

  it('sends 120 annotations as one create of 50 and two updates of 50 and 20', async () => {
    const result = await createCheckRun(testClient(server), {
      owner: 'acme', repo: 'models', headSha: 'a'.repeat(40), name: 'modelgate / validate-schema',
      conclusion: 'failure', title: '120 problems', summary: 'summary', annotations: annotations(120),
    });
    expect(result?.id).toBe(server.checkRuns[0].id);
    const create = server.requestsTo('POST', '/repos/{owner}/{repo}/check-runs');
    const updates = server.requestsTo('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}');
    const count = (r: { body?: unknown }) => ((r.body as { output: { annotations?: unknown[] } }).output.annotations ?? []).length;
    expect(create.map(count)).toEqual([50]);
    expect(updates.map(count)).toEqual([50, 20]);
    const run = server.checkRuns[0];
    expect(run.annotations.map((a) => a.start_line)).toEqual(annotations(120).map((a) => a.line));
    expect(run.annotations[0].annotation_level).toBe('failure');
    expect(run.annotations[1].annotation_level).toBe('warning');
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure', headSha: 'a'.repeat(40) });
  });

  it('makes a single request for 50 annotations or fewer', async () => {
    await createCheckRun(testClient(server), {
      owner: 'acme', repo: 'models', headSha: 'b'.repeat(40), name: 'gate', conclusion: 'success', title: 't', summary: 's', annotations: annotations(50),
    });
    expect(server.requests.map((r) => r.method)).toEqual(['POST']);
  });

  it('trims a summary over 65,535 characters so GitHub accepts it', async () => {
    const summary = Array.from({ length: 10_000 }, (_, i) => `line ${i}`).join('\n');
    expect(summary.length).toBeGreaterThan(65_535);
    await createCheckRun(testClient(server), {
      owner: 'acme', repo: 'models', headSha: 'c'.repeat(40), name: 'gate', conclusion: 'neutral', title: 't', summary, text: summary, annotations: [],
    });
    expect(server.checkRuns[0].output.summary!.length).toBeLessThanOrEqual(65_535);
    expect(server.checkRuns[0].output.text!.length).toBeLessThanOrEqual(65_535);
    expect(trimOutput('short')).toBe('short');
    for (const limit of [100, 101]) {
      const cut = trimOutput('😀'.repeat(200), limit);
      expect(cut.length).toBeLessThanOrEqual(limit);
      expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });
});

describe('createCheckRun without checks: write', () => {
  it('warns and returns undefined on 403', async () => {
    const server = await startFakeGitHub({ readOnly: true });
    try {
      const log = captureLog();
      const result = await createCheckRun(testClient(server, log), {
        owner: 'acme', repo: 'models', headSha: 'd'.repeat(40), name: 'gate', conclusion: 'success', title: 't', summary: 's', annotations: [], log,
      });
      expect(result).toBeUndefined();
      expect(log.warnings).toHaveLength(1);
      expect(log.warnings[0]).toMatch(/checks: write/);
    } finally {
      await server.close();
    }
  });
});
