/**
 * A GitHub client for tests against the fake server: the real client with
 * retry delays of a millisecond and without the throttling plugin's 1 s
 * spacing of writes (3 s for writes that notify people, such as comments),
 * which would only make the tests slow.
 */
import { createRequire } from 'node:module';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../../src/github/client.js';
import type { FakeGitHub } from './fake-github.js';

// Bottleneck is the throttling plugin's own dependency, not ours: load the
// copy that plugin resolves.
const fromThrottling = createRequire(createRequire(import.meta.url).resolve('@octokit/plugin-throttling'));
type Group = NonNullable<Extract<ThrottlingOptions, { onRateLimit: unknown }>['write']>;
const Bottleneck = fromThrottling('bottleneck') as { Group: new (options: { maxConcurrent: number; minTime: number }) => Group };

export interface CapturedLog {
  warnings: string[];
  infos: string[];
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

export function captureLog(): CapturedLog {
  const log: CapturedLog = {
    warnings: [],
    infos: [],
    debug: () => undefined,
    info: (m) => void log.infos.push(m),
    warn: (m) => void log.warnings.push(m),
  };
  return log;
}

export function testClient(
  server: FakeGitHub,
  log: CapturedLog = captureLog(),
  token = 'ghs_faketoken',
  timeoutMs?: number,
  more: Omit<GitHubClientOptions, 'log' | 'timeoutMs' | 'throttle'> = {},
): GitHubClient {
  const unspaced = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });
  return createGitHubClient(
    token,
    { GITHUB_API_URL: server.url },
    {
      log,
      retryBaseMs: 1,
      timeoutMs,
      ...more,
      throttle: { write: unspaced(), notifications: unspaced(), search: unspaced() },
    },
  );
}
