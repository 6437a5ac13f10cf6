import type { RunContext } from '../core/gate.js';
import { readGitHubContext } from '../github/context.js';

/** Facts of the CI run from the GitHub Actions environment (empty elsewhere). */
export function runContextFromEnv(env: Record<string, string | undefined>): RunContext {
  const gh = readGitHubContext(env);
  return {
    repository: gh.owner && gh.repo ? `${gh.owner}/${gh.repo}` : undefined,
    sha: gh.headSha ?? gh.sha,
    ref: gh.ref,
    actor: gh.actor,
    workflow: gh.workflow,
    runId: gh.runId,
    runUrl: gh.runUrl,
    eventName: gh.eventName,
    pullRequest: gh.pullRequest,
  };
}
