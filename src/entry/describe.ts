/**
 * What the build publishes from the code: each gate's inputs and outputs
 * (for action.yml and the docs), the policy file's JSON Schema (from the
 * gates' zod schemas) and the JSON report's schema. Generating them keeps
 * action.yml, the docs and the code from drifting apart.
 */
import { z } from 'zod';
import { COMMON_INPUTS, COMMON_OUTPUTS, type InputSpec, type OutputSpec } from '../core/inputs.js';
import { reportSchema } from '../core/report.js';
import { availableGates, loadGate } from '../gates/index.js';
import { SUITE_ACTION, SUITE_INPUTS, SUITE_ORDER, SUITE_OUTPUTS } from '../run/suite-inputs.js';

export interface GateDescription {
  name: string;
  title: string;
  description: string;
  inputs: InputSpec[];
  outputs: OutputSpec[];
  /** Generated Markdown sections of the gate's docs page, by marker name (see Gate.docTables). */
  docTables: Record<string, string>;
}

/** The root action: the suite's inputs and outputs (run/suite-inputs.ts). */
export interface SuiteDescription {
  name: string;
  description: string;
  inputs: InputSpec[];
  outputs: OutputSpec[];
  /** Gate names, in the order the suite runs them. */
  order: readonly string[];
}

export interface Description {
  gates: GateDescription[];
  suite: SuiteDescription;
  schemas: Record<string, unknown>;
}

const SCHEMA_BASE = 'https://raw.githubusercontent.com/modelgate/modelgate/main/docs/schemas';

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): Record<string, unknown> {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
}

export async function describeGates(): Promise<Description> {
  const gates: GateDescription[] = [];
  const schemas: Record<string, unknown> = {};
  const policyProps: Record<string, unknown> = {};
  const reportBranches: Record<string, unknown>[] = [];
  const commonProps: Record<string, unknown> = {};
  for (const spec of COMMON_INPUTS) if (!spec.notInPolicy) commonProps[spec.name] = { description: spec.description };
  for (const name of availableGates()) {
    const gate = (await loadGate(name))!;
    gates.push({
      name: gate.name,
      title: gate.title,
      description: gate.description,
      inputs: [...gate.inputs.specs, ...COMMON_INPUTS],
      outputs: [...COMMON_OUTPUTS, ...gate.outputs],
      docTables: gate.docTables?.() ?? {},
    });
    const gateSchema = toJsonSchema(gate.inputs.schema, 'input');
    delete gateSchema.$schema;
    const props = (gateSchema.properties ?? {}) as Record<string, Record<string, unknown>>;
    for (const spec of gate.inputs.specs) {
      if (spec.notInPolicy) delete props[spec.name];
      else if (props[spec.name]) {
        // The policy file may write a list as "a, b" as well as [a, b]:
        // both are converted like the action input before validation.
        if (spec.kind === 'list') props[spec.name] = { anyOf: [{ type: 'string' }, props[spec.name]] };
        props[spec.name].description = spec.description;
      }
    }
    // In the policy file nothing is required: inputs can still come from the step.
    delete gateSchema.required;
    policyProps[gate.name] = { ...gateSchema, properties: { ...props, ...commonProps }, additionalProperties: false };
    for (const [file, schema] of Object.entries(gate.schemas?.() ?? {})) schemas[file] = schema;
    if (gate.reportSections) {
      // The gate's sections sit beside the common fields: the branch lists
      // them, and the root's unevaluatedProperties closes the report.
      const sections = toJsonSchema(gate.reportSections);
      delete sections.$schema;
      delete sections.additionalProperties;
      reportBranches.push({ if: { properties: { gate: { const: gate.name } }, required: ['gate'] }, then: sections });
    }
  }
  schemas.policy = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE}/policy.schema.json`,
    title: 'modelgate policy file (modelgate.yml)',
    type: 'object',
    properties: { defaults: { type: 'object', properties: commonProps, additionalProperties: false }, ...policyProps },
    additionalProperties: false,
  };
  const report = toJsonSchema(reportSchema);
  const closed = reportBranches.length === gates.length;
  if (closed) delete report.additionalProperties;
  schemas.report = {
    $id: `${SCHEMA_BASE}/report.schema.json`,
    title: 'modelgate JSON report',
    ...report,
    ...(reportBranches.length ? { allOf: reportBranches } : {}),
    // Once every gate describes its sections, nothing else may appear.
    ...(closed ? { unevaluatedProperties: false } : {}),
  };
  const suite: SuiteDescription = { ...SUITE_ACTION, inputs: SUITE_INPUTS.specs, outputs: SUITE_OUTPUTS, order: SUITE_ORDER };
  return { gates, suite, schemas };
}
