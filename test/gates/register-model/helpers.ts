import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GateContext } from '../../../src/core/gate.js';
import gate from '../../../src/gates/register-model/gate.js';
import { parseInputs } from '../../../src/core/inputs.js';

export function ctxFor(cwd: string, extra: Partial<GateContext> = {}): GateContext {
  return {
    cwd,
    env: { ...process.env, GITHUB_ACTOR: undefined, MLFLOW_TRACKING_URI: undefined },
    log: { info() {}, warn() {}, debug() {} },
    run: { actor: 'octocat', runUrl: 'https://github.com/acme/models/actions/runs/42', ref: 'refs/heads/main', workflow: 'train' },
    progress() {},
    tempDir: mkdtempSync(path.join(os.tmpdir(), 'modelgate-rm-tmp-')),
    ...extra,
  };
}

/** Validate raw values like the core does (schema), then run. */
export async function runGate(values: Record<string, unknown>, ctx: GateContext) {
  const inputs = parseInputs(gate.inputs, values);
  return gate.run(inputs, ctx);
}
