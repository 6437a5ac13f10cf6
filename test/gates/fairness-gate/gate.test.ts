import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import gate, { toOptions } from '../../../src/gates/fairness-gate/gate.js';
import { resolveGateInputs } from '../../../src/run/resolve-inputs.js';
import { parsePolicy } from '../../../src/run/policy.js';
import { reportSchema } from '../../../src/core/report.js';
import type { GateContext } from '../../../src/core/gate.js';
import type { DisparityRow, GroupRow } from '../../../src/gates/fairness-gate/report-types.js';

const examples = fileURLToPath(new URL('../../../examples/fairness-gate/', import.meta.url));

function ctx(cwd: string): GateContext {
  const quiet = { info() {}, warn() {}, debug() {} };
  return { cwd, env: {}, log: quiet, run: {}, progress() {}, tempDir: tmpdir() };
}

async function run(explicit: Record<string, string>, policyText?: string) {
  const policy = policyText ? parsePolicy(policyText, 'modelgate.yml') : undefined;
  const { inputs } = resolveGateInputs(gate, explicit, policy);
  return gate.run(inputs, ctx(examples));
}

const POLICY = () => readFileSync(join(examples, 'modelgate.yml'), 'utf8');

describe('fairness-gate on the example predictions', () => {
  it('passes the fair model with the example policy', async () => {
    const result = await run({ predictions: 'fair.csv' }, POLICY());
    expect(result.report.verdict).toBe('pass');
    expect(reportSchema.safeParse(result.report).success).toBe(true);
    const groups = result.report.groups as GroupRow[];
    // sex, race, age, and four intersections: 2 + 3 + 3 + (6 + 6 + 9 + 18) groups
    expect(groups).toHaveLength(47);
    expect(groups.every((g) => g.status === 'ok')).toBe(true);
    expect(groups.find((g) => g.attribute === 'age' && g.group === '[30, 50)')?.n).toBe(600);
    const dpd = (result.report.disparities as DisparityRow[]).find((d) => d.metric === 'demographic_parity_difference' && d.attribute === 'race')!;
    expect(dpd.value).toBe(0);
    // A range max − min is never negative, so its percentile interval sits just above 0 (see docs).
    expect(dpd.ciLow).toBeGreaterThanOrEqual(0);
    expect(dpd.ciLow).toBeLessThan(0.02);
    expect(dpd.ciHigh).toBeGreaterThan(0.02);
    expect(dpd.ciHigh).toBeLessThan(0.1);
    expect(result.outputs['insufficient-groups']).toBe('0');
    expect(result.report.summary).toMatch(/^pass: \d+ disparities within thresholds over 7 attribute\(s\) and 1800 rows$/);
  });

  it('fails the biased model, naming race C and the four-fifths rule', async () => {
    const result = await run({ predictions: 'biased.csv' }, POLICY());
    expect(result.report.verdict).toBe('fail');
    const di = (result.report.disparities as DisparityRow[]).find((d) => d.metric === 'disparate_impact' && d.attribute === 'race')!;
    // race C selects 23/100, A and B 38/100: 0.605, A is the first largest group
    expect(di.value).toBeCloseTo(23 / 38, 12);
    expect(di.group).toBe('C');
    expect(di.reference).toBe('A');
    expect(di.ciHigh).toBeLessThan(0.8);
    expect(di.verdict).toBe('fail');
    // The headline names the group and its reference, their rates, and the four-fifths rule (≥ 0.8) the ratio misses.
    expect(result.headline?.reason).toMatch(/^race `C` against `A`: selection rate 23\.0% vs 38\.0%; .*0\.605 \(95% CI [\d.]+ to [\d.]+\) misses ≥ 0\.8/);
    expect(result.markdown).toContain('| ❌ | race `C` vs `A` | selection rate 23.0% vs 38.0% |');
    expect(result.outputs['worst-metric']).not.toBe('');
    expect(result.report.summary).toMatch(/^fail: /);
  });

  it('compares with the champion: the biased model worsens every race disparity', async () => {
    const result = await run({ predictions: 'biased.csv', 'baseline-predictions': 'fair.csv', thresholds: '{}', metrics: 'demographic_parity_difference' }, POLICY());
    const dpd = (result.report.disparities as DisparityRow[]).find((d) => d.attribute === 'race')!;
    expect(dpd.baseline).toBe(0);
    expect(dpd.change).toBeCloseTo(0.15, 12);
    expect(result.report.checks.find((c) => c.id === 'baseline.demographic_parity_difference.race')?.verdict).toBe('fail');
  });

  it('reads the inputs as the action gives them', () => {
    const { inputs } = resolveGateInputs(
      gate,
      {
        predictions: 'p.csv',
        sensitive: 'sex, race',
        intersectional: 'true',
        bins: 'age: 4',
        'reference-group': '{sex: M, race: best}',
        thresholds: 'disparate_impact: 0.9\ntheil_index: null\nfpr_disparity: "in [0.7, 1.4]"',
        'decide-on': 'estimate',
      },
      undefined,
    );
    const o = toOptions(inputs);
    expect(o.sensitive).toEqual(['sex', 'race']);
    expect(o.intersectional).toBe(true);
    expect(o.bins).toEqual({ age: { quantiles: 4 } });
    expect(o.reference.byAttribute).toEqual({ sex: { kind: 'named', group: 'M' }, race: { kind: 'best' } });
    expect(o.thresholds.disparate_impact).toMatchObject({ op: '>=', value: 0.9 });
    expect(o.thresholds.theil_index).toBeNull();
    expect(o.thresholds.fpr_disparity).toMatchObject({ op: 'in', low: 0.7, high: 1.4 });
    expect(o.decideOn).toBe('estimate');
    expect(o.bootstrap).toBe(1000);
    expect(o.minGroupSize).toBe(30);
    expect(o.predictionColumn).toBe('prediction');
    expect(o.maxIncrease).toBeUndefined();
  });

  it('rejects unknown metrics and bad inputs with one clear line', async () => {
    expect(() => toOptions(resolveGateInputs(gate, { predictions: 'p.csv', sensitive: 'sex', metrics: 'demographic_parity' }, undefined).inputs)).toThrow(
      /unknown metric "demographic_parity"/,
    );
    expect(() => toOptions(resolveGateInputs(gate, { predictions: 'p.csv', sensitive: 'sex', thresholds: 'disparate_impact: "big"' }, undefined).inputs)).toThrow(
      /cannot read threshold "big"/,
    );
    expect(() => resolveGateInputs(gate, { predictions: 'p.csv' }, undefined)).toThrow(/required/);
    // A typo'd reference group used to switch every reference check off (issue: "a typo switches fairness off").
    const typo = await run({ predictions: 'biased.csv', sensitive: 'sex, race', 'label-column': 'label', 'prediction-column': 'prediction', metrics: 'disparate_impact', 'reference-group': '{race: Martians}' }).catch((e: unknown) => e);
    expect(String((typo as Error).message)).toMatch(/^group "Martians" does not occur in race \(groups: "A", "B", "C"\)$/);
    await expect(run({ predictions: 'biased.csv', sensitive: 'sex', 'reference-group': '{gender: F}' })).rejects.toThrow(/"gender" is not a judged attribute \(attributes: "sex"\)/);
    const dir = mkdtempSync(join(tmpdir(), 'fairness-gate-'));
    writeFileSync(join(dir, 'p.csv'), 'sex,label,prediction\nF,1,1\nM,,0\n');
    const { inputs } = resolveGateInputs(gate, { predictions: 'p.csv', sensitive: 'sex' }, undefined);
    await expect(gate.run(inputs, ctx(dir))).rejects.toThrow(/missing value in column "label"/);
  });
});
