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
import { resolveGateInputs } from '../../../src/core/resolve-inputs.js';

const examples = fileURLToPath(new URL('../../../examples/drift-check/', import.meta.url));
const golden = JSON.parse(readFileSync(new URL('../../golden/drift_gate.json', import.meta.url), 'utf8')) as Record<
  string,
  Record<string, { method: string; pValue: number; drifted: boolean }>
>;

describe.each(Object.keys(golden))('auto on %s matches Evidently', (current) => {
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
