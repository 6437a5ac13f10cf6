/** drift-check's work on a second thread (registered with the others in entry/worker-tasks.ts). */
import type { TaskTable } from '../../parallel/task.js';

export const DRIFT_TASKS: TaskTable = {
  /** Read and prepare the reference file (reference-worker.ts). */
  'drift-reference': () => import('./reference-worker.js').then((m) => m.referenceTask),
  /** Read and prepare the second half of the current file (current-in-parts.ts). */
  'drift-current-part': () => import('./current-in-parts.js').then((m) => m.currentPartTask),
};
