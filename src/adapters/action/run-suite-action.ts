/**
 * The root action (`uses: modelgate/modelgate@v0`): several gates in one
 * step. It reads the step's inputs, runs the suite (run/run-suite.ts) and
 * moves the outcome out: outputs, one job summary, the gates' annotations,
 * one combined sticky comment and one check run per gate. Like runAction,
 * it is the one place of its path that calls setFailed.
 */
import * as core from './runner.js';
import { join, relative } from 'node:path';
import { describeError, isUserError } from '../../core/errors.js';
import { runSuite, suiteMarkdown, type SuiteContext, type SuiteOutcome } from '../../run/run-suite.js';
import { SUITE_INPUTS } from '../../run/suite-inputs.js';
import { actionContext, explicitFromEnv, withUploadedReports } from './run-action.js';
import { publishSuite, suiteCommentBody } from './publish-suite.js';
import { writeFileAtomic } from '../../run/run-gate.js';

/** GitHub's job summary limit is 1 MiB per step; keep a margin. */
const SUMMARY_LIMIT = 1_000_000;
/** GitHub shows at most 10 annotations of each level per step (all gates together). */
const ANNOTATIONS_PER_LEVEL = 10;

function emitAnnotations(outcome: SuiteOutcome, cwd: string): void {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const entry of outcome.entries) {
    if (entry.status !== 'ran') continue;
    for (const a of entry.outcome.result.annotations ?? []) {
      if (counts[a.level] >= ANNOTATIONS_PER_LEVEL) continue;
      counts[a.level]++;
      const props = { title: `${entry.gate}: ${a.title}`, file: relative(cwd, a.file) || a.file, startLine: a.line, endLine: a.endLine };
      if (a.level === 'error') core.error(a.message, props);
      else if (a.level === 'warning') core.warning(a.message, props);
      else core.notice(a.message, props);
    }
  }
}

export async function runSuiteAction(): Promise<void> {
  try {
    const explicit = explicitFromEnv(SUITE_INPUTS.specs, process.env);
    const ctx: SuiteContext = {
      ...actionContext(process.env),
      group: { start: (title) => core.info(`::group::${title}`), end: () => core.info('::endgroup::') },
    };
    const outcome = await runSuite(explicit, ctx);
    // Each gate's JSON and HTML reports as artifacts of the run, linked from its part of the comment, as a gate's own action does.
    for (const [i, entry] of outcome.entries.entries()) {
      if (entry.status === 'ran' && entry.outcome.common['upload-artifacts']) outcome.entries[i] = { ...entry, outcome: await withUploadedReports(entry.outcome, ctx) };
    }

    core.setOutput('verdict', outcome.verdict);
    core.setOutput('verdicts', JSON.stringify(outcome.verdicts));
    core.setOutput('report-path', outcome.reportDir);
    core.setOutput('summary', outcome.summary);

    core.appendSummary(suiteMarkdown(outcome, SUMMARY_LIMIT));
    // The comment's text beside the reports, for a fork-safe workflow_run workflow to post.
    await writeFileAtomic(join(outcome.reportDir, 'comment.md'), suiteCommentBody(outcome));
    emitAnnotations(outcome, ctx.cwd);
    await publishSuite(outcome, ctx.run, process.env, { info: core.info, warn: core.warning, debug: core.debug });

    core.info(outcome.summary);
    if (outcome.conclusion === 'failure') core.setFailed(`modelgate: ${outcome.summary}`);
  } catch (err) {
    core.setFailed(isUserError(err) ? err.format() : describeError(err));
  }
}
