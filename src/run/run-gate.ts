/**
 * The one code path shared by the action and the CLI: load the gate, read
 * the policy, resolve and validate inputs, run the gate, decide how the run
 * ends, redact secrets, write the JSON report and render the Markdown.
 * Adapters only bring inputs in and take the outcome out (outputs, summary,
 * comment, exit code), reading `conclusion` rather than deciding again.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import type { Gate, GateContext, GateResult, Logger } from '../core/gate.js';
import { COMMON } from '../core/inputs.js';
import { closest } from '../core/suggest.js';
import { conclusionOf, type Conclusion } from '../core/verdict.js';
import type { GitHubClient } from '../github/client.js';
import { availableGates, loadGate } from '../gates/index.js';
import { renderReport, type ReportLinks } from '../render/report-markdown.js';
import { loadPolicy, type Policy } from './policy.js';
import { Redactor } from './redact.js';
import { resolveCommonInputs, resolveGateInputs, type CommonOptions } from './resolve-inputs.js';
import { parseRunSelector } from '../artifacts/reference.js';
import { resolveArtifactInputs, usesArtifacts } from '../artifacts/resolve-inputs.js';

export interface GateOutcome {
  gate: Gate;
  /** Redacted: nothing in it carries a secret of the run. */
  result: GateResult;
  common: CommonOptions;
  /** How the run ends: the exit code, the action's failure and the check run all follow it. */
  conclusion: Conclusion;
  /** Full Markdown (header, the gate's body, footer), redacted. */
  markdown: string;
  /** Absolute path the JSON report was written to. */
  reportPath: string;
  /** Absolute path the HTML report was written to, when one was (`html-report`). */
  htmlPath?: string;
  /** The Markdown again with links to the uploaded reports (the action, after uploading them), redacted. */
  markdownWithLinks: (links: ReportLinks) => string;
  /** The run's redaction, for anything an adapter writes besides the outcome. */
  redact: (text: string) => string;
}

export const DEFAULT_POLICY_FILE = 'modelgate.yml';

export async function resolveGate(name: string): Promise<Gate> {
  const gate = await loadGate(name);
  if (!gate) {
    const names = availableGates();
    const hint = closest(name, names);
    throw new UserError(`unknown gate "${name}"${hint ? `; did you mean "${hint}"?` : ''} (gates: ${names.join(', ')})`);
  }
  return gate;
}

