/**
 * The actions under GitHub's own local runner for JavaScript actions,
 * `@github/local-action` (the real package, from node_modules): it reads the
 * action.yml, loads the inputs from a dotenv file, imports the entry and
 * calls its exported `run()`. An entry that did its work on import and
 * exported nothing made it exit 1 on every gate; now a passing example exits
 * 0 and a failing one 1, and the outputs land in GITHUB_OUTPUT.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFileCommands, REPO_ROOT } from '../harness/run-action.js';

const temp = mkdtempSync(join(tmpdir(), 'modelgate-local-action-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** `local-action run <action dir> <entry, relative to it> <dotenv file>`, in the repository. */
function localAction(actionDir: string, entry: string, inputs: Record<string, string>, name: string) {
  const output = join(temp, `${name}.output`);
  writeFileSync(output, '');
  const dotenv = join(temp, `${name}.env`);
  const vars = { ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])), GITHUB_OUTPUT: output, RUNNER_TEMP: temp };
  writeFileSync(dotenv, Object.entries(vars).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join('\n') + '\n');
  // The runner's own variables of a test process running in Actions are not the step's.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|RUNNER_|INPUT_|ACTIONS_)/.test(k)));
  const bin = join(REPO_ROOT, 'node_modules/@github/local-action/bin/local-action.js');
  const r = spawnSync(process.execPath, [bin, 'run', actionDir, entry, dotenv], { cwd: REPO_ROOT, env, encoding: 'utf8', timeout: 240_000 });
  return { code: r.status, log: `${r.stdout}${r.stderr}`, outputs: parseFileCommands(readFileSync(output, 'utf8')) };
}

const EX = 'examples/validate-schema';

describe('@github/local-action', () => {
  it('runs actions/validate-schema: exit 0 on the passing example', () => {
    const r = localAction('actions/validate-schema', '../../dist/actions/validate-schema.js', { data: `${EX}/loans.csv`, schema: `${EX}/contract.yml` }, 'pass');
    expect(r.code, r.log).toBe(0);
    expect(r.log).toContain('Running Action');
    expect(r.outputs.verdict).toBe('pass');
  }, 300_000);

  it('runs actions/validate-schema: exit 1 on the failing example', () => {
    const r = localAction('actions/validate-schema', '../../dist/actions/validate-schema.js', { data: `${EX}/broken.csv`, schema: `${EX}/contract.yml` }, 'fail');
    expect(r.code, r.log).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
  }, 300_000);

  it('runs the root action', () => {
    const r = localAction('.', 'dist/actions/suite.js', { gates: 'validate-schema, fairness-gate', policy: 'examples/modelgate.yml' }, 'suite');
    expect(r.code, r.log).toBe(0);
    expect(JSON.parse(r.outputs.verdicts)).toEqual({ 'validate-schema': 'pass', 'fairness-gate': 'pass' });
  }, 300_000);
});
