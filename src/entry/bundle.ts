/**
 * The shared bundle (dist/index.js). Each action's tiny entry in
 * dist/actions/<gate>.js and the CLI in dist/cli.js import it, so the
 * repository ships one copy of the code, not one per action. Gate code and
 * heavy dependencies load lazily in chunks beside it.
 */
export { runAction } from '../adapters/action/run-action.js';
export { runCli } from '../adapters/cli/run-cli.js';
export { describeGates } from './describe.js';
export { modelgateWorker } from '../parallel/worker-entry.js';
