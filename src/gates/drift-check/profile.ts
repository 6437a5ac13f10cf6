/**
 * The reference profile (`profile-out`): everything the drift tests need
 * from the reference, so a job can compare against it without the raw file.
 *
 * A text column keeps its category counts, a numerical column its distinct
 * finite values with their counts, both with the row and missing counts:
 * exact, so every method gives the same result on the profile as on the
 * file. A numerical column with more than `maxPoints` distinct values is
 * kept as a sketch instead: the sorted values are cut into blocks of about
 * n/maxPoints values and each block is stored as its largest value with the
 * block's count. The sketch's empirical CDF then differs from the true one
 * by less than ε = 1/maxPoints everywhere (within a block the true CDF rises
 * by less than one block's share before the sketch's jumps), so a KS
 * statistic moves by less than ε; the bound is stored per column.
 *
 * Profiles of shards merge by adding counts: exact for exact columns; for
 * sketches the bound becomes the row-weighted mean of the shards' bounds,
 * plus 1/maxPoints when the merged column has to be cut into blocks again.
 *
 * File format (`.mgprof`): the line `MGDP1`, then one line of JSON (the
 * header: source, rows, and per column name, kind, rows, missing, categories
 * or the number of distinct values), then for each numerical column in order
 * its distinct values and their counts as little-endian float64 arrays.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UserError } from '../../core/errors.js';
import type { Table } from '../../core/table.js';
import { radixSortFloat64 } from '../../stats/drift/radix-sort-float64.js';
import { countsOfSample, countsOfValues, distinctSample, expandDistinct, type ColumnSample, type ColumnType } from './column-sample.js';
import type { DataSource } from './data-source.js';

const MAGIC = 'MGDP1\n';
/** Bumped when the format changes (part of the cache key). */
export const PROFILE_FORMAT_VERSION = 1;

export interface NumberProfile {
  name: string;
  kind: 'number';
  rows: number;
  missing: number;
  /** Distinct finite values (or block maxima of a sketch), ascending. */
  values: Float64Array;
  counts: Float64Array;
  /** Bound on |ECDF(profile) − ECDF(data)|: 0 when exact. */
  error: number;
}

export interface TextProfile {
  name: string;
  kind: 'string';
  rows: number;
  missing: number;
  categories: Record<string, number>;
}

export interface ReferenceProfile {
  source: string;
  rows: number;
  columns: (NumberProfile | TextProfile)[];
}

function distinctWithCounts(sorted: Float64Array): { values: Float64Array; counts: Float64Array } {
  const values: number[] = [];
  const counts: number[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    values.push(sorted[i]);
    counts.push(j - i);
    i = j;
  }
  return { values: Float64Array.from(values), counts: Float64Array.from(counts) };
}

/** Default largest number of points kept per numerical column. */
export const DEFAULT_PROFILE_POINTS = 65536;

/**
 * Cut a weighted sorted sample into blocks of weight about n/k, each kept as
 * its largest value: the CDF error is below 1/k (see the file comment).
 */
export function compressPoints(values: Float64Array, counts: Float64Array, k: number): { values: Float64Array; counts: Float64Array } {
  let n = 0;
  for (const c of counts) n += c;
  const w = n / k;
  const outV: number[] = [];
  const outC: number[] = [];
  let block = 0;
  for (let i = 0; i < values.length; i++) {
    block += counts[i];
    if (block >= w || i === values.length - 1) {
      outV.push(values[i]);
      outC.push(block);
      block = 0;
    }
  }
  return { values: Float64Array.from(outV), counts: Float64Array.from(outC) };
}

function numberProfile(name: string, rows: number, missing: number, values: Float64Array, counts: Float64Array, error: number, maxPoints: number): NumberProfile {
  if (maxPoints > 0 && values.length > maxPoints) {
    const c = compressPoints(values, counts, maxPoints);
    return { name, kind: 'number', rows, missing, values: c.values, counts: c.counts, error: error + 1 / maxPoints };
  }
  return { name, kind: 'number', rows, missing, values, counts, error };
}

