/**
 * The current file read and prepared in two halves at once, when no other
 * thread is busy (the reference is a profile, or came from the cache): the
 * main thread reads and sorts the first half while a worker reads and sorts
 * the second (readers/csv-split.ts cuts the file), and the sorted halves are
 * merged (prepared-reference.ts). Sorting each half and merging gives the
 * same arrays as sorting the whole.
 *
 * Whenever the halves do not give exactly the one-thread result (the file is
 * not cut, a part fails, a column differs in type), it says why, and the
 * caller reads the file whole, in this thread, with its exact messages.
 */
import type { Progress } from '../../core/gate.js';
import { runWorkerTask } from '../../parallel/worker-task.js';
import type { TaskResult } from '../../parallel/tasks.js';
import { readCsvPartUnchecked } from '../../readers/csv.js';
import { firstPartOptions, planCsvSplit, type CsvPartRequest } from '../../readers/csv-split.js';
import { openSource } from '../../readers/source.js';
import { mergePrepared, prepareReference, transferList, type PreparedReference, type PrepareOptions } from './prepared-reference.js';

export interface CurrentPartRequest {
  read: CsvPartRequest;
  prepare: Pick<PrepareOptions, 'columnTypes' | 'skip'>;
}

async function readAndPrepare(req: CurrentPartRequest, progress?: (p: Progress) => void): Promise<PreparedReference> {
  const { table } = await readCsvPartUnchecked(req.read.source, { ...req.read.options, progress }, req.read.part);
  return prepareReference(table, { ...req.prepare, consume: true });
}

/** The worker's side (parallel/tasks.ts). */
export async function currentPartTask(req: CurrentPartRequest): Promise<TaskResult> {
  const prepared = await readAndPrepare(req);
  return { value: prepared, transfer: transferList(prepared) };
}

export interface CurrentInParts {
  path: string;
  cwd: string;
  columns?: string[];
  prepare: CurrentPartRequest['prepare'];
  /** The bundle for the worker (parallel/bundle-url.ts). */
  bundle: string;
  progress?: (p: Progress) => void;
  /** Files smaller than this are not cut (readers/csv-split.ts). */
  minBytes?: number;
}

/** The prepared file, or why it is better read whole in one thread. */
export async function prepareCurrentInParts(o: CurrentInParts): Promise<{ prepared: PreparedReference } | { whole: string }> {
  const source = await openSource(o.path, { cwd: o.cwd });
  const split = await planCsvSplit(source, { columns: o.columns }, o.minBytes);
  if (!split) return { whole: 'not cut' };
  const options = { columns: o.columns };
  const second = runWorkerTask<PreparedReference>(o.bundle, 'drift-current-part', { read: { source, options, part: split.second }, prepare: o.prepare });
  const firstOptions = firstPartOptions({ ...options, progress: o.progress });
  const first = readAndPrepare({ read: { source, options, part: split.first }, prepare: o.prepare }, firstOptions.progress);
  const [a, b] = await Promise.allSettled([first, second]);
  if (a.status === 'rejected') return { whole: `the first part failed: ${String(a.reason)}` };
  if (b.status === 'rejected') return { whole: `the second part failed: ${String(b.reason)}` };
  const merged = mergePrepared(a.value, b.value);
  if (!merged) return { whole: 'a column differs in type between the parts, or has an error' };
  o.progress?.({ file: source.display, rows: merged.tableRows, bytes: source.size, done: true });
  return { prepared: merged };
}
