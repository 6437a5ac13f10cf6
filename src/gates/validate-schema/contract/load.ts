/**
 * Read a contract file and turn it into the contract model, detecting its
 * format from the content unless `schema-format` names it.
 */
import { basename, resolve } from 'node:path';
import { UserError } from '../../../core/errors.js';
import { readFrictionlessContract } from './frictionless.js';
import { readGreatExpectationsContract } from './great-expectations.js';
import { compileJsonSchema, type RecordValidator } from './json-schema.js';
import { readMlflowContract } from './mlflow.js';
import { readModelgateContract } from './modelgate.js';
import type { Contract, ContractFormat } from './model.js';
import { parseContractText, readContractText, type ContractSource } from './source.js';

export const SCHEMA_FORMATS = ['auto', 'modelgate', 'frictionless', 'great-expectations', 'json-schema', 'mlflow'] as const;
export type SchemaFormat = (typeof SCHEMA_FORMATS)[number];

export type LoadedContract = { kind: 'table'; contract: Contract } | { kind: 'records'; validator: RecordValidator; format: 'json-schema' };

/** Which format a parsed contract is in, from its keys. */
export function detectFormat(source: ContractSource): ContractFormat {
  const v = source.value;
  if (basename(source.file) === 'MLmodel') return 'mlflow';
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    if ('signature' in o || 'flavors' in o) return 'mlflow';
    if (Array.isArray(o.expectations)) return 'great-expectations';
    if (Array.isArray(o.fields)) return 'frictionless';
    if (Array.isArray(o.columns)) return 'modelgate';
    if ('$schema' in o || 'properties' in o || o.type === 'object') return 'json-schema';
  }
  throw new UserError(
    'cannot tell the contract format (expected modelgate `columns`, Frictionless `fields`, a Great Expectations `expectations` list, a JSON Schema or an MLflow `signature`); set schema-format',
    { file: source.file },
  );
}

export function contractFromSource(source: ContractSource, format: SchemaFormat): LoadedContract {
  const kind = format === 'auto' ? detectFormat(source) : format;
  switch (kind) {
    case 'modelgate':
      return { kind: 'table', contract: readModelgateContract(source) };
    case 'frictionless':
      return { kind: 'table', contract: readFrictionlessContract(source) };
    case 'great-expectations':
      return { kind: 'table', contract: readGreatExpectationsContract(source) };
    case 'mlflow':
      return { kind: 'table', contract: readMlflowContract(source) };
    case 'json-schema':
      return { kind: 'records', validator: compileJsonSchema(source), format: 'json-schema' };
    default:
      throw new UserError(`unknown schema format "${String(kind)}"; use one of ${SCHEMA_FORMATS.join(', ')}`, { field: 'schema-format' });
  }
}

/** Parse contract text (YAML or JSON) named `file` in the given format. */
export function parseContract(file: string, text: string, format: SchemaFormat = 'auto'): LoadedContract {
  if (!(SCHEMA_FORMATS as readonly string[]).includes(format)) {
    throw new UserError(`unknown schema format "${format}"; use one of ${SCHEMA_FORMATS.join(', ')}`, { field: 'schema-format' });
  }
  return contractFromSource(parseContractText(file, text), format);
}

export async function loadContract(file: string, cwd: string, format: SchemaFormat = 'auto'): Promise<LoadedContract> {
  const text = await readContractText(file, resolve(cwd, file));
  return parseContract(file, text, format);
}
