/**
 * One verdict, decided once: every gate's bundled examples, through both
 * adapters (the CLI from dist/cli.js and the action exactly as the runner
 * starts it), under every `fail-on`. The CLI's exit code, the action's exit
 * code, the check run's conclusion, the `summary` output, the report's
 * summary and the comment's heading must all tell the same story.
 *
 * The expected conclusion is written out here from the documented rules
 * (README: `fail-on`; docs/gates/canary-decision.md: `continue` is neutral),
 * not taken from the code's conclusionOf.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { REPO_ROOT, runAction } from '../harness/run-action.js';

type Verdict = 'pass' | 'warn' | 'fail';
type FailOn = 'fail' | 'warn' | 'never';

interface Example {
  gate: string;
  name: string;
  inputs: Record<string, string>;
  /** The verdict the example is made to have (checked, so that every verdict is covered). */
  verdict: Verdict;
  /** canary-decision's `continue`: neutral unless fail-on makes it a failure. */
  neutral?: boolean;
  /** Run in this directory instead of the repository (register-model needs a git repository of its own). */
  cwd?: () => string;
}

let gitRepo = '';

const EXAMPLES: Example[] = [
  { gate: 'validate-schema', name: 'clean', verdict: 'pass', inputs: { data: 'examples/validate-schema/loans.csv', schema: 'examples/validate-schema/contract.yml' } },
  { gate: 'validate-schema', name: 'broken', verdict: 'fail', inputs: { data: 'examples/validate-schema/broken.csv', schema: 'examples/validate-schema/contract.yml' } },
  {
    gate: 'drift-check',
    name: 'drifted',
    verdict: 'fail',
    inputs: { reference: 'examples/drift-check/reference.csv', current: 'examples/drift-check/current-drifted.csv', policy: 'examples/drift-check/modelgate.yml', 'cache-profile': 'false' },
  },
  {
    // Drifted columns below drift-share: the columns (and target, prediction) warn.
    gate: 'drift-check',
    name: 'drifted below drift-share',
    verdict: 'warn',
    inputs: {
      reference: 'examples/drift-check/reference.csv',
      current: 'examples/drift-check/current-drifted.csv',
      policy: 'examples/drift-check/modelgate.yml',
      'drift-share': '0.9',
      'warn-share': '0.6',
      'cache-profile': 'false',
    },
  },
  {
    gate: 'drift-check',
    name: 'stable',
    verdict: 'pass',
    inputs: { reference: 'examples/drift-check/reference.csv', current: 'examples/drift-check/current-stable.csv', policy: 'examples/drift-check/modelgate.yml', 'cache-profile': 'false' },
  },
  {
    gate: 'performance-gate',
    name: 'worse',
    verdict: 'fail',
    inputs: {
      predictions: 'examples/performance-gate/challenger-worse.csv',
      'baseline-predictions': 'examples/performance-gate/baseline.csv',
      latency: 'examples/performance-gate/latency.csv',
      policy: 'examples/performance-gate/policy.yml',
    },
  },
  {
    gate: 'performance-gate',
    name: 'better',
    verdict: 'pass',
    inputs: {
      predictions: 'examples/performance-gate/challenger-better.csv',
      'baseline-predictions': 'examples/performance-gate/baseline.csv',
      latency: 'examples/performance-gate/latency.csv',
      policy: 'examples/performance-gate/policy.yml',
    },
  },
  { gate: 'fairness-gate', name: 'biased', verdict: 'fail', inputs: { predictions: 'examples/fairness-gate/biased.csv', policy: 'examples/fairness-gate/modelgate.yml', bootstrap: '200' } },
  { gate: 'fairness-gate', name: 'fair', verdict: 'pass', inputs: { predictions: 'examples/fairness-gate/fair.csv', policy: 'examples/fairness-gate/modelgate.yml', bootstrap: '200' } },
  { gate: 'canary-decision', name: 'healthy', verdict: 'pass', inputs: { samples: 'examples/canary-decision/healthy.csv', config: 'examples/canary-decision/canary.yml' } },
  { gate: 'canary-decision', name: 'degraded', verdict: 'fail', inputs: { samples: 'examples/canary-decision/degraded.csv', config: 'examples/canary-decision/canary.yml' } },
  { gate: 'canary-decision', name: 'starved', verdict: 'warn', neutral: true, inputs: { samples: 'examples/canary-decision/starved.csv', config: 'examples/canary-decision/canary.yml' } },
  { gate: 'register-model', name: 'show', verdict: 'pass', inputs: { command: 'show', push: 'false' }, cwd: () => gitRepo },
];

