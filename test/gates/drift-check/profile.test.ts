/**
 * Reference profiles: written by profile-out, read back as `reference`, they
 * give the same columns, statistics, p-values and verdicts as the raw file;
 * shard profiles merge into the profile of the whole file.
 */
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import gate from '../../../src/gates/drift-check/gate.js';
import { UserError } from '../../../src/core/errors.js';
import { resolveGateInputs } from '../../../src/run/resolve-inputs.js';
import type { GateContext } from '../../../src/core/gate.js';
import { parseProfile, serializeProfile } from '../../../src/gates/drift-check/profile.js';

const examples = fileURLToPath(new URL('../../../examples/drift-check/', import.meta.url));

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-drift-profile-'));
  for (const f of ['reference.csv', 'current-stable.csv', 'current-drifted.csv']) copyFileSync(join(examples, f), join(dir, f));
  // Two shards of the reference: first 300 and last 500 rows.
  const lines = readFileSync(join(examples, 'reference.csv'), 'utf8').trimEnd().split('\n');
  writeFileSync(join(dir, 'shard-1.csv'), [lines[0], ...lines.slice(1, 301)].join('\n') + '\n');
  writeFileSync(join(dir, 'shard-2.csv'), [lines[0], ...lines.slice(301)].join('\n') + '\n');
  return dir;
}

async function run(cwd: string, explicit: Record<string, string>) {
  const quiet = { info() {}, warn() {}, debug() {} };
  const ctx: GateContext = { cwd, env: {}, log: quiet, run: {}, progress() {}, tempDir: tmpdir() };
  const { inputs } = resolveGateInputs(gate, { exclude: 'customer_id', ...explicit }, undefined);
  return gate.run(inputs, ctx);
}

const strip = (cols: unknown) => JSON.parse(JSON.stringify(cols));

describe('reference profiles', () => {
  const dir = workspace();

  it('give the same report as the raw reference, for every kind of method', async () => {
    const written = await run(dir, { reference: 'reference.csv', current: 'current-drifted.csv', 'profile-out': 'ref.mgprof' });
    const fromProfile = await run(dir, { reference: 'ref.mgprof', current: 'current-drifted.csv' });
    expect(strip(fromProfile.report.columns)).toEqual(strip(written.report.columns));
    expect(fromProfile.outputs).toEqual(written.outputs);
    for (const method of ['psi', 'chi2', 'jensenshannon', 'cramers_v']) {
      const a = await run(dir, { reference: 'reference.csv', current: 'current-drifted.csv', method });
      const b = await run(dir, { reference: 'ref.mgprof', current: 'current-drifted.csv', method });
      expect(strip(b.report.columns)).toEqual(strip(a.report.columns));
    }
    const ks = { method: 'ks', columns: 'age,income,tenure_months,support_calls,churn_score' };
    const a = await run(dir, { reference: 'reference.csv', current: 'current-stable.csv', ...ks });
    const b = await run(dir, { reference: 'ref.mgprof', current: 'current-stable.csv', ...ks });
    expect(strip(b.report.columns)).toEqual(strip(a.report.columns));
  });

  it('of shards merge into the profile of the whole file', async () => {
    await run(dir, { reference: 'reference.csv', 'profile-out': 'whole.mgprof' });
    const only = await run(dir, { reference: 'shard-1.csv', 'profile-out': 'p1.mgprof' });
    expect(only.report.verdict).toBe('pass');
    expect(only.report.summary).toMatch(/wrote the profile of 300 reference rows/);
    await run(dir, { reference: 'shard-2.csv', 'profile-out': 'p2.mgprof' });
    const whole = parseProfile(readFileSync(join(dir, 'whole.mgprof')), 'whole.mgprof');
    await run(dir, { reference: 'p1.mgprof, p2.mgprof', current: 'current-stable.csv', 'profile-out': 'merged.mgprof' });
    const merged = parseProfile(readFileSync(join(dir, 'merged.mgprof')), 'merged.mgprof');
    expect(merged.rows).toBe(800);
    expect(merged.columns.map((c) => ({ ...c, values: 'values' in c ? [...c.values] : undefined, counts: 'counts' in c ? [...c.counts] : undefined }))).toEqual(
      whole.columns.map((c) => ({ ...c, values: 'values' in c ? [...c.values] : undefined, counts: 'counts' in c ? [...c.counts] : undefined })),
    );
    const a = await run(dir, { reference: 'reference.csv', current: 'current-drifted.csv' });
    const b = await run(dir, { reference: 'p1.mgprof,p2.mgprof', current: 'current-drifted.csv' });
    expect(strip(b.report.columns)).toEqual(strip(a.report.columns));
  });

  it('round-trip through the file format, and a truncated file is one clear error', async () => {
    const bytes = readFileSync(join(dir, 'whole.mgprof'));
    const p = parseProfile(bytes, 'whole.mgprof');
    expect(serializeProfile(p).equals(bytes)).toBe(true);
    expect(() => parseProfile(bytes.subarray(0, bytes.length - 9), 'cut.mgprof')).toThrow(/truncated/);
    expect(() => parseProfile(Buffer.from('a,b\n1,2\n'), 'x.csv')).toThrow(UserError);
  });

  it('needs current unless profile-out is set', async () => {
    await expect(run(dir, { reference: 'reference.csv' })).rejects.toThrow(/current is required/);
  });
});

