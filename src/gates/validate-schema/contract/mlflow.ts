/**
 * The input signature of an MLflow model (the `signature.inputs` of an
 * `MLmodel` file, a JSON string inside YAML) to the contract model. Only
 * column-based signatures describe a table; tensor-based ones are refused.
 * Types follow mlflow.types.DataType: double/float → number,
 * long/integer → integer, string, boolean, datetime; binary is not checked.
 * A column spec's `required` (MLflow ≥ 2.13) makes the column optional when false.
 */
import { z } from 'zod';
import { UserError } from '../../../core/errors.js';
import { basename } from 'node:path';
import { objectOf, type ContractFormatEntry } from './format.js';
import { zodError } from './modelgate.js';
import type { ColumnContract, ColumnRule, ColumnType, Contract } from './model.js';
import type { ContractSource } from './source.js';

const TYPES: Record<string, ColumnType | null> = {
  double: 'number',
  float: 'number',
  long: 'integer',
  integer: 'integer',
  string: 'string',
  boolean: 'boolean',
  datetime: 'datetime',
  binary: null,
};

const mlmodelSchema = z
  .object({
    signature: z.object({ inputs: z.union([z.string(), z.array(z.unknown())]) }).loose(),
  })
  .loose();

const columnSpec = z.object({ name: z.string().min(1), type: z.string(), required: z.boolean().optional() }).loose();

export function readMlflowContract(source: ContractSource): Contract {
  const parsed = mlmodelSchema.safeParse(source.value);
  if (!parsed.success) throw zodError(source, parsed.error, 'MLflow MLmodel file (signature.inputs)');
  const at = { file: source.file, line: source.lineOf(['signature', 'inputs']), field: 'signature.inputs' };
  let inputs: unknown = parsed.data.signature.inputs;
  if (typeof inputs === 'string') {
    try {
      inputs = JSON.parse(inputs);
    } catch (err) {
      throw new UserError(`signature.inputs is not valid JSON: ${(err as Error).message}`, at);
    }
  }
  if (!Array.isArray(inputs)) throw new UserError('signature.inputs must be a list of column specs', at);
  const columns: ColumnContract[] = inputs.map((raw, i) => {
    if (raw && typeof raw === 'object' && ((raw as { type?: unknown }).type === 'tensor' || 'tensor-spec' in raw)) {
      throw new UserError('tensor-based signatures are not supported for tables: validate-schema needs a column-based signature', at);
    }
    const spec = columnSpec.safeParse(raw);
    if (!spec.success) {
      throw new UserError(`signature.inputs[${i}] is not a column spec with a name and a type: ${spec.error.issues[0].message}`, at);
    }
    const { name, type, required } = spec.data;
    if (!(type in TYPES)) throw new UserError(`column "${name}": unknown MLflow type "${type}"`, { ...at, field: `signature.inputs[${i}].type` });
    const mapped = TYPES[type];
    const rules: ColumnRule[] = [];
    if (required !== false) rules.push({ kind: 'present', severity: 'error' });
    if (mapped && mapped !== 'string') rules.push({ kind: 'type', type: mapped, severity: 'error' });
    // MLflow's schema enforcement rejects missing values in integer columns (pandas would make them floats).
    if (mapped === 'integer' && required !== false) rules.push({ kind: 'not-null', severity: 'warn' });
    return { name, type: mapped ?? undefined, optional: required === false, rules };
  });
  return { source: source.file, format: 'mlflow', columns, table: [] };
}

export const mlflowFormat = {
  name: 'mlflow',
  detectedBy: 'a file named `MLmodel`, or a `signature` key',
  readAs: 'the column-based `signature.inputs` of an MLflow model',
  detect(source) {
    const o = objectOf(source);
    return basename(source.file) === 'MLmodel' || (o !== undefined && ('signature' in o || 'flavors' in o));
  },
  read: (source) => ({ kind: 'table', contract: readMlflowContract(source) }),
} as const satisfies ContractFormatEntry<'mlflow'>;
