#!/usr/bin/env node
// The modelgate CLI: the same code path as the actions.
import { runCli } from './index.js';

process.exitCode = await runCli(process.argv.slice(2));
