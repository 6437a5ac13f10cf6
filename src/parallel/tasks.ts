/**
 * The tasks a second thread can run, by name. Each loads its code only when
 * a worker asks for it, so the bundle's start-up stays small.
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

export const TASKS: Record<string, () => Promise<Task>> = {
  /** drift-check: read and prepare the reference file (gates/drift-check/reference-worker.ts). */
  'drift-reference': () => import('../gates/drift-check/reference-worker.js').then((m) => m.referenceTask),
  /** drift-check: read and prepare the second half of the current file (gates/drift-check/current-in-parts.ts). */
  'drift-current-part': () => import('../gates/drift-check/current-in-parts.js').then((m) => m.currentPartTask),
};
