/**
 * The worker's side of worker-task.ts, run by the bundle's `modelgateWorker`
 * with the table of tasks (entry/worker-tasks.ts): run the task named in
 * `workerData` once and post the result (or the error) back. Kept tiny,
 * since the bundle loads it eagerly.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { serialError } from './serial-error.js';
import type { TaskTable } from './task.js';
import { Inbox, type TaskChannel, type TaskRequest, type WorkerMessage } from './worker-task.js';

export async function runWorker(tasks: () => Promise<TaskTable>): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('modelgateWorker runs only in a worker thread');
  const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
  const inbox = new Inbox();
  port.on('message', (m: { message: unknown }) => inbox.put(m.message));
  const channel: TaskChannel = { send: (message, transfer) => post({ message }, transfer), receive: () => inbox.take() };
  const { task, data } = workerData as TaskRequest;
  try {
    const load = (await tasks())[task];
    if (!load) throw new Error(`no task named "${task}"`);
    const run = await load();
    const result = await run(data as never, (p) => post({ progress: p }), channel);
    post({ done: result.value }, result.transfer);
  } catch (err) {
    post({ failed: serialError(err) });
  } finally {
    port.removeAllListeners('message');
  }
}
