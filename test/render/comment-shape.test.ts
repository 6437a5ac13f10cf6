/**
 * Every gate's comment on its bundled examples, pass and fail, measured
 * rather than looked at (issue #12): run in-process through the shared run
 * path (src/run/run-gate.ts), exactly the Markdown the comment, the job
 * summary and the check run get. Checked:
 * - the first three lines: the verdict, one reason, the next action (then
 *   what was compared);
 * - a passing comment under 1,500 characters outside <details>, with its
 *   charts collapsed;
 * - a failing comment under 3,000 characters outside <details> (about one
 *   screen), and fairness-gate's failing one under 6,000 in all;
 * - every Mermaid chart: one bar series, at least three bars, a value axis
 *   from zero, a title, no HTML entity or "<" in a label.
 *
 * Set MODELGATE_COMMENTS_DIR to also write each comment there (to look at
 * them with a Markdown renderer).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGate, type GateOutcome } from '../../src/run/run-gate.js';
import { REPO_ROOT } from '../harness/run-action.js';
import { makeFixture, type Fixture } from '../registry/helpers/git-fixture.js';
import { chartProblems, firstLines, mermaidBlocks, outsideDetails } from '../support/markdown-shape.js';

interface Example {
  gate: string;
  kind: 'pass' | 'fail';
  inputs: Record<string, string>;
  /** register-model runs in a git repository of its own, after `before`. */
  registry?: boolean;
  before?: Record<string, string>[];
}

const P = 'examples/performance-gate';
const REGISTER = {
  policy: 'examples/register-model/modelgate.yml',
  name: 'churn',
  path: 'examples/register-model/model',
  reports: 'examples/register-model/reports/performance-gate.json, examples/register-model/reports/fairness-gate.json',
  push: 'false',
};

export const EXAMPLES: Example[] = [
  { gate: 'validate-schema', kind: 'pass', inputs: { data: 'examples/validate-schema/loans.csv', schema: 'examples/validate-schema/contract.yml' } },
  { gate: 'validate-schema', kind: 'fail', inputs: { data: 'examples/validate-schema/broken.csv', schema: 'examples/validate-schema/contract.yml' } },
  { gate: 'drift-check', kind: 'pass', inputs: { reference: 'examples/drift-check/reference.csv', current: 'examples/drift-check/current-stable.csv', policy: 'examples/drift-check/modelgate.yml', 'cache-profile': 'false' } },
  { gate: 'drift-check', kind: 'fail', inputs: { reference: 'examples/drift-check/reference.csv', current: 'examples/drift-check/current-drifted.csv', policy: 'examples/drift-check/modelgate.yml', 'cache-profile': 'false' } },
  { gate: 'performance-gate', kind: 'pass', inputs: { predictions: `${P}/challenger-better.csv`, 'baseline-predictions': `${P}/baseline.csv`, latency: `${P}/latency.csv`, policy: `${P}/policy.yml` } },
  { gate: 'performance-gate', kind: 'fail', inputs: { predictions: `${P}/challenger-worse.csv`, 'baseline-predictions': `${P}/baseline.csv`, latency: `${P}/latency.csv`, policy: `${P}/policy.yml` } },
  { gate: 'fairness-gate', kind: 'pass', inputs: { predictions: 'examples/fairness-gate/fair.csv', policy: 'examples/fairness-gate/modelgate.yml' } },
  { gate: 'fairness-gate', kind: 'fail', inputs: { predictions: 'examples/fairness-gate/biased.csv', policy: 'examples/fairness-gate/modelgate.yml' } },
  { gate: 'canary-decision', kind: 'pass', inputs: { samples: 'examples/canary-decision/healthy.csv', config: 'examples/canary-decision/canary.yml' } },
  { gate: 'canary-decision', kind: 'fail', inputs: { samples: 'examples/canary-decision/degraded.csv', config: 'examples/canary-decision/canary.yml' } },
  { gate: 'register-model', kind: 'pass', registry: true, inputs: REGISTER },
  {
    gate: 'register-model',
    kind: 'fail',
    registry: true,
    before: [REGISTER],
    inputs: { policy: REGISTER.policy, command: 'promote', name: 'churn', version: 'v0.0.1', stage: 'production', push: 'false' },
  },
];

