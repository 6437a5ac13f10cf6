// Entry of actions/canary-decision: the code is in the shared bundle.
import { runAction } from '../index.js';

await runAction('canary-decision');
