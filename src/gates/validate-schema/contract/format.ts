/**
 * What a contract format is to the loader: its name, how it is recognised
 * from the parsed content, and how it is read. Each format file exports one
 * of these; formats.ts lists them in detection order.
 */
import type { Contract } from './model.js';
import type { RecordValidator } from './json-schema.js';
import type { ContractSource } from './source.js';

/** A contract as loaded: table rules for the evaluator, or a record validator (JSON Schema). */
export type LoadedContract = { kind: 'table'; contract: Contract } | { kind: 'records'; validator: RecordValidator; format: 'json-schema' };

export interface ContractFormatEntry<Name extends string = string> {
  name: Name;
  /** How the content gives the format away, for the docs and the "cannot tell" message. */
  detectedBy: string;
  /** What the file is read as, for the docs. */
  readAs: string;
  /** Whether a parsed contract is in this format; entries are asked in the registry's order. */
  detect(source: ContractSource): boolean;
  read(source: ContractSource): LoadedContract;
}

/** The parsed contract as a plain object, or undefined when it is not one. */
export function objectOf(source: ContractSource): Record<string, unknown> | undefined {
  const v = source.value;
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}