/** The documented rule, written out independently of src/core/verdict.ts. */
function expectedConclusion(verdict: Verdict, failOn: FailOn, neutral: boolean): 'success' | 'failure' | 'neutral' {
  const fails = (failOn === 'fail' && verdict === 'fail') || (failOn === 'warn' && verdict !== 'pass');
  if (fails) return 'failure';
  if (neutral) return 'neutral';
  if (failOn === 'never' && verdict !== 'pass') return 'neutral';
  return 'success';
}

let api: FakeGitHub;
let temp: string;

beforeAll(async () => {
  api = await startFakeGitHub();
  temp = mkdtempSync(join(tmpdir(), 'modelgate-conclusion-'));
  gitRepo = join(temp, 'repo');
  mkdirSync(gitRepo);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: gitRepo, stdio: 'ignore' });
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'init');
});
afterAll(async () => {
  await api.close();
  rmSync(temp, { recursive: true, force: true });
});

describe.each(['fail', 'warn', 'never'] as FailOn[])('fail-on %s', (failOn) => {
  it.each(EXAMPLES.map((e) => [`${e.gate} ${e.name}`, e] as const))('%s: exit codes, check run, summary and heading agree', async (_label, ex) => {
    const cwd = ex.cwd?.() ?? REPO_ROOT;
    const expected = expectedConclusion(ex.verdict, failOn, ex.neutral ?? false);
    const exit = expected === 'failure' ? 1 : 0;

    // The CLI, as a user runs it.
    const reportPath = join(temp, `${ex.gate}-${ex.name}-${failOn}.json`);
    const args = [join(REPO_ROOT, 'dist/cli.js'), ex.gate, ...Object.entries(ex.inputs).flatMap(([k, v]) => (v === '' ? [] : [`--${k}`, v])), '--fail-on', failOn, '--report-path', reportPath];
    const cli = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    expect(cli.status, cli.stderr).toBe(exit);
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    expect(report.verdict).toBe(ex.verdict);
    expect(report.summary.startsWith(`${ex.verdict}: `), report.summary).toBe(true);
    expect(cli.stdout.split('\n')[0]).toContain(`**${ex.verdict.toUpperCase()}**`);

    // The action, as the runner starts it, with a check run.
    const before = api.checkRuns.length;
    const inputs = { ...ex.inputs, 'fail-on': failOn, 'check-name': `${ex.gate}-${ex.name}`, comment: 'never' };
    const run = await runAction({ gate: ex.gate, node: 'node24', api, cwd, inputs, event: 'pull_request' });
    try {
      expect(run.exitCode, run.stdout + run.stderr).toBe(exit);
      expect(run.outputs.verdict).toBe(ex.verdict);
      expect(run.outputs.summary).toBe(report.summary);
      expect(run.summary.split('\n')[0]).toContain(`**${ex.verdict.toUpperCase()}**`);
      expect(api.checkRuns.length).toBe(before + 1);
      expect(api.checkRuns[api.checkRuns.length - 1].conclusion).toBe(expected);
      // The action fails (an ::error:: of the step) exactly when the CLI exits 1.
      expect(run.errors.some((e) => e.message.startsWith(`${ex.gate}: `))).toBe(expected === 'failure');
    } finally {
      run.dispose();
    }
  });
});

it('covers a passing, a warning and a failing example, and a neutral one', () => {
  expect(new Set(EXAMPLES.map((e) => e.verdict))).toEqual(new Set(['pass', 'warn', 'fail']));
  expect(EXAMPLES.some((e) => e.neutral)).toBe(true);
});
