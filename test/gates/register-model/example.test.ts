/** The example in examples/register-model: its policy file, model and reports, in a real repository. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { makeFixture, type Fixture } from '../../registry/helpers/git-fixture.js';
import { ctxFor, runGate } from './helpers.js';

const example = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples/register-model');
const policy = (parse(readFileSync(path.join(example, 'modelgate.yml'), 'utf8')) as Record<string, Record<string, unknown>>)['register-model'];

let fx: Fixture;
beforeEach(() => {
  fx = makeFixture();
  cpSync(example, path.join(fx.work, 'examples/register-model'), { recursive: true });
  fx.commit('add the example');
});
afterEach(() => fx.cleanup());

const reports = ['examples/register-model/reports/performance-gate.json', 'examples/register-model/reports/fairness-gate.json'];

describe('examples/register-model', () => {
  it('registers with the reports and metadata, then climbs dev → staging → production', async () => {
    const ctx = ctxFor(fx.work);
    const reg = await runGate({ ...policy, name: 'churn', path: 'examples/register-model/model', reports }, ctx);
    expect(reg.outputs.version).toBe('v0.0.1');
    const card = readFileSync(reg.outputs['model-card'], 'utf8');
    expect(card).toContain('credit-risk-team');
    expect(card).toContain('| `metric.roc_auc` | 0.912 |');
    const skip = await runGate({ ...policy, command: 'promote', name: 'churn', version: 'v0.0.1', stage: 'production' }, ctx);
    expect(skip.report.verdict).toBe('fail');
    for (const stage of ['dev', 'staging', 'production']) {
      const r = await runGate({ ...policy, command: 'promote', name: 'churn', stage, reason: `to ${stage}` }, ctx);
      expect(r.report.verdict).toBe('pass');
    }
    const show = await runGate({ ...policy, command: 'show', name: 'churn' }, ctx);
    expect(show.report.summary).toBe('pass: churn: 1 version(s), latest v0.0.1, dev: v0.0.1; staging: v0.0.1; production: v0.0.1');
  });

  it('refuses to promote a version whose fairness report failed', async () => {
    const ctx = ctxFor(fx.work);
    const failing = path.join(fx.work, 'fairness-fail.json');
    const doc = JSON.parse(readFileSync(path.join(example, 'reports/fairness-gate.json'), 'utf8'));
    writeFileSync(failing, JSON.stringify({ ...doc, verdict: 'fail', summary: 'fail: demographic parity ratio 0.62 < 0.8' }));
    await runGate({ ...policy, name: 'churn', path: 'examples/register-model/model', reports: [reports[0], 'fairness-fail.json'] }, ctx);
    const r = await runGate({ ...policy, command: 'promote', name: 'churn', stage: 'dev' }, ctx);
    expect(r.report.verdict).toBe('fail');
    expect(r.report.summary).toBe('fail: churn v0.0.1 not promoted to dev: fairness-gate recorded fail for v0.0.1');
  });
});
