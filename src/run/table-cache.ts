/**
 * One read of a file that two gates of a suite name: performance-gate and
 * fairness-gate usually judge the same predictions file, drift-check's
 * current data may be validate-schema's data. Before the gates run, the
 * suite lists the paths each gate's inputs name; a path named by two or more
 * gates is read once, whole, when a gate first asks for it, and each request
 * gets what a read of its own would have given it: only the columns it asks
 * for, in the file's order, or the same "no column" error. The table is
 * dropped once the last gate naming the file has run.
 *
 * Only plain reads are shared: a read that reports short rows back to its
 * gate (validate-schema), asks for shared memory or a row limit reads on its
 * own. When the whole-file read fails (say, a bad cell in a column no gate
 * asked for), the request reads on its own, so its result and error are
 * exactly those of the gate alone.
 *
 * Sharing is sound because nothing writes into a table's columns (see
 * core/table.ts); test/run/run-suite.test.ts checks that the suite's reports
 * equal the gates' reports run one by one.
 */
import { resolve } from 'node:path';
import type { Table } from '../core/table.js';
import { unknownColumn } from '../readers/columns.js';
import type { ReadOptions } from '../readers/options.js';
import { tableReadHook, type ReadTable, type TableReadHook } from '../readers/read-hook.js';

interface Entry {
  table: Promise<Table>;
  path: string;
}

export class SharedTables implements TableReadHook {
  private readonly entries = new Map<string, Entry>();
  /** Absolute path → the gates still to run that name it. */
  private readonly pending = new Map<string, Set<string>>();
  /** Whole-file reads made for sharing, and requests served from them: for tests and the debug log. */
  readonly stats = { reads: 0, served: 0 };

  /** `namedBy`: absolute path → the gates whose inputs name it. Only paths of two or more gates are shared. */
  constructor(namedBy: Map<string, Set<string>>) {
    for (const [path, gates] of namedBy) if (gates.size >= 2) this.pending.set(path, new Set(gates));
  }

  /** The paths shared between gates. */
  sharedPaths(): string[] {
    return [...this.pending.keys()];
  }

  /** Run `fn` (a gate) with its table reads going through this cache. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    return tableReadHook.run(this, fn);
  }

  /** A gate has run: tables no later gate names are let go. */
  release(gate: string): void {
    for (const [path, gates] of this.pending) {
      gates.delete(gate);
      if (gates.size > 0) continue;
      this.pending.delete(path);
      for (const [key, entry] of this.entries) if (entry.path === path) this.entries.delete(key);
    }
  }

  async read(path: string, options: ReadOptions, readFresh: ReadTable): Promise<Table> {
    const absolute = resolve(options.cwd ?? process.cwd(), path);
    const plain = !options.shortRow && !options.sharedNumbers && options.maxRows === undefined;
    if (!plain || !this.pending.has(absolute)) return readFresh(path, options);
    // The path as written is part of the key: it is how the table names its source in messages.
    const key = JSON.stringify([absolute, path, options.format ?? null, Boolean(options.keepText)]);
    let entry = this.entries.get(key);
    if (!entry) {
      this.stats.reads++;
      entry = { path: absolute, table: readFresh(path, { ...options, columns: undefined }) };
      this.entries.set(key, entry);
    }
    let table: Table;
    try {
      table = await entry.table;
    } catch {
      this.entries.delete(key);
      return readFresh(path, options);
    }
    this.stats.served++;
    return project(table, options.columns);
  }
}

/** The table a read of only `columns` gives: those columns in the file's order; an unknown one is the reader's error. */
export function project(table: Table, columns: string[] | undefined): Table {
  if (!columns) return table;
  const names = table.columns.map((c) => c.name);
  for (const name of columns) if (!names.includes(name)) throw unknownColumn(name, names, table.source);
  const wanted = new Set(columns);
  return { ...table, columns: table.columns.filter((c) => wanted.has(c.name)) };
}
