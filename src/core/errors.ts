/**
 * Errors a user can fix (a missing file, bad YAML, an unknown column, a
 * malformed row) are `UserError`s: they print as one line naming where the
 * problem is, with no stack trace, and make the CLI exit with code 2.
 * Anything else is an internal error and keeps its stack.
 */
export interface ErrorLocation {
  /** File the problem is in, as the user named it. */
  file?: string;
  /** 1-based line in that file. */
  line?: number;
  /** Column, field, input or key the problem concerns. */
  field?: string;
}

export class UserError extends Error {
  readonly location: ErrorLocation;

  constructor(message: string, location: ErrorLocation = {}) {
    super(message);
    this.name = 'UserError';
    this.location = location;
  }

  /** `file:line: field: message`, leaving out the parts that are unknown. */
  format(): string {
    const { file, line, field } = this.location;
    const where = file ? (line ? `${file}:${line}` : file) : '';
    const parts = [where, field ? `${field}` : ''].filter(Boolean);
    return parts.length ? `${parts.join(': ')}: ${this.message}` : this.message;
  }
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}

/** One line for a user error; the stack for anything else. */
export function describeError(err: unknown): string {
  if (isUserError(err)) return err.format();
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}
