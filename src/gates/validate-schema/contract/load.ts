/**
 * Read a contract file and turn it into the contract model, detecting its
 * format from the content unless `schema-format` names it. Both read the
 * format registry (formats.ts).
 */
import { resolve } from 'node:path';
import { UserError } from '../../../core/errors.js';
import type { LoadedContract } from './format.js';
import { CONTRACT_FORMAT_NAMES, CONTRACT_FORMATS, type ContractFormat } from './formats.js';
import { parseContractText, readContractText, type ContractSource } from './source.js';

export type { LoadedContract } from './format.js';

export const SCHEMA_FORMATS = ['auto', ...CONTRACT_FORMAT_NAMES] as ['auto', ...ContractFormat[]];
export type SchemaFormat = 'auto' | ContractFormat;

/** Which format a parsed contract is in, from its content. */
export function detectFormat(source: ContractSource): ContractFormat {
  const entry = CONTRACT_FORMATS.find((f) => f.detect(source));
  if (entry) return entry.name;
  const expected = CONTRACT_FORMATS.map((f) => `${f.name}: ${f.detectedBy.replaceAll('`', '')}`).join('; ');
  throw new UserError(`cannot tell the contract format (expected ${expected}); set schema-format`, { file: source.file });
}

function unknownFormat(format: string): UserError {
  return new UserError(`unknown schema format "${format}"; use one of ${SCHEMA_FORMATS.join(', ')}`, { field: 'schema-format' });
}

export function contractFromSource(source: ContractSource, format: SchemaFormat): LoadedContract {
  const name = format === 'auto' ? detectFormat(source) : format;
  const entry = CONTRACT_FORMATS.find((f) => f.name === name);
  if (!entry) throw unknownFormat(String(name));
  return entry.read(source);
}

/** Parse contract text (YAML or JSON) named `file` in the given format. */
export function parseContract(file: string, text: string, format: SchemaFormat = 'auto'): LoadedContract {
  if (!(SCHEMA_FORMATS as readonly string[]).includes(format)) throw unknownFormat(format);
  return contractFromSource(parseContractText(file, text), format);
}

export async function loadContract(file: string, cwd: string, format: SchemaFormat = 'auto'): Promise<LoadedContract> {
  const text = await readContractText(file, resolve(cwd, file));
  return parseContract(file, text, format);
}
