import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import gate from '../../../src/gates/canary-decision/gate.js';
import { parseInputs } from '../../../src/core/inputs.js';
import type { GateContext } from '../../../src/core/gate.js';
import { reportSchema } from '../../../src/core/report.js';
import { loadGate } from '../../../src/gates/index.js';

const examples = fileURLToPath(new URL('../../../examples/canary-decision/', import.meta.url));

function ctx(cwd = examples): GateContext {
  const quiet = { info() {}, warn() {}, debug() {} };
  return { cwd, env: {}, log: quiet, run: {}, progress() {}, tempDir: tmpdir() };
}

async function run(values: Record<string, unknown>, cwd?: string) {
  return gate.run(parseInputs(gate.inputs, values), ctx(cwd));
}

describe('canary-decision gate on the example samples', () => {
  it('is registered', async () => {
    expect((await loadGate('canary-decision'))?.name).toBe('canary-decision');
  });

  it('promotes the healthy canary', async () => {
    const r = await run({ samples: 'healthy.csv', config: 'canary.yml', 'current-weight': 10 });
    expect(r.outputs.decision).toBe('promote');
    expect(r.outputs['next-weight']).toBe('20');
    expect(r.report.verdict).toBe('pass');
    expect(reportSchema.safeParse(r.report).success).toBe(true);
    const metrics = r.report.metrics as { name: string; classification: string; nCanary: number }[];
    expect(metrics.map((m) => [m.name, m.classification])).toEqual([
      ['latency_ms', 'Pass'],
      ['error', 'Pass'],
      ['converted', 'Pass'],
    ]);
    expect(metrics[0].nCanary).toBe(1500);
  });

  it('rolls back the degraded canary on its critical error rate, with score 0', async () => {
    const r = await run({ samples: 'degraded.csv', config: 'canary.yml' });
    expect(r.outputs.decision).toBe('rollback');
    expect(r.outputs.score).toBe('0');
    expect(r.outputs['next-weight']).toBe('0');
    expect(r.report.verdict).toBe('fail');
    expect(r.headline?.reason).toMatch(/^Roll back: the critical metric `error` went from 0\.0147 to 0\.0380: mean \+0\.0233 \(limit \+0\.01\)/);
    expect(r.markdown.split('\n')[0]).toBe('Score **0** / 100 (a critical failure sets it to 0) · next canary weight 0%.');
  });

  it('continues (neutral) the starved canary', async () => {
    const r = await run({ samples: 'starved.csv', config: 'canary.yml', 'current-weight': 10 });
    expect(r.outputs.decision).toBe('continue');
    expect(r.outputs['next-weight']).toBe('10');
    expect(r.neutral).toBe(true);
    expect(r.report.verdict).toBe('warn');
  });

  it('writes and reads the sequential state file across runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'canary-state-'));
    try {
      const statePath = join(dir, 'state.json');
      const first = await run({ samples: 'healthy.csv', config: 'canary.yml', sequential: true, state: statePath, 'current-weight': 10 });
      expect(first.outputs['state-path']).toBe(statePath);
      const s1 = JSON.parse(readFileSync(statePath, 'utf8'));
      expect(s1.looks).toBe(1);
      expect(s1.weight).toBe(Number(first.outputs['next-weight']));
      const second = await run({ samples: 'healthy.csv', config: 'canary.yml', sequential: true, state: statePath });
      expect(JSON.parse(readFileSync(statePath, 'utf8')).looks).toBe(2);
      expect(second.report.sequential).toEqual({ looks: 2, statePath });
      writeFileSync(statePath, '{"version": 2}');
      await expect(run({ samples: 'healthy.csv', config: 'canary.yml', sequential: true, state: statePath })).rejects.toThrow(/not a canary-decision state file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('judges every numeric column with default settings when no config is given', async () => {
    const r = await run({ samples: 'healthy.csv' });
    expect((r.report.metrics as { name: string }[]).map((m) => m.name)).toEqual(['latency_ms', 'error', 'converted']);
  });

  it('gives one clear error for missing sources and conflicting inputs', async () => {
    await expect(run({})).rejects.toThrow(/no metrics source/);
    await expect(run({ samples: 'healthy.csv', 'canary-samples': 'x.csv' })).rejects.toThrow(/not both/);
    await expect(run({ 'canary-samples': 'healthy.csv' })).rejects.toThrow(/go together/);
    await expect(run({ samples: 'healthy.csv', queries: { x: 'up{$selector}' } })).rejects.toThrow(/prometheus-url/);
    await expect(run({ samples: 'healthy.csv', 'pass-score': 50, 'marginal-score': 60 })).rejects.toThrow(/marginal-score 60 is above pass-score 50/);
  });
});

describe('canary-decision gate with a Kayenta configuration', () => {
  it('uses its groups, weights, effect sizes and score thresholds; its queries give way to samples files without prometheus-url', async () => {
    const healthy = await run({ samples: 'healthy.csv', config: 'kayenta-config.json' });
    expect(healthy.outputs.decision).toBe('promote');
    expect(healthy.report.thresholds).toEqual({ pass: 90, marginal: 60, confidence: 0.95 });
    const degraded = await run({ samples: 'degraded.csv', config: 'kayenta-config.json' });
    const metrics = degraded.report.metrics as { name: string; group: string; classification: string; critical: boolean }[];
    // Latency is 25% up (beyond allowedIncrease 1.05). The 0/1 error flag (57 of 1,500 against 22 of 1,500)
    // has shift estimate 0 and interval [0, 0], but the rank test of no shift rejects with the canary
    // higher, so it is High; critical with the default criticalIncrease 1, it rolls back with score 0.
    expect(metrics.map((m) => [m.name, m.group, m.classification, m.critical])).toEqual([
      ['latency_ms', 'latency', 'High', false],
      ['error', 'errors', 'High', true],
    ]);
    expect(degraded.outputs.score).toBe('0');
    expect(degraded.outputs.decision).toBe('rollback');
  });
});