describe('the reference profile in the Actions cache', async () => {
  const { runDriftCheck } = await import('../../../src/gates/drift-check/gate.js');
  const { copyFileSync: cp, readFileSync: rd, writeFileSync: wr, appendFileSync } = await import('node:fs');
  const dir = workspace();
  const store = new Map<string, Buffer>();
  const fake = {
    available: (env: Record<string, string | undefined>) => env.ACTIONS_CACHE_URL !== undefined,
    restore: async (path: string, key: string) => {
      const b = store.get(key);
      if (!b) return false;
      wr(path, b);
      return true;
    },
    save: async (path: string, key: string) => void store.set(key, rd(path)),
  };
  const warnings: string[] = [];
  const ctx = (env: Record<string, string>): GateContext => ({
    cwd: dir,
    env,
    log: { info() {}, warn: (m: string) => void warnings.push(m), debug() {} },
    run: {},
    progress() {},
    tempDir: mkdtempSync(join(tmpdir(), 'modelgate-drift-cache-')),
  });
  const inputs = (extra: Record<string, string> = {}) =>
    resolveGateInputs(gate, { exclude: 'customer_id', reference: 'reference.csv', current: 'current-drifted.csv', ...extra }, undefined).inputs;
  const env = { ACTIONS_CACHE_URL: 'http://cache.invalid/' };

  it('saves on the first run, restores on the next with the same report, misses when the file changes', async () => {
    const first = await runDriftCheck(inputs(), ctx(env), { cache: fake });
    expect(first.report.profileCache).toBe('saved');
    expect([...store.keys()][0]).toMatch(/^modelgate-drift-profile-v1-[0-9a-f]{64}-all-p65536$/);
    const second = await runDriftCheck(inputs(), ctx(env), { cache: fake });
    expect(second.report.profileCache).toBe('hit');
    expect(strip(second.report.columns)).toEqual(strip(first.report.columns));
    cp(join(dir, 'reference.csv'), join(dir, 'reference-2.csv'));
    appendFileSync(join(dir, 'reference-2.csv'), 'X1,40,50000,12,basic,north,0,0,0.1\n');
    const changed = await runDriftCheck(inputs({ reference: 'reference-2.csv' }), ctx(env), { cache: fake });
    expect(changed.report.profileCache).toBe('saved');
    expect(store.size).toBe(2);
  });

  it('misses when profile-points changes: a sketch of another size is never reused', async () => {
    const before = store.size;
    const coarse = await runDriftCheck(inputs({ 'profile-points': '64' }), ctx(env), { cache: fake });
    expect(coarse.report.profileCache).toBe('saved');
    expect(store.size).toBe(before + 1);
    expect(await runDriftCheck(inputs({ 'profile-points': '64' }), ctx(env), { cache: fake }).then((r) => r.report.profileCache)).toBe('hit');
  });

  it('is not used outside Actions, and a failing cache only warns', async () => {
    const outside = await runDriftCheck(inputs(), ctx({}), { cache: fake });
    expect(outside.report.profileCache).toBeUndefined();
    const broken = { ...fake, restore: async () => { throw new Error('cache service unreachable'); }, save: async () => { throw new Error('cache service unreachable'); } };
    const r = await runDriftCheck(inputs(), ctx(env), { cache: broken });
    expect(r.report.verdict).toBe('fail');
    expect(warnings.some((w) => w.includes('cache service unreachable'))).toBe(true);
  });
});

