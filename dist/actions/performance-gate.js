// Entry of actions/performance-gate: the code is in the shared bundle.
import { isEntryScript, runAction } from '../index.js';

/** Runs the action: reads INPUT_* variables, writes outputs and the job summary, fails the step on a failing verdict. */
export function run() {
  return runAction('performance-gate');
}

if (isEntryScript(import.meta.url)) await run();