/** The policy file the step names, else `modelgate.yml` in the workspace if there is one. */
export async function readPolicy(explicit: Record<string, string>, cwd: string): Promise<Policy | undefined> {
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

function redactingLogger(log: Logger, redactor: Redactor): Logger {
  return {
    info: (m) => log.info(redactor.redact(m)),
    warn: (m) => log.warn(redactor.redact(m)),
    debug: (m) => log.debug(redactor.redact(m)),
  };
}

/** The same error with every secret taken out of its message (and stack). */
function redactError(err: unknown, redactor: Redactor): unknown {
  if (err instanceof UserError) {
    const { file, line, field } = err.location;
    return new UserError(redactor.redact(err.message), {
      ...(file !== undefined ? { file: redactor.redact(file) } : {}),
      ...(line !== undefined ? { line } : {}),
      ...(field !== undefined ? { field: redactor.redact(field) } : {}),
    });
  }
  if (err instanceof Error) {
    err.message = redactor.redact(err.message);
    if (err.stack) err.stack = redactor.redact(err.stack);
    return err;
  }
  return typeof err === 'string' ? redactor.redact(err) : err;
}

function redactResult(result: GateResult, redactor: Redactor): GateResult {
  return {
    ...result,
    report: redactor.redactDeep(result.report),
    outputs: redactor.redactDeep(result.outputs),
    markdown: redactor.redact(result.markdown),
    ...(result.headline ? { headline: redactor.redactDeep(result.headline) } : {}),
    ...(result.annotations ? { annotations: redactor.redactDeep(result.annotations) } : {}),
  };
}

/** What the adapter adds to the gate's context: where reports go by default. */
export interface RunOptions {
  defaultReportDir: string;
  /** Whether an HTML report is written when `html-report` is not set (the action: yes; the CLI: no). */
  htmlByDefault?: boolean;
}

/** Where the HTML report goes: beside the JSON report unless `html-report` names a path; undefined for none. */
export function htmlReportPath(setting: string | undefined, byDefault: boolean, reportPath: string, cwd: string): string | undefined {
  const value = setting?.trim();
  if (value === 'false' || (value === undefined && !byDefault)) return undefined;
  if (value === undefined || value === 'true') return join(dirname(reportPath), `${basename(reportPath).replace(/\.json$/i, '')}.html`);
  return isAbsolute(value) ? value : resolve(cwd, value);
}

export interface RunGateOptions {
  /** The policy file already read for this step (the suite reads it once for all its gates). */
  policy?: Policy;
}

export async function runGate(
  gateName: string,
  explicit: Record<string, string>,
  ctx: GateContext & RunOptions,
  options: RunGateOptions = {},
): Promise<GateOutcome> {
  // Secrets are known before anything can fail: the step's inputs (a
  // declared secret, or a URL with a password) and the environment.
  const redactor = new Redactor((s) => ctx.secret?.(s));
  for (const spec of COMMON.specs) if (spec.secret) redactor.add(explicit[spec.name]);
  redactor.addFromValue(explicit);
  redactor.addFromEnv(ctx.env);
  // The log and the progress line print names of files and columns: redacted too.
  const runCtx: GateContext = {
    ...ctx,
    // A credential a gate comes to know (an Authorization value it builds) is
    // redacted like the others, and masked through the adapter's hook (onNew).
    secret: (value) => redactor.add(value),
    log: redactingLogger(ctx.log, redactor),
    progress: (p) => ctx.progress({ ...p, file: redactor.redact(p.file) }),
  };
  try {
    const gate = await resolveGate(gateName);
    for (const spec of gate.inputs.specs) if (spec.secret) redactor.add(explicit[spec.name]);
    const policy = 'policy' in options ? options.policy : await readPolicy(explicit, ctx.cwd);
    // The common inputs leave the process too (a check run's name, a comment id);
    // only the token goes out as it is, to authenticate.
    const resolved = resolveCommonInputs(explicit, policy, gate.name);
    const common: CommonOptions = { ...redactor.redactDeep(resolved), 'github-token': resolved['github-token'] };
    runCtx.readLimits = { maxInputBytes: common['max-input-bytes'], maxRecordBytes: common['max-record-bytes'] };
    const { inputs, effective } = resolveGateInputs(gate, explicit, policy);
    // A URL with credentials may also come from the policy file.
    redactor.addFromValue(effective);

    const token = common['github-token'];
    if (token && !runCtx.github) {
      let client: Promise<GitHubClient> | undefined;
      runCtx.github = () =>
        (client ??= import('../github/client.js').then(({ createGitHubClient }) => createGitHubClient(token, ctx.env, { log: runCtx.log })));
    }

    // `artifact:` values of file inputs become downloaded files (src/artifacts/); the report keeps them as written.
    const runInputs = usesArtifacts(gate.inputs.specs, inputs)
      ? await import('../artifacts/artifact-store.js').then(async ({ ArtifactStore }) => {
          const store = new ArtifactStore({
            env: ctx.env,
            repository: ctx.run.repository,
            runId: ctx.env.GITHUB_RUN_ID,
            selector: parseRunSelector(common['artifact-run']),
            tempDir: ctx.tempDir,
            github: runCtx.github,
            token,
            log: runCtx.log,
          });
          return resolveArtifactInputs(gate.inputs.specs, inputs, (ref, input) => store.open(ref, input));
        })
      : inputs;

    const raw = await gate.run(runInputs, runCtx);
    raw.report.inputs = effective;
    const result = redactResult(raw, redactor);
    const conclusion = conclusionOf(result.report.verdict, common['fail-on'], result.neutral);

    const commentId = common['comment-id'];
    const reportPath = common['report-path']
      ? isAbsolute(common['report-path'])
        ? common['report-path']
        : resolve(ctx.cwd, common['report-path'])
      : join(ctx.defaultReportDir, `modelgate-${gate.name}${commentId ? `-${commentId}` : ''}.json`);
    await writeFileAtomic(reportPath, `${JSON.stringify(result.report, null, 2)}\n`);

    // The visual report, drawn from the (redacted) report alone; loaded only when written.
    const htmlPath = htmlReportPath(common['html-report'], ctx.htmlByDefault ?? false, reportPath, ctx.cwd);
    if (htmlPath) {
      const { renderHtmlReport } = await import('../html/index.js');
      await writeFileAtomic(htmlPath, redactor.redact(renderHtmlReport(gate, result.report, conclusion)));
    }

    const markdown = redactor.redact(renderReport(gate, result, conclusion, { run: ctx.run, reportPath }));
    return {
      gate,
      result,
      common,
      conclusion,
      markdown,
      reportPath,
      ...(htmlPath ? { htmlPath } : {}),
      markdownWithLinks: (links) => redactor.redact(renderReport(gate, result, conclusion, { run: ctx.run, reportPath, links })),
      redact: (t) => redactor.redact(t),
    };
  } catch (err) {
    throw redactError(err, redactor);
  }
}
