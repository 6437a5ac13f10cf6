/**
 * register-model against real git: a bare repository as origin and clones as
 * the working repositories; no mocks of git.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
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
