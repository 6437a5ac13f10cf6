/**
 * How much one data file may make a run hold, so that a hostile or broken
 * file (a small .gz that expands to gigabytes, a line of hundreds of
 * megabytes) ends in one clear line instead of a process killed for memory.
 * Every gate takes them as the common inputs `max-input-bytes` and
 * `max-record-bytes` (core/inputs.ts); the run path hands them to the gate as
 * `GateContext.readLimits`, and the gates to the readers (readers/options.ts).
 * README "Limits" says what each counts for each format.
 */

export interface ReadLimits {
  /**
   * The most bytes of data one file may hold: a plain file's size, a .gz
   * file's decompressed size; for Parquet also the uncompressed size of the
   * pages read and 8 bytes per cell read.
   */
  maxInputBytes: number;
  /** The longest record (a CSV/TSV record, a JSON Lines line, an object of a JSON array) or Parquet value, in bytes. */
  maxRecordBytes: number;
}

/**
 * 2 GB: the data of a file takes about one to six times its size in memory
 * once read (a column of one-digit numbers is the worst case: 2 bytes a row
 * in the file, 12 in memory with the row's line), so this keeps an ordinary
 * CSV within a standard runner's memory; and below 2^31 bytes, the line
 * numbers of rows (held as 32-bit integers) cannot overflow.
 */
export const DEFAULT_MAX_INPUT_BYTES = 2_000_000_000;

/** 64 MB: far above any real record, small enough that holding one costs little. */
export const DEFAULT_MAX_RECORD_BYTES = 64_000_000;

export const DEFAULT_READ_LIMITS: ReadLimits = { maxInputBytes: DEFAULT_MAX_INPUT_BYTES, maxRecordBytes: DEFAULT_MAX_RECORD_BYTES };

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40,
};

/**
 * A size as a user writes it: a number of bytes (`1000000`), or a number
 * with a unit: kB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers
 * of 1024), in any case, with or without a space (`500MB`, `1.5 GiB`).
 * Undefined when the text is not such a size or is not a whole, positive,
 * safe number of bytes.
 */
export function parseByteSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!m) return undefined;
  const unit = UNITS[m[2].toLowerCase()];
  if (unit === undefined) return undefined;
  const bytes = Number(m[1]) * unit;
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

/** A size for messages: "2 GB", "64 MiB", "1.5 MB" when that is exact, else the bytes. */
export function formatByteSize(bytes: number): string {
  for (const [unit, size] of [
    ['TB', 1e12],
    ['GB', 1e9],
    ['MB', 1e6],
    ['TiB', 2 ** 40],
    ['GiB', 2 ** 30],
    ['MiB', 2 ** 20],
    ['kB', 1e3],
    ['KiB', 2 ** 10],
  ] as const) {
    if (bytes >= size && (bytes * 10) % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}
