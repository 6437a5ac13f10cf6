/**
 * Publishing an outcome to GitHub: the sticky PR comment and the optional
 * check run. Nothing here changes the verdict: a comment that cannot be
 * written (fork PRs, read-only tokens, an unreachable API) is a warning, and
 * the two together take at most `comment-timeout` seconds.
 */
import type { Logger } from '../../core/gate.js';
import type { GateOutcome } from '../../run/run-gate.js';
import type { RunContext } from '../../core/gate.js';

type CommentMode = GateOutcome['common']['comment'];

/** Whether this run should write the PR comment. */
export function wantsComment(mode: CommentMode, verdict: string, isPullRequest: boolean): boolean {
  if (!isPullRequest || mode === 'never') return false;
  if (mode === 'on-failure') return verdict !== 'pass';
  return true; // auto and always: on every pull-request run
}

export async function publishToGitHub(outcome: GateOutcome, run: RunContext, env: Record<string, string | undefined>, log: Logger): Promise<void> {
  const { common, result } = outcome;
  // The run's facts were read once, for the gate; the same ones say where to publish.
  const [owner, repo] = (run.repository ?? '').split('/');
  const gh = { owner: owner || undefined, repo: repo || undefined, pullRequest: run.pullRequest, headSha: run.sha };
  const checkName = common['check-name'];
  const token = common['github-token'];
  const comment = wantsComment(common.comment, result.report.verdict, gh.pullRequest !== undefined);
  if (common.comment === 'always' && gh.pullRequest === undefined) log.info('comment: not a pull request, so there is nothing to comment on');
  if (!comment && !checkName) return;
  if (!token) {
    log.warn('no github-token: the pull-request comment and check run are skipped');
    return;
  }
  if (!gh.owner || !gh.repo) {
    log.warn('GITHUB_REPOSITORY is not set: the pull-request comment and check run are skipped');
    return;
  }
  // The whole of publishing has one budget: nothing here may hold the step
  // longer (a `retry-after: 600`, a server that never answers).
  const seconds = common['comment-timeout'];
  const deadline = Date.now() + seconds * 1000;
  const overtime = `GitHub did not finish within comment-timeout (${seconds} s)`;
  const work = publishBefore(deadline, outcome, { ...gh, owner: gh.owner, repo: gh.repo }, comment, token, env, log);
  // The client stops every call at the deadline; this is the backstop should
  // anything still be pending a moment later.
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), seconds * 1000 + BACKSTOP_MS);
    timer.unref();
  });
  const ended = await Promise.race([work.then(() => 'done' as const), late]);
  clearTimeout(timer);
  if (ended === 'late') log.warn(`${overtime}: the pull-request comment and check run were left unfinished. The gate result is unaffected.`);
}

/** Grace after the deadline before publishing is abandoned outright. */
const BACKSTOP_MS = 2000;

async function publishBefore(
  deadline: number,
  outcome: GateOutcome,
  gh: { owner: string; repo: string; pullRequest?: number; headSha?: string },
  comment: boolean,
  token: string,
  env: Record<string, string | undefined>,
  log: Logger,
): Promise<void> {
  const { common, result, gate } = outcome;
  const checkName = common['check-name'];
  const seconds = common['comment-timeout'];
  // Octokit loads only when there is something to publish: most of an
  // action's start-up time would otherwise go to it.
  const [{ createGitHubClient }, { commentMarker, upsertStickyComment }, { createCheckRun }, { DeadlineError }, { comparableBody, withPreviousVerdict }] = await Promise.all([
    import('../../github/client.js'),
    import('../../github/comment.js'),
    import('../../github/check-run.js'),
    import('../../github/errors.js'),
    import('../../render/report-markdown.js'),
  ]);
  const client = createGitHubClient(token, env, { log, deadline });
  const failure = (what: string, err: unknown) =>
    err instanceof DeadlineError || Date.now() >= deadline
      ? `${what} was not finished within comment-timeout (${seconds} s); the gate result is unaffected`
      : `could not write ${what}: ${err instanceof Error ? err.message : String(err)}`;

  if (comment) {
    try {
      const state = await upsertStickyComment(client, {
        owner: gh.owner,
        repo: gh.repo,
        issueNumber: gh.pullRequest!,
        marker: commentMarker(gate.name, common['comment-id']),
        // The previous comment's verdict goes into the run line, which is
        // left out when telling whether the comment changed.
        body: (previous) => withPreviousVerdict(outcome.markdown, previous),
        comparable: comparableBody,
        log,
        deadline,
      });
      log.info(`pull-request comment: ${state}`);
    } catch (err) {
      log.warn(failure('the pull-request comment', err));
    }
  }

  const headSha = gh.headSha;
  if (checkName && !headSha) log.warn('GITHUB_SHA is not set: the check run is skipped');
  if (checkName && headSha) {
    try {
      await createCheckRun(client, {
        owner: gh.owner,
        repo: gh.repo,
        headSha,
        name: checkName,
        conclusion: outcome.conclusion,
        title: result.report.summary,
        summary: outcome.markdown,
        annotations: result.annotations ?? [],
        log,
      });
    } catch (err) {
      log.warn(failure(`the check run "${checkName}"`, err));
    }
  }
}
