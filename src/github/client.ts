/**
 * The GitHub REST client modelgate uses: `@actions/github`'s Octokit (REST
 * endpoint methods and pagination, proxy-aware fetch) plus the retry and
 * throttling plugins GitHub recommends for integrations.
 *
 * - Server errors (5xx) and dropped connections are retried by
 *   @octokit/plugin-retry with a growing delay: base × (attempt)² (1 s, 4 s,
 *   9 s by default). 4xx answers that cannot change on retry (400, 401, 403,
 *   404, 410, 422, 451) are not retried, and neither is 429: rate limits are
 *   the throttling plugin's, which honours their `retry-after`.
 * - Secondary rate limits (403/429 "You have exceeded a secondary rate limit")
 *   are retried a couple of times after the `retry-after` the server sends,
 *   then given up with a warning; the primary rate limit is retried once
 *   when it resets within a minute. See
 *   https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api
 * - With a `deadline`, nothing waits past it: an attempt is cut off at the
 *   deadline, and no retry or rate-limit wait is begun that would end after
 *   it. A `retry-after: 600` then costs nothing but a warning.
 */
import { getOctokit } from '@actions/github';
import type { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { DeadlineError, fallbackLog } from './errors.js';

export { DeadlineError };

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
   * When every call must be over (milliseconds since the epoch, as Date.now()).
   * Without one, a rate limit is still never waited out for more than a minute.
   */
  deadline?: number;
  /**
   * Overrides passed to @octokit/plugin-throttling as they are (e.g. its
   * Bottleneck groups, whose write spacing of 1 s slows tests down).
   */
  throttle?: Partial<ThrottlingOptions>;
}

const DEFAULT_API_URL = 'https://api.github.com';

/** The HTTP status codes @octokit/plugin-retry leaves alone: its defaults, and 429, which is a rate limit. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

/**
 * Octokit sets no timeout: a connection that never answers would hold the
 * job until the runner's 6-hour limit. Each attempt gets its own deadline
 * (the per-attempt timeout, or what is left before the client's deadline if
 * that is sooner): this plugin is registered before the retry and throttling
 * plugins, so its hook runs inside theirs, once per attempt. A caller's own
 * signal is kept. The timeout surfaces as a RequestError with status 500,
 * which the retry plugin retries, unless its wait of base × (attempt)²
 * would end past the deadline: then the retry count is set to zero here,
 * on the options object the retry plugin reads next.
 */
function attemptLimits(timeoutMs: number, deadline: number | undefined, baseMs: number) {
  const ours = new WeakSet<AbortSignal>();
  return (octokit: Octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      const left = deadline === undefined ? Infinity : deadline - Date.now();
      if (left <= 0) throw new DeadlineError(options.method, options.url);
      // Hooks pass the options object along by reference (Octokit's auth
      // hook sits below this one), so the signal is set on it in place.
      const current = options.request?.signal as AbortSignal | undefined;
      if (current && !ours.has(current)) return request(options);
      const signal = AbortSignal.timeout(Math.max(1, Math.min(timeoutMs, left)));
      ours.add(signal);
      options.request = { ...options.request, signal };
      try {
        return await request(options);
      } catch (err) {
        if (deadline !== undefined) {
          const wait = ((Number(options.request.retryCount) || 0) + 1) ** 2 * baseMs;
          if (Date.now() + wait >= deadline) options.request = { ...options.request, retries: 0 };
        }
        throw err;
      }
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

  const deadline = options.deadline;
  // A wait of `seconds` that ends in time: before the deadline, or within a
  // minute when there is none.
  const fits = (seconds: number) => (deadline === undefined ? seconds <= 60 : Date.now() + seconds * baseMs < deadline);
  const tooLong = (seconds: number) =>
    deadline === undefined ? `it asks to wait ${seconds} s` : `waiting ${seconds} s would pass the time allowed for GitHub calls`;

  const throttle: ThrottlingOptions = {
    // The plugin multiplies retry-after seconds by this to get milliseconds.
    retryAfterBaseValue: baseMs,
    onRateLimit: (retryAfter, request, _octokit, retryCount) => {
      if (retryCount < 1 && fits(retryAfter)) {
        log.warn(`GitHub API rate limit hit on ${request.method} ${request.url}; retrying in ${retryAfter} s.`);
        return true;
      }
      const why = retryCount < 1 ? tooLong(retryAfter) : `it resets in ${retryAfter} s`;
      log.warn(`GitHub API rate limit exhausted on ${request.method} ${request.url}; giving up (${why}).`);
      return false;
    },
    onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
      if (retryCount < secondaryRetries && fits(retryAfter)) {
        log.debug(`GitHub API secondary rate limit on ${request.method} ${request.url}; retry ${retryCount + 1} in ${retryAfter} s.`);
        return true;
      }
      const why = retryCount < secondaryRetries ? tooLong(retryAfter) : `after ${retryCount} retries`;
      log.warn(`GitHub API secondary rate limit on ${request.method} ${request.url}; giving up (${why}).`);
      return false;
    },
    ...options.throttle,
  } as ThrottlingOptions;

  return getOctokit(
    token,
    {
      baseUrl,
      log: { debug: () => undefined, info: () => undefined, warn: (m: string) => log.warn(m), error: (m: string) => log.warn(m) },
      retry: { retryAfterBaseValue: baseMs, retries: options.retries ?? 3, doNotRetry: DO_NOT_RETRY },
      throttle,
    },
    attemptLimits(options.timeoutMs ?? 30_000, deadline, baseMs),
    retry,
    throttling,
  );
}
