/**
 * drift-check's `reportSections` against the reports the gate writes: stable
 * and drifted example batches (roles, correction, histograms), every
 * dispatch outcome, sampling, a profile-only run, profiles as the reference
 * (exact and sketched), the profile cache (saved, then hit), and a small file
 * with an infinite statistic, an insufficient column, new and missing
 * categories and a jensenshannon base. Each report goes through JSON as the
 * report file does, and its sections must parse with the schema closed (an
 * unknown field or section, or a missing required one, fails).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import gate, { runDriftCheck } from '../../../src/gates/drift-check/gate.js';
import { reportSections } from '../../../src/gates/drift-check/report-sections.js';
import type { ProfileCache } from '../../../src/gates/drift-check/profile-cache.js';
import { resolveGateInputs } from '../../../src/run/resolve-inputs.js';
import { parsePolicy } from '../../../src/run/policy.js';
import type { GateContext } from '../../../src/core/gate.js';
import type { GitHubClient } from '../../../src/github/client.js';
import type { DriftCheckInputs } from '../../../src/gates/drift-check/gate.js';
import { ownSections, parseSections } from '../../support/report-sections.js';

const examples = fileURLToPath(new URL('../../../examples/drift-check/', import.meta.url));
const POLICY = () => parsePolicy(readFileSync(join(examples, 'modelgate.yml'), 'utf8'), 'modelgate.yml');
/** Data rows of an example CSV (lines less the header), counted independently of the readers. */
const dataRows = (file: string) => readFileSync(join(examples, file), 'utf8').trimEnd().split('\n').length - 1;
const dir = mkdtempSync(join(tmpdir(), 'drift-sections-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ctx(extra: Partial<GateContext> = {}): GateContext {
  const quiet = { info() {}, warn() {}, debug() {} };
  return { cwd: examples, env: {}, log: quiet, run: {}, progress() {}, tempDir: dir, ...extra };
}

/** The report as written to the JSON file. */
async function report(
  explicit: Record<string, string>,
  options: { policy?: boolean; ctx?: Partial<GateContext>; cache?: ProfileCache } = {},
): Promise<Record<string, unknown>> {
  const { inputs } = resolveGateInputs(gate, explicit, options.policy === false ? undefined : POLICY());
  const r = await runDriftCheck(inputs as DriftCheckInputs, ctx(options.ctx), { cache: options.cache });
  return JSON.parse(JSON.stringify(r.report)) as Record<string, unknown>;
}

const expectValid = (r: Record<string, unknown>) => parseSections(reportSections, r);

describe('drift-check report sections follow reportSections', () => {
  it('is the schema the gate publishes', () => {
    expect(gate.reportSections).toBe(reportSections);
  });

  it('the stable and drifted batches, with target and prediction columns and histograms', async () => {
    const stable = expectValid(await report({ reference: 'reference.csv', current: 'current-stable.csv' }));
    expect(stable.columns!.map((c) => c.role)).toEqual(expect.arrayContaining(['feature', 'target', 'prediction']));
    expect(stable.rows).toEqual({ reference: dataRows('reference.csv'), current: dataRows('current-stable.csv'), sampledReference: null, sampledCurrent: null });
    const drifted = expectValid(await report({ reference: 'reference.csv', current: 'current-drifted.csv', histograms: '10' }));
    expect(drifted.dataset!.drifted).toBe(true);
    expect(drifted.columns!.some((c) => c.histogram && c.type === 'categorical')).toBe(true);
    expect(drifted.columns!.some((c) => c.histogram && c.type === 'numerical')).toBe(true);
  });

  it('every dispatch outcome: sent, refused and skipped', async () => {
    const run = { repository: 'acme/churn', sha: 'abc123' };
    const accepting = { rest: { repos: { createDispatchEvent: async () => undefined } } };
    const refusing = { rest: { repos: { createDispatchEvent: async () => Promise.reject(Object.assign(new Error('Forbidden'), { status: 403 })) } } };
    const inputs = { reference: 'reference.csv', current: 'current-drifted.csv', 'dispatch-on-drift': 'true' };
    const sent = expectValid(await report(inputs, { ctx: { run, github: async () => accepting as unknown as GitHubClient } }));
    expect(sent.dispatch).toBe('sent');
    const refused = expectValid(await report(inputs, { ctx: { run, github: async () => refusing as unknown as GitHubClient } }));
    expect(refused.dispatch).toBe('refused');
    const skipped = expectValid(await report(inputs));
    expect(skipped.dispatch).toBe('skipped');
  });

  it('sampling both files', async () => {
    const r = expectValid(await report({ reference: 'reference.csv', current: 'current-drifted.csv', sample: '200' }));
    expect(r.rows!.sampledReference).toBe(200);
    expect(r.rows!.sampledCurrent).toBe(200);
  });

  it('a profile-only run, then the profile (exact and sketched) as the reference', async () => {
    const out = join(dir, 'ref.mgprof');
    const only = expectValid(await report({ reference: 'reference.csv', 'profile-out': out }));
    expect(Object.keys(only)).toEqual(['profile']);
    expect(only.profile).toEqual({ path: out, rows: dataRows('reference.csv'), columns: 9 });
    const exact = expectValid(await report({ reference: out, current: 'current-drifted.csv' }));
    expect(exact.referenceProfile).toEqual([out]);
    const small = join(dir, 'ref-sketched.mgprof');
    await report({ reference: 'reference.csv', 'profile-out': small, 'profile-points': '16' });
    const sketched = expectValid(await report({ reference: small, current: 'current-drifted.csv' }));
    expect(sketched.columns!.some((c) => c.referenceError !== undefined)).toBe(true);
  });

  it('the profile cache: saved on the first run, hit on the second', async () => {
    const store = new Map<string, string>();
    const cache: ProfileCache = {
      available: () => true,
      async restore(path, key) {
        const saved = store.get(key);
        if (saved === undefined) return false;
        copyFileSync(saved, path);
        return true;
      },
      async save(path, key) {
        const copy = join(dir, `cached-${store.size}.mgprof`);
        copyFileSync(path, copy);
        store.set(key, copy);
      },
    };
    const inputs = { reference: 'reference.csv', current: 'current-stable.csv' };
    expect(expectValid(await report(inputs, { cache })).profileCache).toBe('saved');
    expect(expectValid(await report(inputs, { cache })).profileCache).toBe('hit');
  });

  it('an infinite statistic, an insufficient column, new and missing categories and a jensenshannon base', async () => {
    const n = 60;
    const ref = ['color,size,rare,flag'];
    const cur = ['color,size,rare,flag'];
    for (let i = 0; i < n; i++) ref.push(`${['red', 'green', 'blue', 'gray'][i % 4]},${i % 10},${i < 5 ? i : ''},${i % 2 ? 'yes' : 'no'}`);
    for (let i = 0; i < n; i++) cur.push(`${['red', 'green', 'purple'][i % 3]},${(i % 10) + 2},${i < 5 ? i : ''},${i % 3 ? 'yes' : 'no'}`);
    writeFileSync(join(dir, 'ref.csv'), `${ref.join('\n')}\n`);
    writeFileSync(join(dir, 'cur.csv'), `${cur.join('\n')}\n`);
    const base = { reference: join(dir, 'ref.csv'), current: join(dir, 'cur.csv') };
    const chi = expectValid(await report({ ...base, method: 'chisquare', 'column-types': '{size: categorical, rare: categorical}' }, { policy: false }));
    const color = chi.columns!.find((c) => c.name === 'color')!;
    expect(color.statistic).toBe('Infinity');
    expect(chi.columns!.find((c) => c.name === 'rare')!.status).toBe('insufficient');
    expect(chi.quality!.some((q) => q.kind === 'new-categories' && q.flagged)).toBe(true);
    expect(chi.quality!.some((q) => q.kind === 'missing-categories' && q.flagged)).toBe(true);
    const js = expectValid(await report({ ...base, method: 'jensenshannon', 'jensenshannon-base': '2' }, { policy: false }));
    expect(js.columns!.every((c) => c.base === 2)).toBe(true);
  });

  it('rejects an unknown section, an unknown field in a column or a missing required field', async () => {
    const r = await report({ reference: 'reference.csv', current: 'current-stable.csv' });
    expect(reportSections.strict().safeParse({ ...ownSections(r), unmatched: [] }).success).toBe(false);
    const columns = (r.columns as Record<string, unknown>[]).map((c, i) => (i === 0 ? { ...c, score: 'p-value' } : c));
    expect(reportSections.strict().safeParse({ ...ownSections(r), columns }).success).toBe(false);
    const { share: _dropped, ...dataset } = r.dataset as Record<string, unknown>;
    expect(reportSections.strict().safeParse({ ...ownSections(r), dataset }).success).toBe(false);
  });
});
