/**
 * fairness-gate's `reportSections` against the reports the gate writes: the
 * example policy (intersections, bins, bootstrap), the champion comparison
 * (`baseline`, `change`), every metric, and a small file with an empty
 * intersection, an insufficient group, a zero reference rate and a metric
 * only reported. Each report goes through JSON as the report file does, and
 * its sections must parse with the schema closed (an unknown field or
 * section, or a missing required one, fails).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import gate from '../../../src/gates/fairness-gate/gate.js';
import { reportSections } from '../../../src/gates/fairness-gate/report-sections.js';
import { METRIC_NAMES } from '../../../src/gates/fairness-gate/metrics.js';
import { resolveGateInputs } from '../../../src/run/resolve-inputs.js';
import { parsePolicy } from '../../../src/run/policy.js';
import type { GateContext } from '../../../src/core/gate.js';
import { ownSections, parseSections } from '../../support/report-sections.js';

const examples = fileURLToPath(new URL('../../../examples/fairness-gate/', import.meta.url));
const POLICY = () => readFileSync(join(examples, 'modelgate.yml'), 'utf8');

function ctx(cwd: string): GateContext {
  const quiet = { info() {}, warn() {}, debug() {} };
  return { cwd, env: {}, log: quiet, run: {}, progress() {}, tempDir: tmpdir() };
}

/** The report as written to the JSON file. */
async function report(explicit: Record<string, string>, policyText?: string, cwd = examples): Promise<Record<string, unknown>> {
  const policy = policyText ? parsePolicy(policyText, 'modelgate.yml') : undefined;
  const { inputs } = resolveGateInputs(gate, explicit, policy);
  const r = await gate.run(inputs, ctx(cwd));
  return JSON.parse(JSON.stringify(r.report)) as Record<string, unknown>;
}

const expectValid = (r: Record<string, unknown>) => parseSections(reportSections, r);

describe('fairness-gate report sections follow reportSections', () => {
  it('is the schema the gate publishes', () => {
    expect(gate.reportSections).toBe(reportSections);
  });

  it('the fair and biased examples under the example policy, with intersections and intervals', async () => {
    const fair = expectValid(await report({ predictions: 'fair.csv', bootstrap: '200' }, POLICY()));
    expect(fair.groups.some((g) => g.attribute.includes(' × '))).toBe(true);
    expect(fair.disparities.some((d) => d.ciLow !== null)).toBe(true);
    expect(fair.disparities.find((d) => d.metric === 'theil_index')?.attribute).toBeNull();
    expect(fair.disparities.every((d) => d.baseline === undefined)).toBe(true);
    const biased = expectValid(await report({ predictions: 'biased.csv', bootstrap: '200' }, POLICY()));
    expect(biased.disparities.some((d) => d.verdict === 'fail')).toBe(true);
  });

  it('against a champion: every row carries baseline and change', async () => {
    const r = expectValid(await report({ predictions: 'biased.csv', 'baseline-predictions': 'fair.csv', bootstrap: '0', metrics: METRIC_NAMES.join(',') }, POLICY()));
    expect(r.disparities.every((d) => d.baseline !== undefined && d.change !== undefined)).toBe(true);
    expect(new Set(r.disparities.map((d) => d.metric))).toEqual(new Set(METRIC_NAMES));
  });

  it('an empty intersection, an insufficient group, a zero reference rate and a reported-only metric', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fairness-sections-'));
    try {
      const rows: string[] = ['g,h,label,prediction'];
      // A: 60 rows, never selected (a zero reference rate for disparate impact); B: 60 rows, half selected; C: 5 rows, all h = x.
      for (let i = 0; i < 60; i++) rows.push(`A,${i % 2 ? 'x' : 'y'},${i % 3 === 0 ? 1 : 0},0`);
      for (let i = 0; i < 60; i++) rows.push(`B,${i % 2 ? 'x' : 'y'},${i % 3 === 0 ? 1 : 0},${i % 2}`);
      for (let i = 0; i < 5; i++) rows.push(`C,x,${i % 2},1`);
      writeFileSync(join(dir, 'p.csv'), `${rows.join('\n')}\n`);
      const r = expectValid(
        await report(
          {
            predictions: 'p.csv',
            sensitive: 'g,h',
            intersectional: 'true',
            'reference-group': 'A',
            'min-group-size': '10',
            'min-positives': '2',
            'min-negatives': '2',
            bootstrap: '100',
            metrics: METRIC_NAMES.join(','),
            thresholds: '{theil_index: null}',
          },
          undefined,
          dir,
        ),
      );
      expect(r.groups.map((g) => g.status)).toEqual(expect.arrayContaining(['ok', 'insufficient', 'empty']));
      const di = r.disparities.find((d) => d.metric === 'disparate_impact' && d.attribute === 'g')!;
      expect(di.reference).toBe('A');
      expect(di.value).toBe('Infinity'); // a ratio over the reference's zero rate: infinite, not "unknown"
      expect(di.verdict).toBe('pass');
      expect(r.disparities.find((d) => d.metric === 'theil_index')?.threshold).toBeNull();
      expect(r.disparities.some((d) => d.insufficientGroups.includes('C'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects an unknown section, an unknown field in a row or a missing section', async () => {
    const r = await report({ predictions: 'fair.csv', bootstrap: '0' }, POLICY());
    expect(reportSections.strict().safeParse({ ...ownSections(r), worstMetric: 'x' }).success).toBe(false);
    const groups = (r.groups as Record<string, unknown>[]).map((g, i) => (i === 0 ? { ...g, share: 0.5 } : g));
    expect(reportSections.strict().safeParse({ ...ownSections(r), groups }).success).toBe(false);
    const { disparities: _dropped, ...withoutDisparities } = ownSections(r);
    expect(reportSections.strict().safeParse(withoutDisparities).success).toBe(false);
  });
});
