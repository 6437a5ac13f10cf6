/**
 * register-model against real git: a bare repository as origin and clones as
 * the working repositories; no mocks of git.
 */
import type { GitHubClient } from '../../../src/github/client.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeFixture, remoteTags, sh, type Fixture } from '../../registry/helpers/git-fixture.js';
import { ctxFor, runGate } from './helpers.js';
import { UserError } from '../../../src/core/errors.js';

let fx: Fixture;
beforeEach(() => {
  fx = makeFixture();
});
afterEach(() => fx.cleanup());

function writeModel(base: string, weights: string) {
  fx.write('models/churn/weights.bin', weights, base);
  fx.write('models/churn/config.json', '{"layers": 3}\n', base);
}

describe('register', () => {
  it('registers v0.0.1 as an annotated GTO tag on origin, with the record in the message', async () => {
    writeModel(fx.work, 'w1');
    fx.commit('model v1');
    const r = await runGate({ name: 'churn', path: 'models/churn', metadata: { owner: 'risk-team', 'risk-level': 'high' } }, ctxFor(fx.work));
    expect(r.outputs.version).toBe('v0.0.1');
    expect(r.outputs.tag).toBe('churn@v0.0.1');
    const tags = remoteTags(fx);
    expect([...tags.keys()]).toEqual(['churn@v0.0.1']);
    expect(sh(fx.origin, ['cat-file', '-t', 'churn@v0.0.1']).trim()).toBe('tag');
    const msg = sh(fx.origin, ['tag', '-l', '--format=%(contents)', 'churn@v0.0.1']);
    expect(msg.split('\n')[0]).toBe('Registering artifact churn version v0.0.1');
    expect(msg).toContain('owner: risk-team');
    // The registration commit has the source commit as parent and its tree.
    const head = sh(fx.work, ['rev-parse', 'HEAD']).trim();
    expect(sh(fx.origin, ['rev-parse', 'churn@v0.0.1^{commit}^']).trim()).toBe(head);
    expect(sh(fx.origin, ['rev-parse', 'churn@v0.0.1^{tree}']).trim()).toBe(sh(fx.work, ['rev-parse', 'HEAD^{tree}']).trim());
    const reg = r.report.registration as { sha256: string; files: { path: string }[] };
    expect(reg.files.map((f) => f.path)).toEqual(['config.json', 'weights.bin']);
    expect(r.outputs.sha256).toBe(reg.sha256);
    expect(readFileSync(r.outputs['model-card'], 'utf8')).toContain('risk-team');
  });

  it('returns the existing version when the same files are registered again', async () => {
    writeModel(fx.work, 'w1');
    fx.commit('model v1');
    const a = await runGate({ name: 'churn', path: 'models/churn' }, ctxFor(fx.work));
    const b = await runGate({ name: 'churn', path: 'models/churn' }, ctxFor(fx.work));
    expect(b.outputs.version).toBe(a.outputs.version);
    expect(b.report.existing).toBe(true);
    expect(remoteTags(fx).size).toBe(1);
    writeModel(fx.work, 'w2');
    const c = await runGate({ name: 'churn', path: 'models/churn', bump: 'minor' }, ctxFor(fx.work));
    expect(c.outputs.version).toBe('v0.1.0');
  });
});

async function registerTwo() {
  writeModel(fx.work, 'w1');
  fx.commit('model 1');
  fx.write('reports/perf.json', JSON.stringify({ gate: 'performance-gate', verdict: 'pass', summary: 'AUC 0.91 >= 0.85', checks: [{ id: 'metric.auc', value: 0.91 }] }));
  await runGate({ name: 'churn', path: 'models/churn', reports: ['reports/perf.json'] }, ctxFor(fx.work));
  writeModel(fx.work, 'w2');
  fx.commit('model 2');
  fx.write('reports/perf.json', JSON.stringify({ gate: 'performance-gate', verdict: 'fail', summary: 'AUC 0.70 < 0.85', checks: [{ id: 'metric.auc', value: 0.7 }] }));
  await runGate({ name: 'churn', path: 'models/churn', reports: ['reports/perf.json'] }, ctxFor(fx.work));
}

const STAGES = { stages: ['dev', 'staging', 'production'] };

