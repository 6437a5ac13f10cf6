/**
 * Publishing a suite run to GitHub: one combined sticky comment (its own
 * marker, apart from the per-gate actions' comments) and one check run per
 * gate with a stable name, `modelgate / <gate>`, that a branch protection
 * rule can require. A gate that could not run still gets its check run,
 * concluded `failure` with the error, so a required check never waits for a
 * run that will not come. Nothing here changes a verdict: what cannot be
 * written (fork PRs, read-only tokens) is a warning.
 */
import type { Logger, RunContext } from '../../core/gate.js';
import { text } from '../../render/markdown.js';
import { suiteMarkdown, type SuiteOutcome } from '../../run/run-suite.js';
import type { SuiteEntry } from '../../run/suite-entry.js';
import { wantsComment } from './publish.js';

/** The hidden marker of the combined comment; the per-gate comments' markers are `<!-- modelgate:<gate> -->`. */
export function suiteCommentMarker(commentId?: string): string {
  return commentId ? `<!-- modelgate-suite:${commentId} -->` : '<!-- modelgate-suite -->';
}

/** The check run name of a gate in the suite: `modelgate / <gate>`, with the comment id when there is one. */
export function suiteCheckName(gate: string, commentId?: string): string {
  return `modelgate / ${gate}${commentId ? ` (${commentId})` : ''}`;
}

/** GitHub's limit for a comment body, less room for the marker. */
const COMMENT_LIMIT = 65_000;

/**
 * The combined comment's body: the marker, then the combined report fitted
 * to GitHub's limit. The root action also writes it to `comment.md` in the
 * report folder, for a workflow_run workflow that posts it for a fork's pull
 * request (action-templates/fork-safe-comment.yml).
 */
export function suiteCommentBody(outcome: SuiteOutcome): string {
  const id = outcome.inputs['comment-id'];
  return `${suiteCommentMarker(id)}\n${suiteMarkdown(outcome, COMMENT_LIMIT)}`;
}

function checkRunOf(entry: SuiteEntry): { conclusion: 'success' | 'failure' | 'neutral'; title: string; summary: string } {
  if (entry.status === 'ran') return { conclusion: entry.outcome.conclusion, title: entry.outcome.result.report.summary, summary: entry.outcome.markdown };
  if (entry.status === 'error') return { conclusion: 'failure', title: `error: ${entry.error}`, summary: `**${text(entry.gate)} could not run:** ${text(entry.error)}` };
  return { conclusion: 'neutral', title: `skipped: ${entry.reason}`, summary: `${text(entry.gate)} was skipped: ${text(entry.reason)}.` };
}

export async function publishSuite(outcome: SuiteOutcome, run: RunContext, env: Record<string, string | undefined>, log: Logger): Promise<void> {
  const { inputs } = outcome;
  const [owner, repo] = (run.repository ?? '').split('/');
  const token = inputs['github-token'];
  const comment = wantsComment(inputs.comment, outcome.verdict, run.pullRequest !== undefined);
  const checks = inputs['check-runs'];
  if (inputs.comment === 'always' && run.pullRequest === undefined) log.info('comment: not a pull request, so there is nothing to comment on');
  if (!comment && !checks) return;
  if (!token) {
    log.warn('no github-token: the pull-request comment and check runs are skipped');
    return;
  }
  if (!owner || !repo) {
    log.warn('GITHUB_REPOSITORY is not set: the pull-request comment and check runs are skipped');
    return;
  }
  const [{ createGitHubClient }, { upsertStickyComment }, { createCheckRun }] = await Promise.all([
    import('../../github/client.js'),
    import('../../github/comment.js'),
    import('../../github/check-run.js'),
  ]);
  const client = createGitHubClient(token, env, { log });
  const id = inputs['comment-id'];

  if (comment) {
    try {
      const state = await upsertStickyComment(client, {
        owner,
        repo,
        issueNumber: run.pullRequest!,
        marker: suiteCommentMarker(id),
        body: suiteCommentBody(outcome),
        log,
      });
      log.info(`pull-request comment: ${state}`);
    } catch (err) {
      log.warn(`could not write the pull-request comment: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  if (!checks) return;
  if (!run.sha) {
    log.warn('GITHUB_SHA is not set: the check runs are skipped');
    return;
  }
  for (const entry of outcome.entries) {
    const name = suiteCheckName(entry.gate, id);
    try {
      const created = await createCheckRun(client, {
        owner,
        repo,
        headSha: run.sha,
        name,
        ...checkRunOf(entry),
        annotations: entry.status === 'ran' ? (entry.outcome.result.annotations ?? []) : [],
        log,
      });
      // 403 (no `checks: write`, a fork's token): said once, not once per gate.
      if (!created) return;
    } catch (err) {
      log.warn(`could not create the check run "${name}": ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
