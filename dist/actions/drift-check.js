// Entry of actions/drift-check: the code is in the shared bundle.
import { runAction } from '../index.js';

await runAction('drift-check');
