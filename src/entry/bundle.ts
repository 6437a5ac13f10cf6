/**
 * The shared bundle (dist/index.js). Each action's tiny entry in
 * dist/actions/<gate>.js and the CLI in dist/cli.js import it, so the
 * repository ships one copy of the code, not one per action. Gate code and
 * heavy dependencies load lazily in chunks beside it.
 *
 * Even the adapters load lazily, so that importing the bundle evaluates
 * almost nothing: a worker thread imports it too (for `modelgateWorker`),
 * and needs neither zod nor yaml nor the GitHub client. Evaluating them
 * eagerly cost each worker about 40 ms before it could start its task
 * (measured on Node 24), time the main thread then waited for.
 */
import type { CliIo } from '../adapters/cli/run-cli.js';
import type { Description } from './describe.js';

import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runWorker } from '../parallel/worker-entry.js';

/** A worker thread's entry (parallel/worker-task.ts starts it): runs one registered task. */
export function modelgateWorker(): Promise<void> {
  return runWorker(() => import('./worker-tasks.js').then((m) => m.TASKS));
}

/** Runs one gate as a GitHub Action (adapters/action/run-action.ts). */
export async function runAction(gateName: string): Promise<void> {
  return (await import('../adapters/action/run-action.js')).runAction(gateName);
}

/** Runs several gates in one step as the root action (adapters/action/run-suite-action.ts). */
export async function runSuiteAction(): Promise<void> {
  return (await import('../adapters/action/run-suite-action.js')).runSuiteAction();
}

/**
 * Whether the module at `moduleUrl` is the script the process was started
 * with (`node dist/actions/<gate>.js`, as the runner starts an action), as
 * opposed to imported by a tool that calls its `run()` itself, such as
 * GitHub's `@github/local-action`.
 */
export function isEntryScript(moduleUrl: string): boolean {
  const started = process.argv[1];
  if (!started) return false;
  try {
    return realpathSync(fileURLToPath(moduleUrl)) === realpathSync(started);
  } catch {
    return false;
  }
}

/** The `modelgate` command line (adapters/cli/run-cli.ts); resolves to the exit code. */
export async function runCli(argv: string[], io?: CliIo): Promise<number> {
  return (await import('../adapters/cli/run-cli.js')).runCli(argv, io);
}

/** Every gate's inputs, outputs and report sections (entry/describe.ts), for the build. */
export async function describeGates(): Promise<Description> {
  return (await import('./describe.js')).describeGates();
}
