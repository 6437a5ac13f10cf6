/**
 * Every gate run on its bundled example through the CLI path (in-process,
 * `--html`), for the HTML report tests: the failing example of each gate,
 * whose page has the most to show. canary-decision takes three sequential
 * looks so that its weight history has points; register-model registers the
 * example model, with the example reports, in a fresh git repository.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/adapters/cli/run-cli.js';
import { REPO_ROOT } from '../harness/run-action.js';
import { makeFixture, type Fixture } from '../registry/helpers/git-fixture.js';

export const EXAMPLE_GATES = ['validate-schema', 'drift-check', 'performance-gate', 'fairness-gate', 'canary-decision', 'register-model'] as const;
export type ExampleGate = (typeof EXAMPLE_GATES)[number];

export interface ExampleRun {
  gate: ExampleGate;
  htmlPath: string;
  html: string;
  report: Record<string, unknown>;
  exitCode: number;
}

/** Example files by their path in the repository (the runs start there), so that pages name no machine's path. */
const ex = (gate: string, file: string) => `examples/${gate}/${file}`;

/** Runs the CLI in `cwd` with a clean environment (no GITHUB_* of a surrounding CI). */
export async function cli(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, stdoutIsTTY: false, cwd, env: { PATH: process.env.PATH, ...env } });
  return { code, stdout, stderr };
}

export async function runExamples(out: string): Promise<{ runs: Map<ExampleGate, ExampleRun>; cleanup: () => void }> {
  const runs = new Map<ExampleGate, ExampleRun>();
  const fixtures: Fixture[] = [];
  const dirs: string[] = [];
  const one = async (gate: ExampleGate, args: string[], cwd = REPO_ROOT) => {
    const htmlPath = join(out, `${gate}.html`);
    const reportPath = join(out, `${gate}.json`);
    const r = await cli([gate, ...args, '--report-path', reportPath, '--html', htmlPath], cwd);
    if (r.code === 2) throw new Error(`${gate}: ${r.stderr}`);
    runs.set(gate, { gate, htmlPath, html: readFileSync(htmlPath, 'utf8'), report: JSON.parse(readFileSync(reportPath, 'utf8')), exitCode: r.code });
  };
  await one('validate-schema', ['--data', ex('validate-schema', 'broken.csv'), '--schema', ex('validate-schema', 'contract.yml')]);
  await one('drift-check', ['--reference', ex('drift-check', 'reference.csv'), '--current', ex('drift-check', 'current-drifted.csv'), '--policy', ex('drift-check', 'modelgate.yml')]);
  await one('performance-gate', [
    '--predictions', ex('performance-gate', 'challenger-worse.csv'),
    '--baseline-predictions', ex('performance-gate', 'baseline.csv'),
    '--latency', ex('performance-gate', 'latency.csv'),
    '--policy', ex('performance-gate', 'policy.yml'),
  ]);
  await one('fairness-gate', ['--predictions', ex('fairness-gate', 'biased.csv'), '--policy', ex('fairness-gate', 'modelgate.yml')]);

  // canary-decision: three looks of a sequential canary (two healthy windows, then a degraded one).
  const work = mkdtempSync(join(tmpdir(), 'modelgate-html-canary-'));
  const state = 'state.json';
  const canaryFiles = join(work, 'examples', 'canary-decision');
  cpSync(join(REPO_ROOT, 'examples', 'canary-decision'), canaryFiles, { recursive: true });
  dirs.push(work);
  const look = (samples: string) => ['--samples', ex('canary-decision', samples), '--config', ex('canary-decision', 'canary.yml'), '--sequential', 'true', '--state', state];
  for (const samples of ['healthy.csv', 'healthy.csv']) {
    const r = await cli(['canary-decision', ...look(samples), '--report-path', 'look.json'], work);
    if (r.code === 2) throw new Error(`canary-decision: ${r.stderr}`);
  }
  await one('canary-decision', look('degraded.csv'), work);

  // register-model: the example model and reports in a fresh repository.
  const fx = makeFixture();
  fixtures.push(fx);
  cpSync(join(REPO_ROOT, 'examples', 'register-model'), fx.work, { recursive: true });
  fx.commit('the example model');
  await one('register-model', ['--name', 'churn', '--path', 'model', '--reports', 'reports/performance-gate.json, reports/fairness-gate.json', '--policy', 'modelgate.yml'], fx.work);
  return {
    runs,
    cleanup: () => {
      fixtures.forEach((f) => f.cleanup());
      dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
    },
  };
}
