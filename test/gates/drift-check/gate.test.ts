/**
 * drift-check end to end below the adapters: inputs resolved as the action
 * and CLI resolve them (spec defaults < policy < explicit inputs), files read
 * by the readers, on the committed example data.
 */
import type { GitHubClient } from '../../../src/github/client.js';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import gate from '../../../src/gates/drift-check/gate.js';
import { UserError } from '../../../src/core/errors.js';
import { resolveGateInputs } from '../../../src/run/resolve-inputs.js';
import { parsePolicy } from '../../../src/run/policy.js';
import { reportSchema } from '../../../src/core/report.js';
import type { GateContext } from '../../../src/core/gate.js';
import { loadGate } from '../../../src/gates/index.js';

const examples = fileURLToPath(new URL('../../../examples/drift-check/', import.meta.url));

function ctx(extra: Partial<GateContext> = {}): GateContext {
  const quiet = { info() {}, warn() {}, debug() {} };
  return { cwd: examples, env: {}, log: quiet, run: {}, progress() {}, tempDir: tmpdir(), ...extra };
}

async function run(explicit: Record<string, string>, withPolicy = true, extra: Partial<GateContext> = {}) {
  const policy = withPolicy ? parsePolicy(readFileSync(join(examples, 'modelgate.yml'), 'utf8'), 'modelgate.yml') : undefined;
  const { inputs } = resolveGateInputs(gate, explicit, policy);
  return gate.run(inputs, ctx(extra));
}

