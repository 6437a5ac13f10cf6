/**
 * Running one task on a second thread: a runner has at least two cores, and
 * reading and sorting large files is most of a gate's time. The worker loads
 * the bundle, runs the named task (tasks.ts) on `data`, and posts the result
 * back, transferring its typed arrays rather than copying them.
 *
 * Messages from the worker: `{ progress }` and `{ message }` (to the task's
 * caller, see TaskChannel) any number of times, then one `{ done }` or
 * `{ failed }` (serial-error.ts). To the worker: `{ message }`.
 */
import { Worker } from 'node:worker_threads';
import type { Progress } from '../core/gate.js';
import { reviveError, type SerialError } from './serial-error.js';

export type WorkerMessage = { progress: Progress } | { message: unknown } | { done: unknown } | { failed: SerialError };

/** What a worker is started with. */
export interface TaskRequest {
  task: string;
  data: unknown;
}

/**
 * One side of a conversation between the task's caller and the task, for
 * tasks that exchange data half-way (e.g. each thread sorting the columns the
 * other read). Messages arrive in order; `receive` waits for the next one.
 */
export interface TaskChannel {
  send(message: unknown, transfer?: ArrayBuffer[]): void;
  receive(): Promise<unknown>;
}

/** A queue of incoming messages that `receive` takes in order. */
export class Inbox {
  private readonly queue: unknown[] = [];
  private waiting: ((m: unknown) => void)[] = [];

  put(message: unknown): void {
    const next = this.waiting.shift();
    if (next) next(message);
    else this.queue.push(message);
  }

  take(): Promise<unknown> {
    return this.queue.length ? Promise.resolve(this.queue.shift()) : new Promise((resolve) => this.waiting.push(resolve));
  }
}

export interface RunningTask<R> {
  result: Promise<R>;
  channel: TaskChannel;
  /** Stops the worker; `result` then rejects (and is marked handled). */
  stop(): void;
}

/**
 * Start `task` on `data` in a worker loaded from `bundle` (bundle-url.ts).
 * A UserError in the worker rejects `result` with the same UserError; a
 * crash rejects it with an Error naming the task.
 */
export function startWorkerTask<R>(bundle: string, task: string, data: unknown, progress?: (p: Progress) => void): RunningTask<R> {
  const code = `import(${JSON.stringify(bundle)}).then((m) => m.modelgateWorker());`;
  const request: TaskRequest = { task, data };
  const worker = new Worker(code, { eval: true, workerData: request });
  const inbox = new Inbox();
  const result = new Promise<R>((resolvePromise, reject) => {
    let settled = false;
    worker.on('message', (m: WorkerMessage) => {
      if ('progress' in m) progress?.(m.progress);
      else if ('message' in m) inbox.put(m.message);
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
  const channel: TaskChannel = {
    send: (message, transfer = []) => worker.postMessage({ message }, transfer),
    receive: () => inbox.take(),
  };
  const stop = () => {
    result.catch(() => undefined);
    void worker.terminate();
  };
  return { result, channel, stop };
}

/** Run `task` on `data` in a worker and wait for its result (see startWorkerTask). */
export function runWorkerTask<R>(bundle: string, task: string, data: unknown, progress?: (p: Progress) => void): Promise<R> {
  return startWorkerTask<R>(bundle, task, data, progress).result;
}
