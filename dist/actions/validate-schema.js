// Entry of actions/validate-schema: the code is in the shared bundle.
import { runAction } from '../index.js';

await runAction('validate-schema');
