/** register-model's mlflow backend against a loopback MLflow registry. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startMlflow, type LoopbackMlflow } from '../../registry/helpers/mlflow-server.js';
import { ctxFor, runGate } from './helpers.js';
import { UserError } from '../../../src/core/errors.js';

let srv: LoopbackMlflow;
let dir: string;
beforeEach(async () => {
  srv = await startMlflow({ auth: 'Bearer s3cret' });
  dir = mkdtempSync(path.join(os.tmpdir(), 'modelgate-mlflow-'));
});
afterEach(async () => {
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
});

function ctx() {
  const c = ctxFor(dir);
  c.env = { MLFLOW_TRACKING_URI: srv.url, MLFLOW_TRACKING_TOKEN: 's3cret' };
  return c;
}

function model(content: string) {
  mkdirSync(path.join(dir, 'model'), { recursive: true });
  writeFileSync(path.join(dir, 'model', 'model.pkl'), content);
}

const base = { backend: 'mlflow', name: 'churn', path: 'model', 'run-id': 'abc123' };

describe('mlflow backend', () => {
  it('registers with one create request carrying source, run_id, tags and the record', async () => {
    model('w1');
    const r = await runGate({ ...base, source: 'runs:/abc123/model' }, ctx());
    expect(r.outputs.version).toBe('v0.0.1');
    expect(r.outputs.tag).toBe('churn/1');
    expect(r.outputs['model-uri']).toBe('models:/churn/1');
    const create = srv.requests.find((q) => q.path.endsWith('model-versions/create'))!;
    expect(create.method).toBe('POST');
    expect(create.auth).toBe('Bearer s3cret');
    expect(create.body).toMatchObject({ name: 'churn', source: 'runs:/abc123/model', run_id: 'abc123' });
    expect(create.body.tags).toEqual([
      { key: 'modelgate.version', value: 'v0.0.1' },
      { key: 'modelgate.sha256', value: r.outputs.sha256 },
    ]);
    expect(String(create.body.description)).toContain('Registering artifact churn version v0.0.1');
    // Same files again: the existing version, no new one.
    const again = await runGate(base, ctx());
    expect(again.outputs.version).toBe('v0.0.1');
    expect(srv.versions.get('churn')!.length).toBe(1);
  });

  it('maps stages to aliases: promote, rollback, demote, deprecate', async () => {
    model('w1');
    await runGate(base, ctx());
    model('w2');
    await runGate(base, ctx());
    const policy = { stages: ['staging', 'production'] };
    await runGate({ ...base, command: 'promote', version: 'v0.0.1', stage: 'staging', ...policy }, ctx());
    await runGate({ ...base, command: 'promote', version: 'v0.0.1', stage: 'production', reason: 'launch', ...policy }, ctx());
    expect(srv.models.get('churn')!.aliases.get('production')).toBe('1');
    const skip = await runGate({ ...base, command: 'promote', version: 'v0.0.2', stage: 'production', ...policy }, ctx());
    expect(skip.report.verdict).toBe('fail');
    expect(srv.models.get('churn')!.aliases.get('production')).toBe('1');
    await runGate({ ...base, command: 'promote', version: 'v0.0.2', stage: 'staging', ...policy }, ctx());
    await runGate({ ...base, command: 'promote', version: 'v0.0.2', stage: 'production', ...policy }, ctx());
    expect(srv.models.get('churn')!.aliases.get('production')).toBe('2');
    const audit = srv.versions.get('churn')![1].tags.find((t) => t.key.startsWith('modelgate.audit.') && t.value.includes('stage=production'));
    expect(audit?.value).toMatch(/^audit: \S+ actor=octocat action=promote stage=production version=v0\.0\.2 reason=""$/);
    const rb = await runGate({ ...base, command: 'rollback', stage: 'production', reason: 'errors up' }, ctx());
    expect(rb.outputs.version).toBe('v0.0.1');
    expect(srv.models.get('churn')!.aliases.get('production')).toBe('1');
    const shown = await runGate({ ...base, command: 'show' }, ctx());
    expect((shown.report.registry as { stages: Record<string, string[]> }[])[0].stages).toEqual({ staging: ['v0.0.2'], production: ['v0.0.1'] });
    await runGate({ ...base, command: 'demote', stage: 'staging' }, ctx());
    expect(srv.models.get('churn')!.aliases.has('staging')).toBe(false);
    await runGate({ ...base, command: 'deprecate', version: 'v0.0.2' }, ctx());
    expect(srv.versions.get('churn')![1].tags.some((t) => t.key === 'modelgate.deregistered')).toBe(true);
    const v = await runGate({ ...base, command: 'verify', stage: 'production' }, ctx());
    expect(v.report.verdict).toBe('fail'); // model/ now holds w2, production holds w1
    expect(v.report.summary).toBe('fail: model.pkl: SHA-256 differs from churn@v0.0.1');
  });

  it('fails in one line on bad credentials and an unreachable server', async () => {
    model('w1');
    const c = ctx();
    c.env.MLFLOW_TRACKING_TOKEN = 'wrong';
    await expect(runGate(base, c)).rejects.toThrow(/MLflow refused the credentials \(401\)/);
    const gone = await startMlflow();
    await gone.close(); // a port nobody listens on any more
    const down = ctx();
    down.env.MLFLOW_TRACKING_URI = gone.url;
    const err = await runGate(base, down).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).format()).toBe(`tracking-uri: cannot reach the MLflow server at ${gone.url}: ECONNREFUSED`);
    const none = ctx();
    none.env = {};
    await expect(runGate(base, none)).rejects.toThrow('no MLflow server: set tracking-uri or MLFLOW_TRACKING_URI');
  });

  it('sends basic auth from MLFLOW_TRACKING_USERNAME/PASSWORD', async () => {
    await srv.close();
    srv = await startMlflow({ auth: `Basic ${Buffer.from('ada:pw').toString('base64')}` });
    model('w1');
    const c = ctx();
    c.env = { MLFLOW_TRACKING_URI: srv.url, MLFLOW_TRACKING_USERNAME: 'ada', MLFLOW_TRACKING_PASSWORD: 'pw' };
    const r = await runGate(base, c);
    expect(r.outputs.version).toBe('v0.0.1');
  });
});

describe('mlflow show', () => {
  it('lists every registered model with its latest version and aliases', async () => {
    model('w1');
    await runGate(base, ctx());
    await runGate({ ...base, name: 'fraud' }, ctx());
    await runGate({ ...base, command: 'promote', stage: 'production' }, ctx());
    const r = await runGate({ backend: 'mlflow', command: 'show' }, ctx());
    expect(r.report.registry).toEqual([
      expect.objectContaining({ name: 'churn', latest: 'v0.0.1', stages: { production: ['v0.0.1'] } }),
      expect.objectContaining({ name: 'fraud', latest: 'v0.0.1', stages: {} }),
    ]);
  });
});
