/**
 * The GitHub REST client modelgate uses: `@actions/github`'s Octokit (REST
 * endpoint methods and pagination, proxy-aware fetch) plus the retry and
 * throttling plugins GitHub recommends for integrations.
 *
 * - Server errors (5xx) are retried by @octokit/plugin-retry with a growing
 *   delay: base × (attempt)² (1 s, 4 s, 9 s by default). 4xx answers that
 *   cannot change on retry (400, 401, 403, 404, 410, 422, 451) are not retried.
 * - Secondary rate limits (403/429 "You have exceeded a secondary rate limit")
 *   are retried a couple of times after the `retry-after` the server sends,
 *   then given up with a warning; the primary rate limit is retried once
 *   when it resets within a minute. See
 *   https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api
 */
import { getOctokit } from '@actions/github';
import type { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { fallbackLog } from './errors.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** What the client logs through (a subset of core's Logger). */
export interface ClientLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

export interface GitHubClientOptions {
  /** Where warnings go (given up after rate limits); default: `::warning::` in Actions, else stderr. */
  log?: ClientLog;
  /** Milliseconds the retry delays are multiples of (default 1000; small in tests). */
  retryBaseMs?: number;
  /** How many times a 5xx answer is retried (default 3). */
  retries?: number;
  /** Milliseconds one attempt may take before it is aborted (and retried as a 5xx); default 30 s. */
  timeoutMs?: number;
  /** How many times a secondary rate limit is waited out before giving up (default 2). */
  secondaryRateLimitRetries?: number;
  /**
   * Overrides passed to @octokit/plugin-throttling as they are (e.g. its
   * Bottleneck groups, whose write spacing of 1 s slows tests down).
   */
  throttle?: Partial<ThrottlingOptions>;
}

const DEFAULT_API_URL = 'https://api.github.com';

/**
 * Octokit sets no timeout: a connection that never answers would hold the
 * job until the runner's 6-hour limit. Each attempt gets its own deadline:
 * this plugin is registered before the retry and throttling plugins, so its
 * hook runs inside theirs, once per attempt. A caller's own signal is kept.
 * The timeout surfaces as a RequestError with status 500, which the retry
 * plugin retries.
 */
function attemptTimeout(ms: number) {
  const ours = new WeakSet<AbortSignal>();
  return (octokit: Octokit) => {
    octokit.hook.wrap('request', (request, options) => {
      // Hooks pass the options object along by reference (Octokit's auth
      // hook sits below this one), so the deadline is set on it in place.
      const current = options.request?.signal as AbortSignal | undefined;
      if (current && !ours.has(current)) return request(options);
      const signal = AbortSignal.timeout(ms);
      ours.add(signal);
      options.request = { ...options.request, signal };
      return request(options);
    });
  };
}

export function createGitHubClient(
  token: string,
  env: Record<string, string | undefined>,
  options: GitHubClientOptions = {},
): GitHubClient {
  const log: ClientLog = options.log ?? fallbackLog;
  const baseMs = options.retryBaseMs ?? 1000;
  const secondaryRetries = options.secondaryRateLimitRetries ?? 2;
  const baseUrl = (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');

  const throttle: ThrottlingOptions = {
    // The plugin multiplies retry-after seconds by this to get milliseconds.
    retryAfterBaseValue: baseMs,
    onRateLimit: (retryAfter, request, _octokit, retryCount) => {
      if (retryCount < 1 && retryAfter <= 60) {
        log.warn(`GitHub API rate limit hit on ${request.method} ${request.url}; retrying in ${retryAfter} s.`);
        return true;
      }
      log.warn(`GitHub API rate limit exhausted on ${request.method} ${request.url}; giving up (resets in ${retryAfter} s).`);
      return false;
    },
    onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
      if (retryCount < secondaryRetries) {
        log.debug(`GitHub API secondary rate limit on ${request.method} ${request.url}; retry ${retryCount + 1} in ${retryAfter} s.`);
        return true;
      }
      log.warn(
        `GitHub API secondary rate limit on ${request.method} ${request.url}; giving up after ${retryCount} retries.`,
      );
      return false;
    },
    ...options.throttle,
  } as ThrottlingOptions;

  return getOctokit(
    token,
    {
      baseUrl,
      log: { debug: () => undefined, info: () => undefined, warn: (m: string) => log.warn(m), error: (m: string) => log.warn(m) },
      retry: { retryAfterBaseValue: baseMs, retries: options.retries ?? 3 },
      throttle,
    },
    attemptTimeout(options.timeoutMs ?? 30_000),
    retry,
    throttling,
  );
}
