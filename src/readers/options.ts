import type { Progress } from '../core/gate.js';
import type { ReadLimits } from '../core/read-limits.js';

export type Format = 'csv' | 'tsv' | 'jsonl' | 'json' | 'parquet';

/** `maxInputBytes` and `maxRecordBytes` (core/read-limits.ts) take their defaults where not given. */
export interface ReadOptions extends Partial<ReadLimits> {
  /** Directory a relative `path` is resolved against (default: the process's). */
  cwd?: string;
  /** Read only these columns (faster, less memory), kept in the file's order; an unknown name is a UserError. */
  columns?: string[];
  /** Keep the cells' original text in number columns (`NumberColumn.text`). */
  keepText?: boolean;
  /** Called about once a second (or every 64 MiB) with rows and bytes read, and once more with `done: true`. */
  progress?: (p: Progress) => void;
  /** Format to use when the file's extension does not say. */
  format?: Format;
  /** Stop after this many rows. */
  maxRows?: number;
  /**
   * CSV: hold number columns in SharedArrayBuffer memory, for a table to be
   * posted to another thread. Shared memory is posted without a copy and,
   * unlike a transferred buffer, is not detached: V8 compiles typed-array
   * code without detach checks until the first buffer of the thread is
   * detached, and that first detach makes the thread's sorting about 12%
   * slower (measured).
   */
  sharedNumbers?: boolean;
  /**
   * CSV/TSV: a record with fewer fields than the header is read with its
   * missing cells empty (missing) and reported here, rather than failing the
   * read (validate-schema reports such rows as a check). `row` is 0-based,
   * `fields` the record's field count, `line` its 1-based line. A record with
   * more fields than the header still fails the read.
   */
  shortRow?: (row: number, fields: number, line: number) => void;
}
