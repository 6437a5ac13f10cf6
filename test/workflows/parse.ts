/**
 * Validation of workflow files and action metadata with GitHub's own parser,
 * @actions/workflow-parser (the library behind the Actions VS Code extension
 * and language server), against its bundled schemas `workflow-v1.0` and
 * `action-v1.0`.
 *
 * The package's `parseWorkflow` / `parseAction` entry points import those
 * schemas as JSON modules without an import attribute, which plain Node
 * refuses to load. The parsers themselves take a ready TemplateContext, so
 * we load the same schema files from the package and do exactly what the
 * entry points do: read the YAML, report YAML errors, then read the template
 * against the schema's root definition.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTION_ROOT } from '@actions/workflow-parser/actions/action-constants';
import { JSONObjectReader } from '@actions/workflow-parser/templates/json-object-reader';
import { TemplateSchema } from '@actions/workflow-parser/templates/schema/index';
import { TemplateContext, TemplateValidationErrors } from '@actions/workflow-parser/templates/template-context';
import { readTemplate } from '@actions/workflow-parser/templates/template-reader';
import { NoOperationTraceWriter } from '@actions/workflow-parser/templates/trace-writer';
import { WORKFLOW_ROOT } from '@actions/workflow-parser/workflows/workflow-constants';
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader';

// The package exports only an `import` condition; its main entry sits in dist/ next to the schemas.
const distDir = dirname(fileURLToPath(import.meta.resolve('@actions/workflow-parser')));

const schemas = new Map<string, TemplateSchema>();
function schema(file: 'workflow-v1.0.min.json' | 'action-v1.0.min.json'): TemplateSchema {
  let s = schemas.get(file);
  if (!s) {
    s = TemplateSchema.load(new JSONObjectReader(undefined, readFileSync(join(distDir, file), 'utf8')));
    schemas.set(file, s);
  }
  return s;
}

function validate(name: string, content: string, s: TemplateSchema, root: string): string[] {
  const context = new TemplateContext(new TemplateValidationErrors(), s, new NoOperationTraceWriter());
  const fileId = context.getFileId(name);
  const reader = new YamlObjectReader(fileId, content);
  if (reader.errors.length > 0) {
    for (const err of reader.errors) context.error(fileId, err.message, err.range);
  } else {
    readTemplate(context, root, reader, fileId);
  }
  return context.errors.getErrors().map((e) => e.message);
}

/** Errors of a workflow file (empty when valid). */
export function workflowErrors(name: string, content: string): string[] {
  return validate(name, content, schema('workflow-v1.0.min.json'), WORKFLOW_ROOT);
}

/** Errors of an action.yml (empty when valid). */
export function actionErrors(name: string, content: string): string[] {
  return validate(name, content, schema('action-v1.0.min.json'), ACTION_ROOT);
}
