// Entry of actions/performance-gate: the code is in the shared bundle.
import { runAction } from '../index.js';

await runAction('performance-gate');