const RUN = { repository: 'acme/models', runId: '4242', runUrl: 'https://github.com/acme/models/actions/runs/4242', sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', actor: 'octocat' };

let temp: string;
let fx: Fixture | undefined;
const outcomes = new Map<Example, GateOutcome>();

async function run(ex: Example, cwd: string, inputs: Record<string, string>): Promise<GateOutcome> {
  return runGate(ex.gate, { ...inputs, 'report-path': join(temp, `${ex.gate}-${ex.kind}.json`) }, {
    cwd,
    env: {},
    log: { info() {}, warn() {}, debug() {} },
    run: RUN,
    progress() {},
    tempDir: temp,
    defaultReportDir: temp,
  });
}

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'modelgate-shape-'));
  fx = makeFixture();
  cpSync(join(REPO_ROOT, 'examples/register-model'), join(fx.work, 'examples/register-model'), { recursive: true });
  fx.commit('add the example');
  const out = process.env.MODELGATE_COMMENTS_DIR;
  if (out) mkdirSync(out, { recursive: true });
  for (const ex of EXAMPLES) {
    const cwd = ex.registry ? fx.work : REPO_ROOT;
    for (const b of ex.before ?? []) await run(ex, cwd, b);
    const outcome = await run(ex, cwd, ex.inputs);
    outcomes.set(ex, outcome);
    if (out) writeFileSync(join(out, `${ex.gate}-${ex.kind}.md`), outcome.markdown);
  }
}, 300_000);

afterAll(() => {
  fx?.cleanup();
  rmSync(temp, { recursive: true, force: true });
});

describe.each(EXAMPLES.map((e) => [`${e.gate} ${e.kind}`, e] as const))('%s', (_label, ex) => {
  it('has the verdict its example is made for', () => {
    expect(outcomes.get(ex)!.result.report.verdict).toBe(ex.kind);
  });

  it('opens with the verdict, one reason, the next action, and what was compared', () => {
    const md = outcomes.get(ex)!.markdown;
    const [verdict, reason, next, compared] = firstLines(md, 4);
    expect(verdict).toMatch(new RegExp(`^### (✅|❌) .+: \\*\\*${ex.kind.toUpperCase()}\\*\\*$`));
    // One reason: a sentence, not a table, list or heading, and no longer than two lines of a comment.
    expect(reason).not.toMatch(/^(\||- |#|<|\*\*Next)/);
    expect(reason.length).toBeLessThan(260);
    expect(next).toMatch(/^\*\*Next:\*\* \S/);
    expect(next.length).toBeLessThan(260);
    expect(compared).toMatch(/^\*\*Compared:\*\* \S/);
  });

  it(`is short before any <details> is opened`, () => {
    const md = outcomes.get(ex)!.markdown;
    const outside = outsideDetails(md).length;
    expect(outside, `characters outside <details>: ${outside}`).toBeLessThan(ex.kind === 'pass' ? 1500 : 3000);
    if (ex.gate === 'fairness-gate' && ex.kind === 'fail') expect(md.length).toBeLessThan(6000);
  });

  it('draws only charts that tell the truth, collapsed on a pass', () => {
    const md = outcomes.get(ex)!.markdown;
    for (const block of mermaidBlocks(md)) {
      expect(chartProblems(block.text), block.text).toEqual([]);
      if (ex.kind === 'pass') expect(block.collapsed).toBe(true);
    }
  });

  it('links the run and names the JSON report, in the one line a sticky comment may change', () => {
    const md = outcomes.get(ex)!.markdown;
    const last = md.trim().split('\n').pop()!;
    expect(last).toContain(`[run 4242](${RUN.runUrl})`);
    expect(last).toContain(`\`${ex.gate}-${ex.kind}.json\``);
    expect(last).toMatch(new RegExp(`<!-- modelgate-state verdict=${ex.kind} sha=a1b2c3d -->$`));
    // The record of a registration carries its run's link in the model card (collapsed); nothing else in the open changes from run to run.
    expect(outsideDetails(md).split('\n').filter((l) => l.includes(RUN.runUrl))).toHaveLength(1);
  });
});

it('writes the sizes (characters in all / outside <details>) for the record', () => {
  const rows = EXAMPLES.map((ex) => {
    const md = outcomes.get(ex)!.markdown;
    return `${ex.gate} ${ex.kind}: ${md.length} / ${outsideDetails(md).length}`;
  });
  expect(rows).toHaveLength(12);
  if (process.env.MODELGATE_COMMENTS_DIR) writeFileSync(join(process.env.MODELGATE_COMMENTS_DIR, 'sizes.txt'), `${rows.join('\n')}\n`);
});

describe('no contradiction between a row and the verdict', () => {
  it("fairness-gate's group table marks the group its failing finding is about with ❌, the others ✅", () => {
    const ex = EXAMPLES.find((e) => e.gate === 'fairness-gate' && e.kind === 'fail')!;
    const md = outcomes.get(ex)!.markdown;
    // The bundled biased example: race C is approved less (selection rate 0.23, 0.61 of the others'; examples/fairness-gate/generate.py).
    const row = (attribute: string, group: string) => md.split('\n').find((l) => l.startsWith(`| ${attribute} | ${group} |`));
    expect(row('race', 'C')).toMatch(/\| ❌ \|$/);
    expect(row('race', 'A')).toMatch(/\| ✅ \|$/);
    expect(row('sex', 'F')).toMatch(/\| ✅ \|$/);
  });
});
