/**
 * A hook around `readTable` for the duration of one piece of work: the suite
 * (src/run/table-cache.ts) installs one so that a file two gates name is read
 * once. Without a hook, nothing changes. AsyncLocalStorage scopes it to the
 * calls made inside `tableReadHook.run(hook, fn)` and nothing else.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Table } from '../core/table.js';
import type { ReadOptions } from './options.js';

export type ReadTable = (path: string, options: ReadOptions) => Promise<Table>;

export interface TableReadHook {
  /** Return the table `readFresh(path, options)` would, reading or not. */
  read(path: string, options: ReadOptions, readFresh: ReadTable): Promise<Table>;
}

export const tableReadHook = new AsyncLocalStorage<TableReadHook>();