describe('promote, demote, rollback', () => {
  it('promotes through the stage order, replaces the holder, and keeps who and why in the tag', async () => {
    await registerTwo();
    const ctx = ctxFor(fx.work);
    const p1 = await runGate({ command: 'promote', name: 'churn', version: 'v0.0.1', stage: 'staging', reason: 'passed review', ...STAGES, 'require-stage-order': false }, ctx);
    expect(p1.report.verdict).toBe('pass');
    expect(p1.report.written).toEqual(['churn#staging#1']);
    const p2 = await runGate({ command: 'promote', name: 'churn', version: 'v0.0.1', stage: 'production', reason: 'go live', ...STAGES }, ctx);
    expect(p2.report.verdict).toBe('pass');
    expect(p2.report.written).toEqual(['churn#production#2']);
    const msg = sh(fx.origin, ['tag', '-l', '--format=%(contents)', 'churn#production#2']);
    expect(msg).toMatch(/^audit: \S+ actor=octocat action=promote stage=production version=v0\.0\.1 reason="go live"$/m);
    // v0.0.2 into staging takes the stage from v0.0.1 (one version per stage).
    const p3 = await runGate({ command: 'promote', name: 'churn', version: 'v0.0.2', stage: 'staging', ...STAGES, 'require-stage-order': false }, ctx);
    expect(p3.report.written).toEqual(['churn#staging!#3', 'churn#staging#4']);
    const p4 = await runGate({ command: 'promote', name: 'churn', version: 'v0.0.2', stage: 'production', ...STAGES }, ctx);
    expect(p4.report.written).toEqual(['churn#production!#5', 'churn#production#6']);
    const shown = await runGate({ command: 'show', name: 'churn' }, ctx);
    expect((shown.report.registry as { stages: Record<string, string[]> }[])[0].stages).toEqual({ staging: ['v0.0.2'], production: ['v0.0.2'] });
    // rollback: production goes back to v0.0.1
    const rb = await runGate({ command: 'rollback', name: 'churn', stage: 'production', reason: 'latency regression' }, ctx);
    expect(rb.outputs.version).toBe('v0.0.1');
    expect(rb.report.written).toEqual(['churn#production!#7', 'churn#production#8']);
    const after = await runGate({ command: 'show', name: 'churn' }, ctx);
    expect((after.report.registry as { stages: Record<string, string[]> }[])[0].stages).toEqual({ staging: ['v0.0.2'], production: ['v0.0.1'] });
    // demote: production empty
    const d = await runGate({ command: 'demote', name: 'churn', stage: 'production', reason: 'incident' }, ctx);
    expect(d.report.written).toEqual(['churn#production!#9']);
    const last = await runGate({ command: 'show', name: 'churn' }, ctx);
    expect((last.report.registry as { stages: Record<string, string[]> }[])[0].stages).toEqual({ staging: ['v0.0.2'] });
  });

  it('fails a promotion that skips a required stage, writing no tag', async () => {
    await registerTwo();
    const r = await runGate({ command: 'promote', name: 'churn', version: 'v0.0.1', stage: 'production', ...STAGES }, ctxFor(fx.work));
    expect(r.report.verdict).toBe('fail');
    expect(r.report.summary).toBe('fail: churn v0.0.1 not promoted to production: v0.0.1 is not in staging: production is reachable only from staging');
    expect([...remoteTags(fx).keys()].filter((t) => t.includes('#'))).toEqual([]);
  });

  it('requires the recorded gate verdicts', async () => {
    await registerTwo();
    const ctx = ctxFor(fx.work);
    const ok = await runGate({ command: 'promote', name: 'churn', version: 'v0.0.1', stage: 'staging', 'require-verdicts': ['performance-gate'] }, ctx);
    expect(ok.report.verdict).toBe('pass');
    const bad = await runGate({ command: 'promote', name: 'churn', version: 'v0.0.2', stage: 'staging', 'require-verdicts': ['performance-gate'] }, ctx);
    expect(bad.report.verdict).toBe('fail');
    expect(bad.report.summary).toContain('performance-gate recorded fail for v0.0.2');
    const noApi = await runGate({ command: 'promote', name: 'churn', version: 'v0.0.2', stage: 'dev', 'require-checks': ['fairness-gate'] }, ctx);
    expect(noApi.report.verdict).toBe('fail');
    expect(noApi.report.summary).toContain("GitHub API not available: relied on the record's reports");
  });

  it('looks required check runs up on the source commit through ctx.github', async () => {
    await registerTwo();
    const calls: Record<string, unknown>[] = [];
    const github = {
      rest: {
        checks: {
          async listForRef(p: Record<string, unknown>) {
            calls.push(p);
            return { data: { check_runs: p.check_name === 'ci/tests' ? [{ status: 'completed', conclusion: 'success' }] : [] } };
          },
        },
      },
    };
    const ctx = ctxFor(fx.work, { github: async () => github as unknown as GitHubClient });
    ctx.run.repository = 'acme/models';
    const r = await runGate({ command: 'promote', name: 'churn', version: 'v0.0.1', stage: 'dev', 'require-checks': ['ci/tests'] }, ctx);
    expect(r.report.verdict).toBe('pass');
    const head1 = sh(fx.work, ['rev-parse', 'HEAD~1']).trim();
    expect(calls[0]).toMatchObject({ owner: 'acme', repo: 'models', ref: head1, check_name: 'ci/tests' });
    const r2 = await runGate({ command: 'promote', name: 'churn', version: 'v0.0.1', stage: 'staging', 'require-checks': ['ci/lint'] }, ctx);
    expect(r2.report.verdict).toBe('fail');
    expect(r2.report.summary).toContain('no check run "ci/lint"');
  });
});

