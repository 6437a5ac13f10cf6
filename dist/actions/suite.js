// Entry of the root action (action.yml): several gates in one step: the code is in the shared bundle.
import { isEntryScript, runSuiteAction } from '../index.js';

/** Runs the action: reads INPUT_* variables, writes outputs and the job summary, fails the step on a failing verdict. */
export function run() {
  return runSuiteAction();
}

if (isEntryScript(import.meta.url)) await run();
