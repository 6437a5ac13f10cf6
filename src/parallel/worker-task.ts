/**
 * Running one task on a second thread: a runner has at least two cores, and
 * reading and sorting large files is most of a gate's time. The worker loads
 * the bundle, runs the named task (tasks.ts) on `data`, and posts the result
 * back, transferring its typed arrays rather than copying them.
 *
 * Messages from the worker: `{ progress }` any number of times, then one
 * `{ done }` or `{ failed }` (serial-error.ts).
 */
import { Worker } from 'node:worker_threads';
import type { Progress } from '../core/gate.js';
import { reviveError, type SerialError } from './serial-error.js';

export type WorkerMessage = { progress: Progress } | { done: unknown } | { failed: SerialError };

/** What a worker is started with. */
export interface TaskRequest {
  task: string;
  data: unknown;
}

/**
 * Run `task` on `data` in a worker loaded from `bundle` (bundle-url.ts).
 * A UserError in the worker rejects with the same UserError; a crash rejects
 * with an Error naming the task.
 */
export function runWorkerTask<R>(bundle: string, task: string, data: unknown, progress?: (p: Progress) => void): Promise<R> {
  return new Promise((resolvePromise, reject) => {
    const code = `import(${JSON.stringify(bundle)}).then((m) => m.modelgateWorker());`;
    const request: TaskRequest = { task, data };
    const worker = new Worker(code, { eval: true, workerData: request });
    let settled = false;
    worker.on('message', (m: WorkerMessage) => {
      if ('progress' in m) progress?.(m.progress);
      else if ('done' in m) {
        settled = true;
        resolvePromise(m.done as R);
        void worker.terminate();
      } else {
        settled = true;
        reject(reviveError(m.failed, task));
        void worker.terminate();
      }
    });
    worker.on('error', (err) => {
      if (!settled) reject(new Error(`${task} worker: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`${task} worker exited with code ${code} before it finished`));
      settled = true;
    });
  });
}