describe('deprecate and verify', () => {
  it('deregisters a version with name@vX.Y.Z! and deprecates the artifact with name@deprecated', async () => {
    await registerTwo();
    const ctx = ctxFor(fx.work);
    const d = await runGate({ command: 'deprecate', name: 'churn', version: 'v0.0.2', reason: 'bad data' }, ctx);
    expect(d.report.written).toEqual(['churn@v0.0.2!']);
    const s = await runGate({ command: 'show', name: 'churn' }, ctx);
    expect(s.outputs.version).toBe('v0.0.1');
    const a = await runGate({ command: 'deprecate', name: 'churn' }, ctx);
    expect(a.report.written).toEqual(['churn@deprecated']);
    const s2 = await runGate({ command: 'show' }, ctx);
    expect((s2.report.registry as { deprecated: boolean }[])[0].deprecated).toBe(true);
  });

  it('passes on the registered files and fails on a tampered, missing or extra file', async () => {
    writeModel(fx.work, 'w1');
    fx.commit('model');
    const ctx = ctxFor(fx.work);
    await runGate({ name: 'churn', path: 'models/churn' }, ctx);
    const ok = await runGate({ command: 'verify', name: 'churn', path: 'models/churn' }, ctx);
    expect(ok.report.verdict).toBe('pass');
    fx.write('models/churn/weights.bin', 'w1-tampered');
    const bad = await runGate({ command: 'verify', name: 'churn', path: 'models/churn', version: 'v0.0.1' }, ctx);
    expect(bad.report.verdict).toBe('fail');
    expect(bad.report.summary).toBe('fail: weights.bin: SHA-256 differs from churn@v0.0.1');
    fx.write('models/churn/weights.bin', 'w1');
    fx.write('models/churn/extra.txt', 'x');
    const extra = await runGate({ command: 'verify', name: 'churn', path: 'models/churn' }, ctx);
    expect(extra.report.summary).toBe('fail: extra.txt: not part of churn@v0.0.1');
  });
});

describe('bad input: one clear line', () => {
  async function error(values: Record<string, unknown>): Promise<string> {
    try {
      await runGate(values, ctxFor(fx.work));
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      return (err as UserError).format();
    }
    throw new Error('expected a UserError');
  }

  it('names what is wrong', async () => {
    writeModel(fx.work, 'w1');
    fx.commit('model');
    expect(await error({ name: 'churn', path: 'models/churn', version: '1.2' })).toBe('version: "1.2" is not a semantic version (expected e.g. v1.2.3)');
    expect(await error({ name: 'churn', path: 'models/nope' })).toBe('models/nope: path: no such file or directory');
    await runGate({ name: 'churn', path: 'models/churn' }, ctxFor(fx.work));
    expect(await error({ command: 'promote', name: 'churn', stage: 'prod', ...STAGES })).toBe('stage: unknown stage "prod"; the policy allows dev, staging, production');
    expect(await error({ command: 'promote', name: 'churn', stage: 'Prod Env' })).toMatch(/^stage: "Prod Env" is not a valid GTO name/);
    expect(await error({ name: 'Churn', path: 'models/churn' })).toMatch(/^name: "Churn" is not a valid GTO name/);
    expect(await error({ command: 'promote', name: 'churn', version: 'v9.9.9', stage: 'dev' })).toBe('version: artifact "churn" has no version v9.9.9');
    expect(await error({ command: 'rollback', name: 'churn', stage: 'dev' })).toBe('stage: no version of churn is in stage dev; nothing to roll back');
  });
});

