/**
 * The readers every gate uses: a data file (CSV, TSV, JSON Lines, a JSON
 * array of objects, Parquet, or a .gz of any of them) into the columnar Table
 * of core/table.ts, or into records one at a time. Bad files are UserErrors
 * naming the file as the user wrote it and, where there is one, the line.
 *
 * The format comes from the extension (after stripping ".gz"), else
 * `options.format`, else from the first bytes.
 *
 * Typing, the same for every format: a column whose present cells are all
 * numbers (or text spelling one: "1.5", "-2e3", "inf"; see number-text.ts) is
 * a number column, so is a column with no present cell at all; "nan" text is
 * NaN and counted missing; anything else makes a string column. Missing
 * cells are empty CSV cells, JSON nulls and absent keys, Parquet nulls.
 *
 * Lines: `rowLines` holds the line each row starts on for CSV/TSV (the header
 * is line 1) and JSON Lines, and is null for Parquet and JSON arrays (whose
 * records, from `readRecords`, do carry the line each object starts on).
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../core/errors.js';
import type { ReadLimits } from '../core/read-limits.js';
import type { Table } from '../core/table.js';
import { unknownColumn } from './columns.js';
import { csvRecords, readCsvTable } from './csv.js';
import { jsonArrayObjects, readJsonArrayTable } from './json-array.js';
import { jsonlObjects, readJsonlTable } from './jsonl.js';
import type { ReadOptions } from './options.js';
import { ProgressReporter } from './progress.js';
import { tableReadHook } from './read-hook.js';
import { ChunkReader, openSource, type Source } from './source.js';

export type { Format, ReadOptions } from './options.js';

/** One row of a file: its cells by column name, and the line it starts on (null for Parquet). */
export interface DataRecord {
  record: Record<string, unknown>;
  line: number | null;
}

/**
 * The Parquet reader (hyparquet and its decompressors) and @actions/glob
 * (which pulls in @actions/core and its HTTP client) load only when a file
 * needs them: together they were most of an action's start-up time.
 */
const loadParquet = () => import('./parquet.js');

export async function readTable(path: string, options: ReadOptions = {}): Promise<Table> {
  // The suite may share one read of a file between gates (read-hook.ts).
  const hook = tableReadHook.getStore();
  return hook ? hook.read(path, options, readTableFresh) : readTableFresh(path, options);
}

async function readTableFresh(path: string, options: ReadOptions): Promise<Table> {
  const source = await openSource(path, options);
  switch (source.format) {
    case 'csv':
    case 'tsv':
      return readCsvTable(source, options);
    case 'jsonl':
      return readJsonlTable(source, options);
    case 'json':
      return readJsonArrayTable(source, options);
    case 'parquet':
      return (await loadParquet()).readParquetTable(source, options);
  }
}

/**
 * The rows of a file one at a time, without building a table: CSV cells are
 * text (null where empty), JSON values as parsed, Parquet values as JSON-like
 * values (64-bit integers as numbers, dates and timestamps as ISO text).
 */
export async function* readRecords(path: string, options: ReadOptions = {}): AsyncGenerator<DataRecord> {
  const source = await openSource(path, options);
  switch (source.format) {
    case 'csv':
    case 'tsv':
      yield* csvRecords(source, options);
      return;
    case 'parquet':
      yield* (await loadParquet()).parquetRecords(source, options);
      return;
    default:
      yield* jsonRecords(source, options);
  }
}

async function* jsonRecords(source: Source, options: ReadOptions): AsyncGenerator<DataRecord> {
  const reader = new ChunkReader(source, true);
  const progress = new ProgressReporter(source.display, options.progress);
  const maxRows = options.maxRows ?? Infinity;
  const wanted = options.columns ?? null;
  const seen = new Set<string>();
  let rows = 0;
  const batches = source.format === 'jsonl' ? jsonlObjects(source, reader) : jsonArrayObjects(source, reader);
  let any = false;
  read: for await (const batch of batches) {
    for (const { record, line } of batch) {
      any = true;
      if (rows >= maxRows) break read;
      for (const key in record) seen.add(key);
      rows++;
      if (!wanted) {
        yield { record, line };
        continue;
      }
      const picked: Record<string, unknown> = {};
      for (const key of wanted) picked[key] = record[key] ?? null;
      yield { record: picked, line };
    }
    progress.update(rows, reader.bytesRead());
  }
  if (!any && source.format === 'jsonl') throw new UserError('empty file: no JSON objects', { file: source.display });
  if (wanted) {
    for (const name of wanted) if (!seen.has(name) && rows > 0) throw unknownColumn(name, [...seen], source.display);
  }
  progress.done(rows, reader.bytesRead());
}

const GLOB_CHARS = /[*?[\]{}]/;

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * A path as a pattern that matches only itself, escaped as @actions/glob's
 * own `Pattern.globEscape` escapes the working directory (internal-pattern.js;
 * not exported): `[` as `[[]` when a `]` follows in the segment, `?` as
 * `[?]`, `*` as `[*]`, and on Linux and macOS `\` as `\\`. Braces need no
 * escape: @actions/glob does not expand them.
 */
export function escapeGlob(path: string): string {
  return (process.platform === 'win32' ? path : path.replace(/\\/g, '\\\\'))
    .replace(/(\[)(?=[^/]+\])/g, '[[]')
    .replace(/\?/g, '[?]')
    .replace(/\*/g, '[*]');
}

/**
 * The files a path or glob pattern names (several patterns may be given one
 * per line; a line starting with "!" excludes), relative to `cwd` where they
 * are inside it (so that messages show them as the user would write them),
 * sorted. A path that exists is itself, even when its name holds pattern
 * characters (`loans[2024].csv`); only a line that names nothing is a
 * pattern. A plain path is returned as written; a pattern that matches no
 * file, or a path to a missing file, is a UserError.
 */
export async function expandPaths(patternOrPath: string, cwd: string, limits: Partial<ReadLimits> = {}): Promise<string[]> {
  const lines = patternOrPath
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 1 && !lines[0].startsWith('!') && (!GLOB_CHARS.test(lines[0]) || (await exists(resolve(cwd, lines[0]))))) {
    await openSource(lines[0], { cwd, ...limits }); // throws UserError for a missing file, a directory, an empty file
    return [lines[0]];
  }
  // The working directory is escaped too: its own name may hold pattern characters.
  const base = escapeGlob(cwd);
  const absolute = await Promise.all(
    lines.map(async (line) => {
      if (line.startsWith('!')) return `!${resolve(base, line.slice(1))}`;
      return (await exists(resolve(cwd, line))) ? escapeGlob(resolve(cwd, line)) : resolve(base, line);
    }),
  );
  const glob = await import('@actions/glob');
  const globber = await glob.create(absolute.join('\n'), { matchDirectories: false, implicitDescendants: false });
  const files = await globber.glob();
  const shown = lines.join(', ');
  if (files.length === 0) throw new UserError(`no file matches the pattern "${shown}"`, { file: shown });
  return files
    .map((file) => {
      const rel = relative(cwd, file);
      const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
      return inside ? rel.split(sep).join('/') : file;
    })
    .sort();
}
