/**
 * Read and prepare the reference file on a second thread while the main
 * thread reads the current one: the two reads are most of drift-check's time
 * on large files, and a runner has at least two cores. The worker reads the
 * table, prepares its columns (prepared-reference.ts), and transfers the
 * sorted arrays back (no copy); its copy of the raw table dies with it.
 *
 * A worker needs code to run: the built bundle (parallel/bundle-url.ts).
 * When the code runs from source (the unit tests), there is no bundle and
 * the reference is read in-thread, with the same result.
 */
import type { Progress } from '../../core/gate.js';
import type { ReadLimits } from '../../core/read-limits.js';
import { runWorkerTask } from '../../parallel/worker-task.js';
import type { TaskResult } from '../../parallel/task.js';
import { readTable } from '../../readers/index.js';
import { prepareReference, transferList, type PreparedReference, type PrepareOptions } from './prepared-reference.js';
import { sampleRows } from './sample-rows.js';

export interface ReferenceRequest {
  path: string;
  cwd: string;
  /** The run's read limits (GateContext.readLimits). */
  limits?: ReadLimits;
  /** Columns to read (undefined: all). */
  columns?: string[];
  columnTypes: PrepareOptions['columnTypes'];
  skip: string[];
  sample?: number;
  seed: number;
}

/** Read and prepare the reference in this thread. */
export async function prepareReferenceHere(req: ReferenceRequest, progress?: (p: Progress) => void): Promise<PreparedReference> {
  const table = await readTable(req.path, { ...req.limits, cwd: req.cwd, columns: req.columns, progress });
  const rows = sampleRows(table.rowCount, req.sample, req.seed);
  return prepareReference(table, { columnTypes: req.columnTypes, skip: req.skip, rows, consume: true });
}

/**
 * Start reading and preparing the reference: in a worker when `bundleUrl`
 * (the file URL of the built dist/index.js) is given, else in this thread.
 */
export function startReference(req: ReferenceRequest, bundleUrl: string | undefined, progress?: (p: Progress) => void): Promise<PreparedReference> {
  if (!bundleUrl) return prepareReferenceHere(req, progress);
  return runWorkerTask<PreparedReference>(bundleUrl, 'drift-reference', req, progress);
}

/** The worker's side (worker-tasks.ts): the prepared reference, its sorted arrays transferred. */
export async function referenceTask(req: ReferenceRequest, progress: (p: Progress) => void): Promise<TaskResult> {
  const prepared = await prepareReferenceHere(req, progress);
  return { value: prepared, transfer: transferList(prepared) };
}