describe('a shallow checkout (actions/checkout fetch-depth 1)', () => {
  it('fetches the tags it needs, registers and promotes', async () => {
    writeModel(fx.work, 'w1');
    fx.commit('model 1');
    await runGate({ name: 'churn', path: 'models/churn' }, ctxFor(fx.work));
    fx.commit('more history');
    const shallow = `${fx.root}/shallow`; // a clone the way actions/checkout makes it
    sh(fx.root, ['clone', '--quiet', '--depth', '1', `file://${fx.origin}`, shallow]);
    sh(shallow, ['config', 'user.name', 'CI']);
    sh(shallow, ['config', 'user.email', 'ci@example.com']);
    expect(sh(shallow, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    writeModel(shallow, 'w2');
    const r = await runGate({ name: 'churn', path: 'models/churn' }, ctxFor(shallow));
    expect(r.outputs.version).toBe('v0.0.2');
    const p = await runGate({ command: 'promote', name: 'churn', version: 'v0.0.1', stage: 'dev' }, ctxFor(shallow));
    expect(p.report.written).toEqual(['churn#dev#1']);
    expect(sh(shallow, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
  });
});

describe('defaults and records from other tools', () => {
  it('promotes the version in the stage before when no version is named', async () => {
    await registerTwo();
    const ctx = ctxFor(fx.work);
    await runGate({ command: 'promote', name: 'churn', version: 'v0.0.1', stage: 'dev', ...STAGES }, ctx);
    const r = await runGate({ command: 'promote', name: 'churn', stage: 'staging', ...STAGES }, ctx);
    expect(r.outputs.version).toBe('v0.0.1');
    const err = await runGate({ command: 'promote', name: 'churn', stage: 'production', ...STAGES, 'require-stage-order': true }, ctx).then(
      (x) => x.outputs.version,
    );
    expect(err).toBe('v0.0.1');
    const none = await runGate({ command: 'demote', name: 'churn', stage: 'staging' }, ctx).then(() =>
      runGate({ command: 'promote', name: 'churn', stage: 'production', ...STAGES }, ctx).catch((e: UserError) => e.format()),
    );
    expect(none).toBe('version: no version of churn is in staging, the stage before production');
  });

  it('refuses to verify a version registered by GTO itself, which has no hashes', async () => {
    writeModel(fx.work, 'w1');
    const c = fx.commit('model');
    sh(fx.work, ['tag', '-a', 'churn@v1.0.0', '-m', 'Registering artifact churn version v1.0.0', c]);
    const err = await runGate({ command: 'verify', name: 'churn', path: 'models/churn', push: false }, ctxFor(fx.work)).catch((e: UserError) => e.format());
    expect(err).toBe('version: churn@v1.0.0 carries no modelgate record (registered by another tool?), so there are no hashes to verify against');
  });
});

describe('namespaced names', () => {
  it('registers and promotes team/churn (GTO allows "/" in names)', async () => {
    writeModel(fx.work, 'w1');
    fx.commit('model');
    const ctx = ctxFor(fx.work);
    const r = await runGate({ name: 'risk/churn', path: 'models/churn' }, ctx);
    expect(r.outputs.tag).toBe('risk/churn@v0.0.1');
    expect(path.basename(r.outputs['model-card'])).toBe('risk-churn-v0.0.1.md');
    const p = await runGate({ command: 'promote', name: 'risk/churn', stage: 'prod' }, ctx);
    expect(p.report.written).toEqual(['risk/churn#prod#1']);
    expect([...remoteTags(fx).keys()].sort()).toEqual(['risk/churn#prod#1', 'risk/churn@v0.0.1']);
  });
});

describe('a remote that refuses the push', () => {
  it('fails with the remote\'s own line instead of retrying', async () => {
    writeModel(fx.work, 'w1');
    fx.commit('model');
    const hook = path.join(fx.origin, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "tag creation is restricted by a ruleset" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const err = await runGate({ name: 'churn', path: 'models/churn' }, ctxFor(fx.work)).catch((e: UserError) => e.format());
    expect(err).toBe('remote: cannot push tags to remote "origin": remote: tag creation is restricted by a ruleset');
    expect(remoteTags(fx).size).toBe(0);
    expect(sh(fx.work, ['tag', '-l']).trim()).toBe('');
  });
});
