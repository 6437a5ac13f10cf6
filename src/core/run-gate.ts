/**
 * The one code path shared by the action and the CLI: load the gate, read
 * the policy, resolve and validate inputs, run the gate, write the JSON
 * report and render the Markdown. Adapters only bring inputs in and take
 * the outcome out (outputs, summary, comment, exit code).
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { UserError } from './errors.js';
import type { Gate, GateContext, GateResult } from './gate.js';
import type { GitHubClient } from '../github/client.js';
import { loadPolicy, type Policy } from './policy.js';
import { resolveCommonInputs, resolveGateInputs, type CommonOptions } from './resolve-inputs.js';
import { closest } from './suggest.js';
import { availableGates, loadGate } from '../gates/index.js';
import { renderReport } from '../render/report-markdown.js';

export interface GateOutcome {
  gate: Gate<unknown>;
  result: GateResult;
  common: CommonOptions;
  /** Full Markdown: header, the gate's body, footer. */
  markdown: string;
  /** Absolute path the JSON report was written to. */
  reportPath: string;
}

export const DEFAULT_POLICY_FILE = 'modelgate.yml';

export async function resolveGate(name: string): Promise<Gate<unknown>> {
  const gate = await loadGate(name);
  if (!gate) {
    const names = availableGates();
    const hint = closest(name, names);
    throw new UserError(`unknown gate "${name}"${hint ? `; did you mean "${hint}"?` : ''} (gates: ${names.join(', ')})`);
  }
  return gate;
}

async function readPolicy(explicit: Record<string, string>, cwd: string): Promise<Policy | undefined> {
  const given = explicit.policy;
  if (given) return loadPolicy(resolve(cwd, given), given);
  // Without the input, a modelgate.yml at the top of the workspace applies.
  const implicit = join(cwd, DEFAULT_POLICY_FILE);
  return existsSync(implicit) ? loadPolicy(implicit, DEFAULT_POLICY_FILE) : undefined;
}

/** Write a file whole or not at all: a temp file beside it, then rename. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

export async function runGate(
  gateName: string,
  explicit: Record<string, string>,
  ctx: GateContext & { defaultReportDir: string },
): Promise<GateOutcome> {
  const gate = await resolveGate(gateName);
  const policy = await readPolicy(explicit, ctx.cwd);
  const common = resolveCommonInputs(explicit, policy, gate.name);
  const { inputs, effective } = resolveGateInputs(gate, explicit, policy);

  const token = common.githubToken;
  if (token && !ctx.github) {
    let client: Promise<GitHubClient> | undefined;
    ctx.github = () =>
      (client ??= import('../github/client.js').then(({ createGitHubClient }) => createGitHubClient(token, ctx.env, { log: ctx.log })));
  }

  const result = await gate.run(inputs, ctx);
  result.report.inputs = effective;

  const reportPath = common.reportPath
    ? isAbsolute(common.reportPath)
      ? common.reportPath
      : resolve(ctx.cwd, common.reportPath)
    : join(ctx.defaultReportDir, `modelgate-${gate.name}${common.commentId ? `-${common.commentId}` : ''}.json`);
  await writeFileAtomic(reportPath, `${JSON.stringify(result.report, null, 2)}\n`);

  const markdown = renderReport(gate, result);
  return { gate, result, common, markdown, reportPath };
}
