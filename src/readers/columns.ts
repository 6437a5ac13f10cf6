/** Checks shared by the readers: header names and the columns a caller asks for. */
import { UserError } from '../core/errors.js';
import { closest } from '../core/suggest.js';

/** Throws for an empty or duplicate header name. */
export function checkHeader(names: string[], file: string, line: number): void {
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    if (name.trim() === '') throw new UserError(`column ${i + 1} of the header has an empty name`, { file, line });
    const before = seen.get(name);
    if (before !== undefined) {
      throw new UserError(`duplicate column name "${name}" (columns ${before + 1} and ${i + 1} of the header)`, { file, line });
    }
    seen.set(name, i);
  });
}

/** The UserError for a requested column the file does not have. */
export function unknownColumn(name: string, available: string[], file: string): UserError {
  const suggestion = closest(name, available);
  const list = available.length ? available.join(', ') : '(none)';
  const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
  return new UserError(`no column "${name}"; columns are: ${list}${hint}`, { file });
}

/** Throws unless every requested column is available. */
export function checkRequested(requested: string[] | undefined, available: string[], file: string): void {
  if (!requested) return;
  const have = new Set(available);
  for (const name of requested) if (!have.has(name)) throw unknownColumn(name, available, file);
}
