/**
 * register-model: the repository as a model registry (GTO's tag format) or
 * an MLflow model registry, with promotion policy and file verification.
 */
import { defineGate } from '../../core/gate.js';
import type { GateContext } from '../../core/gate.js';
import { UserError } from '../../core/errors.js';
import type { RegistryBackend } from '../../registry/backend.js';
import { GitRegistry } from '../../registry/git-registry.js';
import { MlflowRegistry, mlflowConfigFromEnv } from '../../registry/mlflow-registry.js';
import { runCommand } from './commands.js';
import { inputs, outputs, type RegisterModelInputs } from './inputs.js';
import { reportSections } from './report-sections.js';

export function makeBackend(inputs: RegisterModelInputs, ctx: GateContext): RegistryBackend {
  if (inputs.backend === 'mlflow') {
    if (inputs.sort === 'semver' || inputs['versions-per-stage'] !== 1) {
      // MLflow aliases name exactly one version each.
      if (inputs['versions-per-stage'] !== 1) {
        throw new UserError('the mlflow backend maps a stage to an alias, which names one version: versions-per-stage must be 1', {
          field: 'versions-per-stage',
        });
      }
    }
    return new MlflowRegistry(
      {
        ...mlflowConfigFromEnv(ctx.env, inputs['tracking-uri']),
        source: inputs.source,
        runId: inputs['run-id'],
      },
      ctx.secret,
    );
  }
  const server = ctx.env.GITHUB_SERVER_URL ?? 'https://github.com';
  return new GitRegistry({
    cwd: ctx.cwd,
    remote: inputs.push ? inputs.remote : null,
    ref: inputs.ref,
    env: {},
    repositoryUrl: ctx.run.repository ? `${server}/${ctx.run.repository}` : null,
  });
}

export default defineGate({
  name: 'register-model',
  title: 'Model registry',
  description:
    'Register, promote, roll back, deprecate and verify model versions: in the repository itself as GTO-format git tags, or in an MLflow model registry.',
  inputs,
  outputs,
  reportSections,
  async run(inputs, ctx) {
    return runCommand(inputs, ctx, makeBackend(inputs, ctx));
  },
});
