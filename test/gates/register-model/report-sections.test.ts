/**
 * The report sections register-model writes match its published schema
 * (reportSections) for every command on both backends: git (a real bare
 * origin and clone) and mlflow (the loopback registry). Each report is taken
 * as written (through JSON), its common fields dropped, and the rest parsed
 * strictly: a section or field the schema lacks, or a required one the
 * code leaves out, fails.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GateContext } from '../../../src/core/gate.js';
import { reportSections } from '../../../src/gates/register-model/report-sections.js';
import { makeFixture, type Fixture } from '../../registry/helpers/git-fixture.js';
import { startMlflow, type LoopbackMlflow } from '../../registry/helpers/mlflow-server.js';
import { ctxFor, runGate } from './helpers.js';
import { ownSections } from '../../support/report-sections.js';


/** Run a command and return its own report sections, as the JSON file holds them, after checking them against the schema. */
async function sections(values: Record<string, unknown>, ctx: GateContext): Promise<Record<string, any>> {
  const result = await runGate(values, ctx);
  const written = ownSections(JSON.parse(JSON.stringify(result.report)) as Record<string, unknown>);
  const parsed = reportSections.strict().safeParse(written);
  expect(parsed.error?.issues ?? [], `${String(values.command ?? 'register')}`).toEqual([]);
  return written;
}

const keys = (o: Record<string, unknown>) => Object.keys(o).sort();
const STAGES = { stages: ['dev', 'staging', 'production'] };

let fx: Fixture | undefined;
let srv: LoopbackMlflow | undefined;
let dir: string | undefined;
afterEach(async () => {
  fx?.cleanup();
  await srv?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  fx = srv = dir = undefined;
});

describe('register-model report sections follow reportSections', () => {
  it('git backend: every command', async () => {
    fx = makeFixture();
    const ctx = ctxFor(fx.work);
    const emptyShow = await sections({ command: 'show' }, ctx);
    expect(emptyShow).toEqual({ registration: { name: '', version: null, tag: null, sha256: null, stage: null, files: [] }, command: 'show', backend: 'git', registry: [] });

    fx.write('models/churn/weights.bin', 'w1');
    fx.write('models/churn/config.json', '{"layers": 3}\n');
    fx.write('reports/perf.json', JSON.stringify({ gate: 'performance-gate', verdict: 'pass', summary: 'ok', checks: [{ id: 'metric.auc', value: 0.91 }] }));
    fx.commit('model 1');
    const reg = await sections({ name: 'churn', path: 'models/churn', reports: ['reports/perf.json'] }, ctx);
    expect(keys(reg)).toEqual(['backend', 'command', 'existing', 'registration']);
    expect(reg.existing).toBe(false);
    expect(reg.registration.files).toHaveLength(2);
    expect((await sections({ name: 'churn', path: 'models/churn' }, ctx)).existing).toBe(true);
    fx.write('models/churn/weights.bin', 'w2');
    fx.commit('model 2');
    await sections({ name: 'churn', path: 'models/churn' }, ctx);

    const promoted = await sections({ command: 'promote', name: 'churn', version: 'v0.0.1', stage: 'dev', ...STAGES }, ctx);
    expect(keys(promoted)).toEqual(['backend', 'command', 'registration', 'written']);
    expect(promoted.registration.stage).toBe('dev');
    // Out of order: refused, nothing written.
    expect((await sections({ command: 'promote', name: 'churn', version: 'v0.0.2', stage: 'production', ...STAGES, 'require-stage-order': true }, ctx)).written).toEqual([]);
    await sections({ command: 'promote', name: 'churn', version: 'v0.0.2', stage: 'dev', ...STAGES }, ctx);
    expect((await sections({ command: 'rollback', name: 'churn', stage: 'dev', ...STAGES }, ctx)).registration.version).toBe('v0.0.1');
    await sections({ command: 'demote', name: 'churn', stage: 'dev', ...STAGES }, ctx);

    const verified = await sections({ command: 'verify', name: 'churn', version: 'v0.0.2', path: 'models/churn' }, ctx);
    expect(verified.written).toEqual([]);
    fx.write('models/churn/weights.bin', 'tampered');
    await sections({ command: 'verify', name: 'churn', version: 'v0.0.2', path: 'models/churn' }, ctx);

    const shown = await sections({ command: 'show', name: 'churn' }, ctx);
    expect(shown.registry[0].versions.find((v: any) => v.version === 'v0.0.1')).toMatchObject({ version: 'v0.0.1', verdicts: { 'performance-gate': 'pass' } });
    await sections({ command: 'deprecate', name: 'churn', version: 'v0.0.2' }, ctx);
    const deprecated = await sections({ command: 'deprecate', name: 'churn' }, ctx);
    expect(deprecated.registration).toMatchObject({ name: 'churn', version: null });
    const all = await sections({ command: 'show' }, ctx);
    expect(all.registry[0]).toMatchObject({ name: 'churn', deprecated: true });
    expect(all.registry[0].versions.find((v: any) => v.version === 'v0.0.2').active).toBe(false);
  });

  it('mlflow backend: register, promote, show, verify', async () => {
    srv = await startMlflow();
    dir = mkdtempSync(path.join(os.tmpdir(), 'modelgate-rm-sections-'));
    const ctx = ctxFor(dir);
    ctx.env = { MLFLOW_TRACKING_URI: srv.url };
    mkdirSync(path.join(dir, 'model'), { recursive: true });
    writeFileSync(path.join(dir, 'model', 'model.pkl'), 'w1');
    const base = { backend: 'mlflow', name: 'churn', 'run-id': 'abc123' };
    const reg = await sections({ ...base, path: 'model' }, ctx);
    expect(reg).toMatchObject({ backend: 'mlflow', command: 'register', existing: false, registration: { tag: 'churn/1' } });
    await sections({ ...base, command: 'promote', version: 'v0.0.1', stage: 'staging', stages: ['staging', 'production'] }, ctx);
    await sections({ ...base, command: 'show' }, ctx);
    await sections({ ...base, command: 'verify', path: 'model', stage: 'staging' }, ctx);
  });

  it('the strict parse catches an unknown section, an unknown field and a missing one', () => {
    const ok = { registration: { name: 'm', version: 'v1.0.0', tag: 'm@v1.0.0', sha256: 'ab', stage: null, files: [{ path: 'a', sha256: 'cd', bytes: 1 }] }, command: 'register', backend: 'git', existing: false };
    const strict = reportSections.strict();
    expect(strict.safeParse(ok).success).toBe(true);
    expect(strict.safeParse({ ...ok, extra: 1 }).success).toBe(false);
    expect(strict.safeParse({ ...ok, registration: { ...ok.registration, uri: 'x' } }).success).toBe(false);
    const { stage: _stage, ...noStage } = ok.registration;
    expect(strict.safeParse({ ...ok, registration: noStage }).success).toBe(false);
    const { backend: _backend, ...noBackend } = ok;
    expect(strict.safeParse(noBackend).success).toBe(false);
  });
});