describe('sketched numerical columns', async () => {
  const { profileTable, mergeProfiles, profileSource } = await import('../../../src/gates/drift-check/profile.js');
  const { kolmogorovSmirnov } = await import('../../../src/stats/drift/kolmogorov-smirnov.js');
  // 6000 distinct values (golden-ratio sequence), and a shifted current sample.
  const seq = (n: number, shift: number, phase = 0) => Float64Array.from({ length: n }, (_, i) => shift + (((i + phase) * 0.6180339887498949) % 1));
  const tableOf = (v: Float64Array) => ({ source: 'r.csv', columns: [{ kind: 'number' as const, name: 'x', values: v, missing: null }], rowCount: v.length, rowLines: null });
  const ref = seq(6000, 0);
  const cur = Float64Array.from(seq(4000, 0.02, 17)).sort();
  const rawD = kolmogorovSmirnov(ref, cur).statistic;

  it('keep at most about maxPoints points, state ε = 1/maxPoints, and move D by less than ε', () => {
    const p = profileTable(tableOf(ref), 100);
    const col = p.columns[0] as { values: Float64Array; error: number };
    expect(col.values.length).toBeLessThanOrEqual(101);
    expect(col.error).toBeCloseTo(0.01, 15);
    const sample = profileSource(p, 'r.mgprof').columns[0].sample('numerical') as { values: Float64Array };
    expect(sample.values.length).toBe(6000);
    const d = kolmogorovSmirnov(sample.values, cur, { sorted: true }).statistic;
    expect(Math.abs(d - rawD)).toBeLessThan(0.01);
    expect(d).not.toBe(rawD); // it is a sketch, not the data
  });

  it('merged shard sketches keep the bound: weighted mean plus one recompression', () => {
    const a = profileTable(tableOf(ref.slice(0, 2000)), 100);
    const b = profileTable(tableOf(ref.slice(2000)), 100);
    const m = mergeProfiles([a, b], 100);
    const col = m.columns[0] as { error: number; counts: Float64Array };
    expect(col.error).toBeCloseTo(0.02, 15);
    expect([...col.counts].reduce((s, c) => s + c, 0)).toBe(6000);
    const sample = profileSource(m, 'm.mgprof').columns[0].sample('numerical') as { values: Float64Array };
    expect(Math.abs(kolmogorovSmirnov(sample.values, cur, { sorted: true }).statistic - rawD)).toBeLessThan(0.02);
  });

  it('stay exact with maxPoints 0 or few distinct values', () => {
    const exact = profileTable(tableOf(ref), 0).columns[0] as { values: Float64Array; error: number };
    expect(exact.values.length).toBe(6000);
    expect(exact.error).toBe(0);
    const ints = profileTable(tableOf(Float64Array.from({ length: 6000 }, (_, i) => i % 50)), 100).columns[0] as { values: Float64Array; error: number };
    expect(ints.values.length).toBe(50);
    expect(ints.error).toBe(0);
  });
});

describe('a sketched reference in the report', () => {
  it('marks the sketched columns with their bound, and keeps the verdicts of the example', async () => {
    const dir = workspace();
    await run(dir, { reference: 'reference.csv', 'profile-out': 'small.mgprof', 'profile-points': '50' });
    const raw = await run(dir, { reference: 'reference.csv', current: 'current-drifted.csv' });
    const sk = await run(dir, { reference: 'small.mgprof', current: 'current-drifted.csv' });
    const cols = sk.report.columns as { name: string; referenceError?: number; note?: string; statistic: number; drifted: boolean }[];
    const income = cols.find((c) => c.name === 'income')!;
    expect(income.referenceError).toBeCloseTo(1 / 50, 15);
    expect(income.note).toMatch(/reference sketched/);
    expect(cols.find((c) => c.name === 'plan')?.referenceError).toBeUndefined();
    const rawIncome = (raw.report.columns as typeof cols).find((c) => c.name === 'income')!;
    expect(Math.abs(income.statistic - rawIncome.statistic)).toBeLessThan(1 / 50);
    expect(sk.outputs['drifted-columns']).toBe(raw.outputs['drifted-columns']);
  });
});
