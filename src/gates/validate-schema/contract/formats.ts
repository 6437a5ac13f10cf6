/**
 * The contract formats, in the order their detection is tried: the one list
 * that detection, loading, the `schema-format` values and the report's
 * `contract.format` read. A new format is its own file exporting a
 * ContractFormatEntry, plus one line here.
 */
import { frictionlessFormat } from './frictionless.js';
import { greatExpectationsFormat } from './great-expectations.js';
import { jsonSchemaFormat } from './json-schema.js';
import { mlflowFormat } from './mlflow.js';
import { modelgateFormat } from './modelgate.js';

// Order matters: an MLmodel may hold other keys, and a JSON Schema is recognised by the loosest test.
export const CONTRACT_FORMATS = [mlflowFormat, greatExpectationsFormat, frictionlessFormat, modelgateFormat, jsonSchemaFormat] as const;

export type ContractFormat = (typeof CONTRACT_FORMATS)[number]['name'];

/** The format names, for enums (the report schema, `schema-format`). */
export const CONTRACT_FORMAT_NAMES = CONTRACT_FORMATS.map((f) => f.name) as [ContractFormat, ...ContractFormat[]];
