/**
 * Validation of workflow files and action metadata with GitHub's own parser,
 * @actions/workflow-parser (the library behind the Actions VS Code extension
 * and language server): `parseWorkflow` / `parseAction` check a file against
 * the bundled `workflow-v1.0` / `action-v1.0` schemas (keys, value types,
 * expressions and the contexts they may use), and `convertWorkflowTemplate`
 * / `convertActionTemplate` add the checks made when GitHub builds the run
 * (job dependencies, `runs` consistency, ...).
 *
 * The package imports its schemas as JSON modules without an import
 * attribute, which Node refuses; ./json-module-hook.mjs serves them as ES
 * modules, so it must be registered before the package is first imported.
 */
import { register } from 'node:module';

register(new URL('./json-module-hook.mjs', import.meta.url));

const parser = await import('@actions/workflow-parser');
const actions = await import('@actions/workflow-parser/actions/index');

type Context = { errors: { getErrors(): { message: string }[] } };
const messages = (context: Context) => context.errors.getErrors().map((e) => e.message);

/** Errors of a workflow file (empty when valid). */
export async function workflowErrors(name: string, content: string): Promise<string[]> {
  const result = parser.parseWorkflow({ name, content }, new parser.NoOperationTraceWriter());
  if (result.value && result.context.errors.count === 0) {
    // Adds its findings to the same context.
    await parser.convertWorkflowTemplate(result.context, result.value);
  }
  return messages(result.context);
}

/** Errors of an action.yml (empty when valid). */
export function actionErrors(name: string, content: string): string[] {
  const result = actions.parseAction({ name, content }, new parser.NoOperationTraceWriter());
  if (result.value && result.context.errors.count === 0) actions.convertActionTemplate(result.context, result.value);
  return messages(result.context);
}
