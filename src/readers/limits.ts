/**
 * The readers' side of the read limits (core/read-limits.ts): the limits of
 * a read, and the one-line errors for a file past them. Each names the input
 * that changes the limit, since a file past it may be legitimate.
 */
import { UserError } from '../core/errors.js';
import { DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_RECORD_BYTES, formatByteSize, type ReadLimits } from '../core/read-limits.js';

export function limitsOf(options: Partial<ReadLimits>): ReadLimits {
  return { maxInputBytes: options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES, maxRecordBytes: options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES };
}

/** A plain file larger than max-input-bytes: refused before reading. */
export function fileTooLarge(file: string, size: number, limit: number): UserError {
  return new UserError(`${formatByteSize(size)}, more than max-input-bytes (${formatByteSize(limit)}); raise max-input-bytes to read it`, { file });
}

/** Data past max-input-bytes found while reading: a .gz's decompressed bytes, Parquet's decoded size. */
export function dataTooLarge(file: string, limit: number, what = 'of data after decompression'): UserError {
  return new UserError(`more than ${formatByteSize(limit)} ${what}, the max-input-bytes limit; raise max-input-bytes to read it`, { file });
}

/**
 * A record longer than max-record-bytes. `what` names it as the format does
 * ("record", "line", "object"); `hint` may say what usually causes it.
 */
export function recordTooLong(file: string, line: number | undefined, limit: number, what: string, hint = 'raise max-record-bytes if the file is meant to hold one'): UserError {
  return new UserError(`${what} longer than max-record-bytes (${formatByteSize(limit)}); ${hint}`, line === undefined ? { file } : { file, line });
}
