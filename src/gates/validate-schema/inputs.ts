/**
 * validate-schema's inputs, each declared once (see core/inputs.ts): action.yml,
 * the CLI flags, the policy keys, the docs table and the typed inputs of
 * `runValidateSchema` all come from this list.
 */
import { z } from 'zod';
import { defineInputs, type InputsOf, type OutputSpec } from '../../core/inputs.js';
import { SCHEMA_FORMATS } from './contract/load.js';

const optionalString = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().min(1).optional());
const optionalNumber = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().min(0).optional());

export const inputs = defineInputs({
  data: {
    file: true,
    schema: z.string({ error: 'data is required: the data file or glob to validate' }).min(1, 'data is required: the data file or glob to validate'),
    description: 'Data file to validate (CSV, TSV, JSON Lines, JSON, Parquet, optionally .gz), or a glob: every matching file is validated.',
    examples: ['data/train.csv', 'data/*.parquet'],
  },
  schema: {
    file: true,
    schema: optionalString,
    description:
      'Path of the data contract: a modelgate contract (YAML/JSON), a Frictionless Table Schema, a Great Expectations suite, a JSON Schema for records, or an MLflow `MLmodel` file. Required unless `infer-to` is set.',
    examples: ['contracts/train.yml'],
  },
  'schema-format': {
    schema: z.enum(SCHEMA_FORMATS).default('auto'),
    description: `Format of \`schema\`: ${SCHEMA_FORMATS.map((f) => `\`${f}\``).join(', ')} (\`auto\`: detected from the content).`,
    examples: [...SCHEMA_FORMATS],
  },
  baseline: {
    file: true,
    schema: optionalString,
    description: 'Reference data file (e.g. last accepted training set) to compare null rates and row count with.',
  },
  'null-rate-increase': {
    schema: z.coerce.number().min(0).max(1).default(0.1),
    description: "With `baseline`: largest allowed rise of a column's share of missing cells, as a fraction (0.10 = 10 percentage points).",
    examples: ['0.05'],
  },
  'row-count-change': {
    schema: optionalNumber,
    description: 'With `baseline`: largest allowed relative change of the row count, e.g. `0.5` allows 50% fewer or more rows. Not checked when unset.',
    examples: ['0.5'],
  },
  'baseline-severity': {
    schema: z.enum(['warn', 'error']).default('warn'),
    description: 'What a baseline rule that does not hold does: `warn` or `error` (fails the gate).',
    examples: ['warn', 'error'],
  },
  'infer-to': {
    schema: optionalString,
    description:
      'Write a modelgate contract inferred from the (first) `data` file to this path: types, nullability, min/max, categories, uniqueness. Without `schema` the gate only infers and passes.',
    notInPolicy: true,
  },
  'max-examples': {
    schema: z.coerce.number().int().min(0).max(1000).default(5),
    description: 'How many offending rows and values to keep per rule in the report.',
  },
  'max-annotations': {
    schema: z.coerce.number().int().min(0).max(1000).default(10),
    description: 'Most file annotations to emit on the data file (GitHub shows 10 per level per step).',
  },
});

export type ValidateSchemaInputs = InputsOf<typeof inputs>;

export const outputs: OutputSpec[] = [
  { name: 'violations', description: 'Number of rules that do not hold (failing or warning).' },
  { name: 'rows', description: 'Rows read from the data file(s).' },
];
