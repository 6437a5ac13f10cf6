// Reads one data file in its own process, so that its peak memory can be
// measured: argv = path, then the limits as JSON ({} for the defaults).
// Prints {"rows": n} or {"error": "<the UserError's one line>"}, then the
// peak resident set size in bytes, as one JSON line.
import { readTable } from '../../../src/readers/index.js';
import { UserError } from '../../../src/core/errors.js';

const [path, limits] = process.argv.slice(2);
let result: { rows?: number; error?: string };
try {
  const table = await readTable(path, JSON.parse(limits));
  result = { rows: table.rowCount };
} catch (err) {
  if (!(err instanceof UserError)) throw err;
  result = { error: err.format() };
}
process.stdout.write(JSON.stringify({ ...result, maxRss: process.resourceUsage().maxRSS * 1024 }));
