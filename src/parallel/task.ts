/**
 * What a second thread can run: a named task. Each gate that uses a worker
 * owns its tasks (e.g. gates/drift-check/worker-tasks.ts); the bundle's entry
 * registers them all in one table (entry/worker-tasks.ts), and the worker
 * loads a task's code only when asked for it, so start-up stays small.
 *
 * A task takes plain data (what structured clone carries), a progress
 * callback and a channel to its caller (worker-task.ts), and returns its
 * result with the buffers to transfer.
 */
import type { Progress } from '../core/gate.js';
import type { TaskChannel } from './worker-task.js';

export interface TaskResult {
  value: unknown;
  transfer: ArrayBuffer[];
}

export type Task = (data: never, progress: (p: Progress) => void, channel: TaskChannel) => Promise<TaskResult>;

/** Task name → loader of its code. */
export type TaskTable = Record<string, () => Promise<Task>>;
