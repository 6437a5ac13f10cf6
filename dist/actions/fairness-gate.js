// Entry of actions/fairness-gate: the code is in the shared bundle.
import { runAction } from '../index.js';

await runAction('fairness-gate');
