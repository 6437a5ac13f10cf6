/**
 * The read limits reach every gate that reads data (issue #17 items 6, 7):
 * `max-input-bytes` and `max-record-bytes`, given to the step or in the
 * policy file, are the limits each gate's reads use (runGate hands them on
 * as GateContext.readLimits). Each gate's own example is run with a limit
 * below its files, and must stop with the documented line
 * (readers/limits.ts) naming one of them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import type { GateContext } from '../../src/core/gate.js';
import { runGate } from '../../src/run/run-gate.js';
import { REPO_ROOT } from '../harness/run-action.js';

const scratch = mkdtempSync(join(tmpdir(), 'modelgate-read-limits-'));

function ctx(): GateContext & { defaultReportDir: string } {
  return {
    cwd: REPO_ROOT,
    env: {},
    log: { info() {}, warn() {}, debug() {} },
    run: {},
    progress() {},
    tempDir: scratch,
    defaultReportDir: scratch,
  };
}

const GATES: [string, Record<string, string>][] = [
  ['validate-schema', { data: 'examples/validate-schema/loans.csv', schema: 'examples/validate-schema/contract.yml' }],
  ['drift-check', { reference: 'examples/drift-check/reference.csv', current: 'examples/drift-check/current-drifted.csv', 'cache-profile': 'false' }],
  ['performance-gate', { predictions: 'examples/performance-gate/challenger-better.csv', latency: 'examples/performance-gate/latency.csv', policy: 'examples/performance-gate/policy.yml' }],
  ['fairness-gate', { predictions: 'examples/fairness-gate/biased.csv', policy: 'examples/fairness-gate/modelgate.yml', bootstrap: '0' }],
  ['canary-decision', { samples: 'examples/canary-decision/healthy.csv', config: 'examples/canary-decision/canary.yml' }],
];

async function refusal(gate: string, inputs: Record<string, string>): Promise<string> {
  const err = await runGate(gate, inputs, ctx()).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, `${gate} should refuse its data`).toBeInstanceOf(UserError);
  return (err as UserError).format();
}

describe.each(GATES)('%s', (gate, inputs) => {
  const dataFile = new RegExp(`^examples/${gate}/[\\w-]+\\.csv`);

  it('refuses a file past max-input-bytes given to the step', async () => {
    const line = await refusal(gate, { ...inputs, 'max-input-bytes': '1kB' });
    expect(line).toMatch(dataFile);
    expect(line).toMatch(/: \d+ bytes, more than max-input-bytes \(1 kB\); raise max-input-bytes to read it$/);
  });

  it('refuses a record past max-record-bytes set in the policy file', async () => {
    // Every example's header is longer than 10 bytes, so the first record read is refused: line 1.
    // The example's own policy, if any, with the limit added.
    const own = inputs.policy ? readFileSync(join(REPO_ROOT, inputs.policy), 'utf8') : '';
    const policy = join(scratch, `${gate}.yml`);
    writeFileSync(policy, `defaults:\n  max-record-bytes: 10\n${own}`);
    const line = await refusal(gate, { ...inputs, policy });
    expect(line).toMatch(dataFile);
    expect(line).toMatch(/:1: record longer than max-record-bytes \(10 bytes\); raise max-record-bytes if the file is meant to hold one$/);
  });
});