/** The profile of a whole table; `maxPoints` 0 keeps every column exact. */
export function profileTable(table: Table, maxPoints = DEFAULT_PROFILE_POINTS): ReferenceProfile {
  return {
    source: table.source,
    rows: table.rowCount,
    columns: table.columns.map((c) => {
      if (c.kind === 'number') {
        const out = new Float64Array(c.values.length);
        let n = 0;
        for (let i = 0; i < c.values.length; i++) {
          const v = c.values[i];
          if (Number.isFinite(v) && !(c.missing && c.missing[i] === 1)) out[n++] = v;
        }
        const { values, counts } = distinctWithCounts(radixSortFloat64(out.subarray(0, n)));
        return numberProfile(c.name, c.values.length, c.values.length - n, values, counts, 0, maxPoints);
      }
      const categories: Record<string, number> = Object.create(null);
      let n = 0;
      for (const v of c.values) {
        if (v === null) continue;
        categories[v] = (categories[v] ?? 0) + 1;
        n++;
      }
      return { name: c.name, kind: 'string' as const, rows: c.values.length, missing: c.values.length - n, categories };
    }),
  };
}

function mergeNumbers(a: NumberProfile, b: NumberProfile, maxPoints: number): NumberProfile {
  const values: number[] = [];
  const counts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.values.length || j < b.values.length) {
    const v = i < a.values.length && (j >= b.values.length || a.values[i] <= b.values[j]) ? a.values[i] : b.values[j];
    let c = 0;
    if (i < a.values.length && a.values[i] === v) c += a.counts[i++];
    if (j < b.values.length && b.values[j] === v) c += b.counts[j++];
    values.push(v);
    counts.push(c);
  }
  const na = a.rows - a.missing;
  const nb = b.rows - b.missing;
  const error = na + nb > 0 ? (na * a.error + nb * b.error) / (na + nb) : 0;
  return numberProfile(a.name, a.rows + b.rows, a.missing + b.missing, Float64Array.from(values), Float64Array.from(counts), error, maxPoints);
}

function asText(p: NumberProfile): TextProfile {
  const categories: Record<string, number> = Object.create(null);
  p.values.forEach((v, i) => (categories[String(v)] = p.counts[i]));
  return { name: p.name, kind: 'string', rows: p.rows, missing: p.missing, categories };
}

/** Columns kept as sketches, with their CDF error bounds. */
export function sketchedColumns(p: ReferenceProfile): { column: string; error: number }[] {
  return p.columns.filter((c): c is NumberProfile => c.kind === 'number' && c.error > 0).map((c) => ({ column: c.name, error: c.error }));
}

/**
 * Merge shard profiles: counts add up. Shards must have the same columns; a
 * column that is numeric in one shard and text in another becomes text.
 */
export function mergeProfiles(profiles: ReferenceProfile[], maxPoints = DEFAULT_PROFILE_POINTS): ReferenceProfile {
  const [first, ...rest] = profiles;
  let merged = first;
  for (const p of rest) {
    const names = merged.columns.map((c) => c.name).join(',');
    if (p.columns.map((c) => c.name).join(',') !== names) {
      throw new UserError(`the shard profiles have different columns (${names} vs ${p.columns.map((c) => c.name).join(',')})`, { file: p.source, field: 'input reference' });
    }
    merged = {
      source: `${merged.source}+${p.source}`,
      rows: merged.rows + p.rows,
      columns: merged.columns.map((a, k) => {
        const b = p.columns[k];
        if (a.kind === 'number' && b.kind === 'number') return mergeNumbers(a, b, maxPoints);
        const ta = a.kind === 'number' ? asText(a) : a;
        const tb = b.kind === 'number' ? asText(b) : b;
        const categories: Record<string, number> = Object.assign(Object.create(null), ta.categories);
        for (const [k2, v] of Object.entries(tb.categories)) categories[k2] = (categories[k2] ?? 0) + v;
        return { name: a.name, kind: 'string' as const, rows: ta.rows + tb.rows, missing: ta.missing + tb.missing, categories };
      }),
    };
  }
  return merged;
}

export function serializeProfile(p: ReferenceProfile): Buffer {
  const header = {
    source: p.source,
    rows: p.rows,
    columns: p.columns.map((c) =>
      c.kind === 'number'
        ? { name: c.name, kind: c.kind, rows: c.rows, missing: c.missing, distinct: c.values.length, error: c.error }
        : { name: c.name, kind: c.kind, rows: c.rows, missing: c.missing, categories: c.categories },
    ),
  };
  const parts: Buffer[] = [Buffer.from(MAGIC + JSON.stringify(header) + '\n', 'utf8')];
  for (const c of p.columns) {
    if (c.kind !== 'number') continue;
    parts.push(Buffer.from(c.values.buffer, c.values.byteOffset, c.values.byteLength));
    parts.push(Buffer.from(c.counts.buffer, c.counts.byteOffset, c.counts.byteLength));
  }
  return Buffer.concat(parts);
}

