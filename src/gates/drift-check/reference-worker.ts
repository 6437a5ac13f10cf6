/**
 * Read and prepare the reference file on a second thread while the main
 * thread reads the current one: the two reads are most of drift-check's time
 * on large files, and a runner has at least two cores. The worker reads the
 * table, prepares its columns (prepared-reference.ts), and transfers the
 * sorted arrays back (no copy); its copy of the raw table dies with it.
 *
 * A worker needs code to run: the built bundle (dist/index.js), which exports
 * `driftReferenceWorker` (worker-entry.ts). When the code runs from source
 * (the unit tests), there is no bundle and the reference is read in-thread,
 * with the same result.
 */
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../../core/errors.js';
import type { Progress } from '../../core/gate.js';
import { readTable } from '../../readers/index.js';
import { prepareReference, transferList, type PreparedReference, type PrepareOptions } from './prepared-reference.js';
import { sampleRows } from './sample-rows.js';

export interface ReferenceRequest {
  path: string;
  cwd: string;
  /** Columns to read (undefined: all). */
  columns?: string[];
  columnTypes: PrepareOptions['columnTypes'];
  skip: string[];
  sample?: number;
  seed: number;
}

type SerialError = { user: true; message: string; file?: string; line?: number; field?: string } | { user: false; message: string };

type WorkerMessage =
  | { progress: Progress }
  | { done: PreparedReference }
  | { failed: SerialError };

function serialError(err: unknown): SerialError {
  if (err instanceof UserError) return { user: true, message: err.message, ...err.location };
  return { user: false, message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
}

function revive(e: SerialError): Error {
  if (e.user) {
    const { message, user: _user, ...location } = e;
    return new UserError(message, location);
  }
  return new Error(`drift-check reference worker: ${e.message}`);
}

/** Read and prepare the reference in this thread. */
export async function prepareReferenceHere(req: ReferenceRequest, progress?: (p: Progress) => void): Promise<PreparedReference> {
  const table = await readTable(req.path, { cwd: req.cwd, columns: req.columns, progress });
  const rows = sampleRows(table.rowCount, req.sample, req.seed);
  return prepareReference(table, { columnTypes: req.columnTypes, skip: req.skip, rows, consume: true });
}

/**
 * Start reading and preparing the reference: in a worker when `bundleUrl`
 * (the file URL of the built dist/index.js) is given, else in this thread.
 */
export function startReference(req: ReferenceRequest, bundleUrl: string | undefined, progress?: (p: Progress) => void): Promise<PreparedReference> {
  if (!bundleUrl) return prepareReferenceHere(req, progress);
  return new Promise((resolvePromise, reject) => {
    const code = `import(${JSON.stringify(bundleUrl)}).then((m) => m.driftReferenceWorker());`;
    const worker = new Worker(code, { eval: true, workerData: req });
    let settled = false;
    worker.on('message', (m: WorkerMessage) => {
      if ('progress' in m) progress?.(m.progress);
      else if ('done' in m) {
        settled = true;
        resolvePromise(m.done);
        void worker.terminate();
      } else {
        settled = true;
        reject(revive(m.failed));
        void worker.terminate();
      }
    });
    worker.on('error', (err) => {
      if (!settled) reject(new Error(`drift-check reference worker: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`drift-check reference worker exited with code ${code} before it finished`));
      settled = true;
    });
  });
}

/** The worker's side: answer the request in `workerData` once. */
export async function serveReference(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('serveReference runs only in a worker thread');
  const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
  try {
    const prepared = await prepareReferenceHere(workerData as ReferenceRequest, (p) => post({ progress: p }));
    post({ done: prepared }, transferList(prepared));
  } catch (err) {
    post({ failed: serialError(err) });
  }
}