describe('drift-check on the example data', () => {
  it('is registered', async () => {
    expect((await loadGate('drift-check'))?.name).toBe('drift-check');
  });

  it('finds no drift between the reference and a batch from the same process', async () => {
    const r = await run({ reference: 'reference.csv', current: 'current-stable.csv' });
    expect(reportSchema.safeParse(r.report).success).toBe(true);
    expect(r.outputs['drift-detected']).toBe('false');
    expect(r.outputs['drifted-columns']).toBe('[]');
    expect(r.report.verdict).toBe('pass');
    const cols = r.report.columns as { name: string; method: string; pValue: number | null }[];
    // ≤ 1000 reference rows: ks for the numbers, chisquare for plan and region (Evidently's rule)
    expect(Object.fromEntries(cols.map((c) => [c.name, c.method]))).toEqual({
      age: 'ks',
      income: 'ks',
      tenure_months: 'ks',
      plan: 'chisquare',
      region: 'chisquare',
      support_calls: 'ks',
      churned: 'z',
      churn_score: 'ks',
    });
  });

  it('detects dataset drift in the drifted batch and names the columns', async () => {
    const r = await run({ reference: 'reference.csv', current: 'current-drifted.csv' });
    expect(r.report.verdict).toBe('fail');
    expect(r.outputs['drift-detected']).toBe('true');
    const drifted = JSON.parse(r.outputs['drifted-columns']) as string[];
    expect(drifted).toEqual(expect.arrayContaining(['age', 'income', 'plan', 'support_calls']));
    expect(Number(r.outputs['drift-share'])).toBeGreaterThanOrEqual(0.5);
    const dataset = r.report.dataset as { drifted: boolean; share: number; threshold: number };
    expect(dataset).toMatchObject({ drifted: true, threshold: 0.5 });
    const ids = r.report.checks.filter((c) => c.verdict === 'warn').map((c) => c.id);
    expect(ids).toContain('column.income.null-share');
    expect(ids).toContain('column.plan.new-categories');
    expect(r.headline?.reason).toMatch(/^Dataset drift: /);
    // The null share that rose is the next action (income: 2.6% → 14.2% in the example data).
    expect(r.headline?.next).toMatch(/^`income`'s null share rose from 2\.6% to 14\.2%/);
    expect(r.markdown).toContain('`trial`');
  });

  it('explicit inputs override the policy', async () => {
    const r = await run({ reference: 'reference.csv', current: 'current-drifted.csv', 'drift-share': '0.9', columns: 'age,region' });
    expect(r.outputs['drift-detected']).toBe('false');
    expect((r.report.columns as unknown[]).length).toBe(4); // age, region + target + prediction
  });

  it('rejects a single threshold with method auto, and an unknown method, in one line', async () => {
    await expect(run({ reference: 'reference.csv', current: 'current-stable.csv', threshold: '0.01' })).rejects.toThrow(/a single threshold needs a single method/);
    expect(() => resolveGateInputs(gate, { reference: 'a', current: 'b', method: 'kss' }, undefined)).toThrow(/unknown method "kss"/);
  });

  it('takes a per-method threshold map naming only some methods, from the step and from the policy file', async () => {
    // zod's record over the method enum required all 16 keys: the documented
    // `{ks: 0.01, psi: 0.2}` was refused as "Invalid input".
    const { inputs } = resolveGateInputs(gate, { reference: 'a', current: 'b', threshold: '{ks: 0.01, psi: 0.2}' }, undefined);
    expect(inputs.threshold).toEqual({ ks: 0.01, psi: 0.2 });
    const policy = parsePolicy('drift-check:\n  threshold: { ks: 0.01 }\n', 'modelgate.yml');
    expect(resolveGateInputs(gate, { reference: 'a', current: 'b' }, policy).inputs.threshold).toEqual({ ks: 0.01 });
    // The map reaches the evaluation: every ks column carries its threshold.
    const strict = await run({ reference: 'reference.csv', current: 'current-drifted.csv', threshold: 'ks: 1e-300' });
    const cols = strict.report.columns as { method: string; threshold: number }[];
    expect(cols.filter((c) => c.method === 'ks').length).toBeGreaterThan(0);
    for (const c of cols) expect(c.threshold === 1e-300).toBe(c.method === 'ks');
    expect(() => resolveGateInputs(gate, { reference: 'a', current: 'b', threshold: '{kss: 0.01}' }, undefined)).toThrow(/unknown method "kss"/);
  });

  it('names a missing file', async () => {
    const err = await run({ reference: 'nope.csv', current: 'current-stable.csv' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).format()).toMatch(/^nope\.csv: /);
  });

  it('fires a repository_dispatch with the drifted columns on dataset drift', async () => {
    const calls: Record<string, unknown>[] = [];
    const client = { rest: { repos: { createDispatchEvent: async (p: Record<string, unknown>) => void calls.push(p) } } };
    const github = async () => client as unknown as GitHubClient;
    const r = await run({ reference: 'reference.csv', current: 'current-drifted.csv', 'dispatch-on-drift': 'true' }, true, {
      github,
      run: { repository: 'acme/churn', sha: 'abc123' },
    });
    expect(r.report.dispatch).toBe('sent');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ owner: 'acme', repo: 'churn', event_type: 'modelgate-drift' });
    const payload = calls[0].client_payload as { columns: { name: string }[]; share: number };
    expect(payload.columns.map((c) => c.name)).toEqual(JSON.parse(r.outputs['drifted-columns']));
    const quiet = await run({ reference: 'reference.csv', current: 'current-stable.csv', 'dispatch-on-drift': 'true' }, true, { github });
    expect(quiet.report.dispatch).toBeUndefined();
    expect(calls).toHaveLength(1);
  });

  it('sample caps the rows of both files with a fixed seed', async () => {
    const a = await run({ reference: 'reference.csv', current: 'current-drifted.csv', sample: '200' });
    const b = await run({ reference: 'reference.csv', current: 'current-drifted.csv', sample: '200' });
    const c = await run({ reference: 'reference.csv', current: 'current-drifted.csv', sample: '200', seed: '7' });
    expect(a.report.rows).toEqual({ reference: 800, current: 500, sampledReference: 200, sampledCurrent: 200 });
    const cols = (r: typeof a) => r.report.columns as { name: string; nReference: number; statistic: number }[];
    expect(cols(a).every((col) => col.nReference <= 200)).toBe(true);
    expect(cols(b)).toEqual(cols(a));
    expect(cols(c).find((x) => x.name === 'age')?.statistic).not.toBe(cols(a).find((x) => x.name === 'age')?.statistic);
  });

  it('rejects warn-share above drift-share', async () => {
    await expect(run({ reference: 'reference.csv', current: 'current-stable.csv', 'warn-share': '0.6', 'drift-share': '0.5' })).rejects.toThrow(
      /warn-share \(0\.6\) must not exceed drift-share \(0\.5\)/,
    );
  });
});
