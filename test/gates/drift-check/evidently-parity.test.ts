/**
 * `method: auto` on the example data gives Evidently's choice of test,
 * p-value and verdict for every column (test/golden/drift_gate.json, from
 * test/golden/generate_drift_gate.py: Evidently's rules and stat tests
 * replayed with pandas and scipy 1.10).
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import gate from '../../../src/gates/drift-check/gate.js';
import { resolveGateInputs } from '../../../src/run/resolve-inputs.js';
import type { Column, Table } from '../../../src/core/table.js';
import { evaluateDrift } from '../../../src/gates/drift-check/evaluate.js';
import { DEFAULT_OPTIONS } from '../../../src/gates/drift-check/options.js';

const examples = fileURLToPath(new URL('../../../examples/drift-check/', import.meta.url));
const golden = JSON.parse(readFileSync(new URL('../../golden/drift_gate.json', import.meta.url), 'utf8')) as Record<
  string,
  Record<string, { method: string; pValue: number; score: number; drifted: boolean }>
>;

describe.each(Object.keys(golden).filter((k) => k.endsWith('.csv')))('auto on %s matches Evidently', (current) => {
  it('method, p-value and verdict per column', async () => {
    const { inputs } = resolveGateInputs(gate, { reference: 'reference.csv', current, exclude: 'customer_id' }, undefined);
    const quiet = { info() {}, warn() {}, debug() {} };
    const r = await gate.run(inputs, { cwd: examples, env: {}, log: quiet, run: {}, progress() {}, tempDir: tmpdir() });
    const cols = r.report.columns as { name: string; method: string; pValue: number; drifted: boolean }[];
    expect(cols.map((c) => c.name).sort()).toEqual(Object.keys(golden[current]).sort());
    for (const c of cols) {
      const want = golden[current][c.name];
      expect(c.method, c.name).toBe(want.method);
      expect(c.drifted, c.name).toBe(want.drifted);
      const err = Math.abs(c.pValue - want.pValue);
      expect(err <= 1e-12 || err <= 1e-9 * want.pValue, `${c.name}: ${c.pValue} vs ${want.pValue}`).toBe(true);
    }
  });
});

describe('auto with more than 1000 reference rows matches Evidently', () => {
  // The generator's exact integer recipes: r_i = (i·a) mod m.
  const recipe = (n: number, a: number, m: number) => Array.from({ length: n }, (_, i) => Number((BigInt(i) * BigInt(a)) % BigInt(m)));
  const ref = recipe(3000, 7919, 3001);
  const cur = recipe(2000, 104729, 2003);
  const num = (name: string, v: number[]): Column => ({ kind: 'number', name, values: Float64Array.from(v), missing: null });
  const str = (name: string, v: string[]): Column => ({ kind: 'string', name, values: v });
  const table = (cols: Column[]): Table => ({ source: 't', columns: cols, rowCount: (cols[0].values as ArrayLike<unknown>).length, rowLines: null });
  const reference = table([
    num('cont', ref.map((r) => (r / 3001) * 10)),
    num('cont_shift', ref.map((r) => (r / 3001) * 10)),
    num('few', ref.map((r) => r % 4)),
    str('cat', ref.map((r) => `k${r % 6}`)),
    str('cat_shift', ref.map((r) => `k${r % 6}`)),
  ]);
  const current = table([
    num('cont', cur.map((r) => (r / 2003) * 10 + 0.2)),
    num('cont_shift', cur.map((r) => (r / 2003) * 10 + 1.5)),
    num('few', cur.map((r) => r % 4)),
    str('cat', cur.map((r) => `k${r % 6}`)),
    str('cat_shift', cur.map((r) => `k${Math.min(r % 9, 5)}`)),
  ]);
  it('wasserstein (normed) and jensenshannon (natural log), scores and verdicts', () => {
    const e = evaluateDrift(reference, current, DEFAULT_OPTIONS);
    for (const c of e.columns) {
      const want = golden['large-recipes'][c.name];
      expect(c.method, c.name).toBe(want.method);
      expect(c.drifted, c.name).toBe(want.drifted);
      const err = Math.abs((c.statistic as number) - want.score);
      expect(err <= 1e-12 || err <= 1e-9 * want.score, `${c.name}: ${c.statistic} vs ${want.score}`).toBe(true);
    }
    expect(e.columns).toHaveLength(5);
  });
});
