/**
 * canary-decision's `reportSections` against the reports the gate writes:
 * every code path (mann-whitney, beta-binomial, sequential with and without a
 * state file, no data, identical samples, report-only and rule-bound metrics,
 * a Kayenta configuration) goes through JSON as the report file does, and the
 * sections must parse with the schema closed (an unknown field or section, or
 * a missing required one, fails).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import gate from '../../../src/gates/canary-decision/gate.js';
import { parseInputs } from '../../../src/core/inputs.js';
import { reportSections } from '../../../src/gates/canary-decision/report-sections.js';
import type { GateContext } from '../../../src/core/gate.js';
import { ownSections, parseSections } from '../../support/report-sections.js';

const examples = fileURLToPath(new URL('../../../examples/canary-decision/', import.meta.url));

function ctx(cwd = examples): GateContext {
  const quiet = { info() {}, warn() {}, debug() {} };
  return { cwd, env: {}, log: quiet, run: {}, progress() {}, tempDir: tmpdir() };
}

async function report(values: Record<string, unknown>, cwd?: string): Promise<Record<string, unknown>> {
  const r = await gate.run(parseInputs(gate.inputs, values), ctx(cwd));
  return JSON.parse(JSON.stringify(r.report)) as Record<string, unknown>;
}

const expectValid = (r: Record<string, unknown>) => parseSections(reportSections, r);

function csv(dir: string, name: string, header: string, rows: (string | number)[][]): string {
  const path = join(dir, name);
  writeFileSync(path, `${header}\n${rows.map((r) => r.join(',')).join('\n')}\n`);
  return path;
}

describe('canary-decision report sections follow reportSections', () => {
  it('is the schema the gate publishes', () => {
    expect(gate.reportSections).toBe(reportSections);
  });

  it('healthy, degraded and starved canaries with rules, conversion and critical metrics', async () => {
    const healthy = expectValid(await report({ samples: 'healthy.csv', config: 'canary.yml', 'current-weight': 10 }));
    expect(healthy.decision).toBe('promote');
    expect(healthy.metrics.map((m) => m.method)).toEqual(['mann-whitney', 'mann-whitney', 'beta-binomial']);
    expect(healthy.metrics[0].rules.map((r) => r.rule)).toEqual(['max', 'max-increase']);
    expect(healthy.sequential).toBeUndefined();

    const degraded = expectValid(await report({ samples: 'degraded.csv', config: 'canary.yml' }));
    expect(degraded.decision).toBe('rollback');
    expect(degraded.metrics.some((m) => m.critical)).toBe(true);
    const byName = Object.fromEntries(degraded.metrics.map((m) => [m.name, m]));
    // 1,500 values a side are data: a conversion metric without a clear probability is Inconclusive, not Nodata.
    expect(byName.converted).toMatchObject({ classification: 'Inconclusive', nCanary: 1500, nBaseline: 1500 });
    // The 0/1 error flag (57 against 22 in 1,500): shift 0 and interval [0, 0], High from the rank test itself.
    expect(byName.error).toMatchObject({ classification: 'High', critical: true, estimate: 0, ciLow: 0, ciHigh: 0 });
    expect(byName.error.reason).toMatch(/^shift estimate 0 and interval \[0, 0\]: most pairs tie at 0/);

    const starved = expectValid(await report({ samples: 'starved.csv', config: 'canary.yml', 'current-weight': 10 }));
    expect(starved.decision).toBe('continue');
    expect(starved.metrics.some((m) => m.classification === 'Nodata')).toBe(true);
  });

  it('default settings and a Kayenta configuration', async () => {
    expectValid(await report({ samples: 'healthy.csv' }));
    const kayenta = expectValid(await report({ samples: 'degraded.csv', config: 'kayenta-config.json' }));
    expect(kayenta.thresholds).toEqual({ pass: 90, marginal: 60, confidence: 0.95 });
  });

  it('sequential mode with a state file, then without one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'canary-sections-'));
    try {
      const state = join(dir, 'state.json');
      const first = expectValid(await report({ samples: 'healthy.csv', config: 'canary.yml', sequential: true, state }));
      expect(first.sequential).toEqual({ looks: 1, statePath: state });
      expect(first.metrics[0].method).toBe('sequential');
      const unsaved = expectValid(await report({ samples: 'healthy.csv', config: 'canary.yml', sequential: true }));
      expect(unsaved.sequential).toEqual({ looks: 1, statePath: null });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no data, identical samples, report-only and min/max-decrease rules, from two files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'canary-sections-'));
    try {
      const values = Array.from({ length: 40 }, (_, i) => i % 7);
      // Both samples of `same` are equal; `flat` holds one value in both, with 5 baseline cells missing.
      const canary = csv(dir, 'canary.csv', 'same,shifted,empty,flat', values.map((v) => [v, v + 3, '', 5]));
      const baseline = csv(dir, 'baseline.csv', 'same,shifted,empty,flat', values.map((v, i) => [v, v, 1, i < 5 ? '' : 5]));
      const config = {
        same: { 'min-samples': 5 },
        shifted: { 'report-only': true, min: 1, 'max-decrease': 0.5, statistic: 'median', 'min-samples': 5 },
        empty: {},
        flat: { 'must-have-data': true, 'min-samples': 5 },
      };
      const r = expectValid(await report({ 'canary-samples': canary, 'baseline-samples': baseline, config }, dir));
      const byName = Object.fromEntries(r.metrics.map((m) => [m.name, m]));
      expect(byName.same.method).toBe('none');
      expect(byName.same.reason).toMatch(/identical/);
      expect(byName.same.estimate).toBeNull();
      expect(byName.shifted.rules.map((x) => x.rule)).toEqual(['min', 'max-decrease']);
      expect(byName.shifted.rules[1].limit).toBe(-0.5);
      expect(byName.empty.classification).toBe('Nodata');
      expect(byName.empty.canaryMean).toBeNull();
      expect(byName.flat.reason).toMatch(/every value is the same/);
      expect(r.groups.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a report with an unknown section, an unknown metric field or a missing section', async () => {
    const r = await report({ samples: 'healthy.csv', config: 'canary.yml' });
    expect(reportSections.strict().safeParse({ ...ownSections(r), extra: 1 }).success).toBe(false);
    const metrics = (r.metrics as Record<string, unknown>[]).map((m, i) => (i === 0 ? { ...m, histogram: null } : m));
    expect(reportSections.strict().safeParse({ ...ownSections(r), metrics }).success).toBe(false);
    const { groups: _dropped, ...withoutGroups } = ownSections(r);
    expect(reportSections.strict().safeParse(withoutGroups).success).toBe(false);
  });
});
