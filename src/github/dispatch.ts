/**
 * Fire a `repository_dispatch` event (drift-check uses it to start a
 * retraining workflow). GitHub limits the event type to 100 characters and
 * the client payload to 10 top-level properties.
 * https://docs.github.com/en/rest/repos/repos#create-a-repository-dispatch-event
 */
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/gate.js';
import type { GitHubClient } from './client.js';
import { fallbackLog, firstLine, httpStatus } from './errors.js';

export interface DispatchOptions {
  owner: string;
  repo: string;
  eventType: string;
  clientPayload?: Record<string, unknown>;
  log?: Pick<Logger, 'warn'>;
}

/** True when GitHub accepted the event; false when the token may not send it. */
export async function repositoryDispatch(client: GitHubClient, opts: DispatchOptions): Promise<boolean> {
  const { owner, repo, eventType, clientPayload = {} } = opts;
  if (eventType.length < 1 || eventType.length > 100) {
    throw new UserError(`the dispatch event type must be 1 to 100 characters long, got ${eventType.length}`, {
      field: 'event-type',
    });
  }
  const keys = Object.keys(clientPayload);
  if (keys.length > 10) {
    throw new UserError(`the dispatch payload may have at most 10 top-level properties, got ${keys.length} (${keys.join(', ')})`, {
      field: 'client_payload',
    });
  }
  try {
    await client.rest.repos.createDispatchEvent({ owner, repo, event_type: eventType, client_payload: clientPayload });
    return true;
  } catch (err) {
    const status = httpStatus(err);
    if (status !== 403 && status !== 404) throw err;
    (opts.log ?? fallbackLog).warn(
      `Could not send the repository_dispatch event "${eventType}" to ${owner}/${repo} (HTTP ${status}: ${firstLine(err)}). ` +
        'The token needs `contents: write` on that repository (GITHUB_TOKEN can only reach its own repository; use a PAT or app token for another).',
    );
    return false;
  }
}