export function isProfile(bytes: Buffer): boolean {
  return bytes.subarray(0, MAGIC.length).toString('utf8') === MAGIC;
}

export function parseProfile(bytes: Buffer, file: string): ReferenceProfile {
  if (!isProfile(bytes)) throw new UserError('not a drift-check profile (it does not start with MGDP1)', { file });
  const end = bytes.indexOf(0x0a, MAGIC.length);
  let header: {
    source: string;
    rows: number;
    columns: { name: string; kind: 'number' | 'string'; rows: number; missing: number; distinct?: number; error?: number; categories?: Record<string, number> }[];
  };
  try {
    header = JSON.parse(bytes.subarray(MAGIC.length, end).toString('utf8'));
  } catch {
    throw new UserError('the profile header is not valid JSON (a truncated or edited file?)', { file, line: 2 });
  }
  let offset = end + 1;
  const take = (n: number): Float64Array => {
    if (offset + 8 * n > bytes.length) throw new UserError('the profile is truncated', { file });
    const out = new Float64Array(n);
    new Uint8Array(out.buffer).set(bytes.subarray(offset, offset + 8 * n));
    offset += 8 * n;
    return out;
  };
  return {
    source: header.source,
    rows: header.rows,
    columns: header.columns.map((c) =>
      c.kind === 'number'
        ? { name: c.name, kind: 'number' as const, rows: c.rows, missing: c.missing, values: take(c.distinct ?? 0), counts: take(c.distinct ?? 0), error: c.error ?? 0 }
        : { name: c.name, kind: 'string' as const, rows: c.rows, missing: c.missing, categories: Object.assign(Object.create(null), c.categories ?? {}) },
    ),
  };
}

export async function readProfile(path: string, cwd: string): Promise<ReferenceProfile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(cwd, path));
  } catch {
    throw new UserError('file not found', { file: path });
  }
  return parseProfile(bytes, path);
}

export async function writeProfile(p: ReferenceProfile, path: string, cwd: string): Promise<void> {
  const target = resolve(cwd, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, serializeProfile(p));
}

/** A profile as the evaluation's data source. */
export function profileSource(p: ReferenceProfile, file: string): DataSource {
  return {
    source: file,
    rowCount: p.rows,
    columns: p.columns.map((c) => ({
      name: c.name,
      kind: c.kind,
      sample: (type: ColumnType): ColumnSample => {
        if (c.kind === 'number') {
          // Distinct values and counts as they are: the tests that can use
          // them do, and the values are expanded only for those that cannot.
          const s = distinctSample(c.values, c.counts, c.rows, c.missing);
          if (s) return type === 'numerical' ? s : { type, counts: countsOfSample(s), n: s.distinct!.n, rows: c.rows, missing: c.missing, numbers: true };
          // Not strictly ascending with positive integer counts (an edited file): expand.
          const values = expandDistinct(c.values, c.counts);
          if (type === 'numerical') return { type, values, rows: c.rows, missing: c.missing };
          return { type, counts: countsOfValues(values), n: values.length, rows: c.rows, missing: c.missing, numbers: true };
        }
        const entries = Object.entries(c.categories);
        const n = entries.reduce((s, [, k]) => s + k, 0);
        if (type === 'categorical') return { type, counts: new Map(entries), n, rows: c.rows, missing: c.missing };
        const nums = entries.map(([k, cnt]) => {
          const v = Number(k.trim());
          if (k.trim() === '' || Number.isNaN(v)) {
            throw new UserError(`column-types says numerical, but the profile holds the category "${k.slice(0, 40)}"`, { file, field: `column ${c.name}` });
          }
          return [v, cnt] as const;
        }).filter(([v]) => Number.isFinite(v)).sort((a, b) => a[0] - b[0]);
        const total = nums.reduce((s, [, k]) => s + k, 0);
        const values = new Float64Array(total);
        let at = 0;
        for (const [v, k] of nums) {
          values.fill(v, at, at + k);
          at += k;
        }
        return { type, values, rows: c.rows, missing: c.rows - total };
      },
    })),
  };
}
