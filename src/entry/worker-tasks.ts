/** Every task a worker thread can run, by name: each gate's own table, registered here once. */
import { DRIFT_TASKS } from '../gates/drift-check/worker-tasks.js';
import type { TaskTable } from '../parallel/task.js';

export const TASKS: TaskTable = { ...DRIFT_TASKS };
