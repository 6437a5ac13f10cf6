/**
 * The GitHub Action adapter: every action's entry calls `runAction(gate)`.
 * It reads the step's inputs, runs the shared gate path, and moves the
 * outcome out: outputs, job summary, annotations, the sticky PR comment,
 * the optional check run. This is the one place that calls setFailed.
 */
import * as core from './runner.js';
import { tmpdir } from 'node:os';
import { relative } from 'node:path';
import { describeError, isUserError } from '../../core/errors.js';
import type { GateContext, Progress } from '../../core/gate.js';
import { COMMON_INPUTS, type InputSpec } from '../../core/inputs.js';
import { resolveGate, runGate, type GateOutcome, type RunOptions } from '../../run/run-gate.js';
import { truncateMarkdown } from '../../render/report-markdown.js';
import { runContextFromEnv } from '../run-context.js';
import { publishToGitHub } from './publish.js';

/** GitHub's job summary limit is 1 MiB per step; keep a margin for the note. */
const SUMMARY_LIMIT = 1_000_000;
/** GitHub shows at most 10 annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;

export function actionContext(env: NodeJS.ProcessEnv): GateContext & RunOptions {
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  const temp = env.RUNNER_TEMP || tmpdir();
  let lastLog = 0;
  return {
    cwd,
    env,
    log: { info: core.info, warn: core.warning, debug: core.debug },
    // Every credential the run learns is masked in the runner's log too.
    secret: core.setSecret,
    run: runContextFromEnv(env),
    tempDir: temp,
    defaultReportDir: temp,
    htmlByDefault: true,
    // The runner log is not a terminal: a line every 10 s at most.
    progress: (p: Progress) => {
      const now = Date.now();
      if (p.done || now - lastLog > 10_000) {
        lastLog = now;
        core.info(`read ${p.rows} rows (${(p.bytes / 1e6).toFixed(1)} MB) of ${p.file}`);
      }
    },
  };
}

function emitAnnotations(outcome: GateOutcome, cwd: string): void {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const a of outcome.result.annotations ?? []) {
    if (counts[a.level] >= ANNOTATIONS_PER_LEVEL) continue;
    counts[a.level]++;
    const props = { title: a.title, file: relative(cwd, a.file) || a.file, startLine: a.line, endLine: a.endLine };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
}

/** Uploads the JSON and HTML reports (unzipped) and returns the outcome with its Markdown linking them. */
export async function withUploadedReports(outcome: GateOutcome, ctx: GateContext): Promise<GateOutcome> {
  const { uploadReports } = await import('../../artifacts/upload-reports.js');
  const commentId = outcome.common['comment-id'];
  const links = await uploadReports(
    [...(outcome.htmlPath ? [{ kind: 'html' as const, path: outcome.htmlPath }] : []), { kind: 'json' as const, path: outcome.reportPath }],
    {
      env: ctx.env,
      name: outcome.common['artifact-name'] ?? `modelgate-${outcome.gate.name}${commentId ? `-${commentId}` : ''}`,
      retentionDays: outcome.common['artifact-retention-days'],
      tempDir: ctx.tempDir,
      runUrl: ctx.run.runUrl,
      log: { info: (m) => ctx.log.info(outcome.redact(m)), warn: (m) => ctx.log.warn(outcome.redact(m)), debug: (m) => ctx.log.debug(outcome.redact(m)) },
    },
  );
  return Object.keys(links).length ? { ...outcome, markdown: outcome.markdownWithLinks(links) } : outcome;
}

/** The step's explicit inputs from the runner's INPUT_* variables (the CLI reads the same from --flags). */
export function explicitFromEnv(specs: InputSpec[], env: NodeJS.ProcessEnv): Record<string, string> {
  const explicit: Record<string, string> = {};
  for (const spec of specs) {
    const value = core.getInput(spec.name, env);
    if (value !== '') explicit[spec.name] = value;
  }
  return explicit;
}

export async function runAction(gateName: string): Promise<void> {
  try {
    const gate = await resolveGate(gateName);
    const explicit = explicitFromEnv([...gate.inputs.specs, ...COMMON_INPUTS], process.env);
    const ctx = actionContext(process.env);
    let outcome = await runGate(gateName, explicit, ctx);
    const { report } = outcome.result;
    // ---- The reports as artifacts of the run, linked from the summary and the comment (src/artifacts/).
    if (outcome.common['upload-artifacts']) outcome = await withUploadedReports(outcome, ctx);

    core.setOutput('verdict', report.verdict);
    core.setOutput('report-path', outcome.reportPath);
    core.setOutput('summary', report.summary);
    for (const [name, value] of Object.entries(outcome.result.outputs)) core.setOutput(name, value);

    const summary = truncateMarkdown(outcome.markdown, SUMMARY_LIMIT, '_Summary truncated: see the JSON report for everything._');
    core.appendSummary(summary);
    emitAnnotations(outcome, ctx.cwd);
    core.info(report.summary);
    // The exit code is settled before GitHub is called: it never waits on the comment.
    if (outcome.conclusion === 'failure') core.setFailed(`${gateName}: ${report.summary}`);
    await publishToGitHub(outcome, ctx.run, process.env, { info: core.info, warn: core.warning, debug: core.debug });
  } catch (err) {
    // A user's mistake is one line; an internal error keeps its stack.
    core.setFailed(isUserError(err) ? err.format() : describeError(err));
  }
}
