import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import type { Column, NumberColumn, StringColumn, Table } from '../../src/core/table.js';

/** A fresh directory for one test file's data files. */
export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'modelgate-readers-'));
}

/** Writes `content` to dir/name (gzip-compressed when name ends in .gz) and returns name. */
export function put(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  writeFileSync(path, name.endsWith('.gz') ? gzipSync(bytes) : bytes);
  return name;
}

export function numberColumn(table: Table, name: string): NumberColumn {
  const column = table.columns.find((c) => c.name === name);
  expect(column, `column ${name}`).toBeDefined();
  expect(column!.kind, `kind of ${name}`).toBe('number');
  return column as NumberColumn;
}

export function stringColumn(table: Table, name: string): StringColumn {
  const column = table.columns.find((c) => c.name === name);
  expect(column, `column ${name}`).toBeDefined();
  expect(column!.kind, `kind of ${name}`).toBe('string');
  return column as StringColumn;
}

/** A number column's cells as plain values, null where missing. */
export function cells(column: Column): (number | string | null)[] {
  if (column.kind === 'string') return column.values;
  return Array.from(column.values, (v, i) => (column.missing && column.missing[i] ? null : v));
}

/** The one-line form of the UserError `promise` rejects with. */
export async function userError(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error('expected a UserError, but the read succeeded');
}

/** Drains an async iterable into an array. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
