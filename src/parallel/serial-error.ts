/**
 * Errors across threads: a worker's UserError must reach the user as the
 * same one line (message, file, line, field); anything else is an internal
 * error, kept with its stack and the name of the task that failed.
 */
import { UserError } from '../core/errors.js';

export type SerialError = { user: true; message: string; file?: string; line?: number; field?: string } | { user: false; message: string };

export function serialError(err: unknown): SerialError {
  if (err instanceof UserError) return { user: true, message: err.message, ...err.location };
  return { user: false, message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
}

export function reviveError(e: SerialError, task: string): Error {
  if (e.user) {
    const { message, user: _user, ...location } = e;
    return new UserError(message, location);
  }
  return new Error(`${task} worker: ${e.message}`);
}
