import { inertLogLine } from '../adapters/inert-log.js';

/** The HTTP status of an Octokit RequestError (or anything carrying one). */
export function httpStatus(err: unknown): number | undefined {
  if (err && typeof err === 'object' && 'status' in err) {
    const status = (err as { status: unknown }).status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

/**
 * What a GitHub call throws once the client's deadline has passed. It is no
 * Octokit RequestError, so neither the retry nor the throttling plugin
 * retries it.
 */
export class DeadlineError extends Error {
  constructor(method: string, url: string) {
    super(`the time allowed for GitHub calls is used up; ${method} ${url} was not sent`);
    this.name = 'DeadlineError';
  }
}

/** The first line of an error's message, for one-line warnings. */
export function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0];
}

/**
 * Where warnings go when the caller gave no logger: inside GitHub Actions a
 * `::warning::` workflow command (so it is shown on the run page like
 * core.warning's), elsewhere stderr.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
export const fallbackLog = {
  debug(): void {},
  info(message: string): void {
    console.info(process.env.GITHUB_ACTIONS === 'true' ? inertLogLine(message) : message);
  },
  warn(message: string): void {
    if (process.env.GITHUB_ACTIONS === 'true') {
      const data = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
      process.stdout.write(`::warning::${data}\n`);
    } else {
      console.warn(message);
    }
  },
};
