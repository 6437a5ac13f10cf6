// Node module hook: @actions/workflow-parser imports its two schema files as
// JSON modules without `with { type: 'json' }`, which bundlers accept and
// Node refuses. Served as ES modules exporting the parsed JSON, they load.
import { readFile } from 'node:fs/promises';

export async function load(url, context, nextLoad) {
  if (/\/@actions\/workflow-parser\/dist\/[^/]+\.json$/.test(url)) {
    const text = await readFile(new URL(url), 'utf8');
    return { format: 'module', source: `export default ${text};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}
