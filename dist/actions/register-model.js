// Entry of actions/register-model: the code is in the shared bundle.
import { runAction } from '../index.js';

await runAction('register-model');
