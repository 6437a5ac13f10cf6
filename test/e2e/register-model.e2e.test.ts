/**
 * register-model end to end: the built action started the way the runner
 * starts it, under Node 20 and Node 24, in a real clone whose origin is a
 * bare repository. Proves outputs, the report's registration section, the
 * tags on origin, the audit line, and that a failed verify and bad input fail
 * the step with one ::error line.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { runAction, type ActionRun, type RunActionOptions } from '../harness/run-action.js';
import { makeFixture, remoteTags, sh, type Fixture } from '../registry/helpers/git-fixture.js';

function readReport(run: ActionRun, cwd: string): Record<string, unknown> {
  const path = run.outputs['report-path'];
  const abs = isAbsolute(path) ? path : join(cwd, path);
  expect(existsSync(abs), `report at ${abs}`).toBe(true);
  return JSON.parse(readFileSync(abs, 'utf8')) as Record<string, unknown>;
}

describe.each(['node20', 'node24'] as const)('register-model action on %s', (node) => {
  let fx: Fixture;
  let api: FakeGitHub;
  const runs: ActionRun[] = [];

  beforeAll(async () => {
    api = await startFakeGitHub();
    fx = makeFixture();
    fx.write('models/churn/model.json', '{"coef": [0.1, 0.2]}\n');
    fx.commit('train churn');
  });
  afterEach(() => expect(api.violations, 'requests GitHub would reject').toEqual([]));
  afterAll(async () => {
    for (const r of runs) r.dispose();
    await api.close();
    fx.cleanup();
  });

  async function run(inputs: RunActionOptions['inputs']) {
    const r = await runAction({ gate: 'register-model', node, api, cwd: fx.work, inputs, event: 'push' });
    runs.push(r);
    return r;
  }

  it('registers, sets the outputs and the registration section, and pushes the tag', async () => {
    const r = await run({ name: 'churn', path: 'models/churn', metadata: 'owner: risk-team' });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'pass', name: 'churn', version: 'v0.0.1', tag: 'churn@v0.0.1' });
    expect(r.outputs.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.outputs['model-uri']).toContain('churn%40v0.0.1');
    const report = readReport(r, fx.work);
    expect(report.registration).toMatchObject({ name: 'churn', version: 'v0.0.1', tag: 'churn@v0.0.1', sha256: r.outputs.sha256 });
    expect((report.registration as { files: { path: string }[] }).files.map((f) => f.path)).toEqual(['model.json']);
    expect(remoteTags(fx).has('churn@v0.0.1')).toBe(true);
    expect(r.summary).toContain('\n\nRegistered `churn` `v0.0.1`');
  });

  it('promotes with the actor in the audit line', async () => {
    const r = await run({ command: 'promote', name: 'churn', stage: 'staging', reason: 'e2e' });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ version: 'v0.0.1', stage: 'staging' });
    const tag = [...remoteTags(fx).keys()].filter((t) => t.startsWith('churn#staging#')).pop()!;
    expect(sh(fx.origin, ['tag', '-l', '--format=%(contents)', tag])).toMatch(/actor=octocat action=promote stage=staging version=v0\.0\.1 reason="e2e"/);
  });

  it('fails verify on a tampered file with one ::error line', async () => {
    fx.write('models/churn/model.json', '{"coef": [9.9, 0.2]}\n');
    const r = await run({ command: 'verify', name: 'churn', path: 'models/churn' });
    expect(r.exitCode).not.toBe(0);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.errors.map((e) => e.message).join('\n')).toContain('model.json: SHA-256 differs from churn@v0.0.1');
    fx.write('models/churn/model.json', '{"coef": [0.1, 0.2]}\n');
  });

  it('fails on a non-semver version with one line naming the input', async () => {
    const r = await run({ name: 'churn', path: 'models/churn', version: 'one' });
    expect(r.exitCode).not.toBe(0);
    expect(r.errors.map((e) => e.message).join('\n')).toContain('"one" is not a semantic version');
  });
});
