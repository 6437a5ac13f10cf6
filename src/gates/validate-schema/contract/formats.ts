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

// Detection asks them in this order (also the order of the `schema-format` values and the report's
// enum): the list-keyed formats first, then JSON Schema, whose test is the loosest, and MLflow, whose
// MLmodel files hold none of the other formats' keys.
export const CONTRACT_FORMATS = [modelgateFormat, frictionlessFormat, greatExpectationsFormat, jsonSchemaFormat, mlflowFormat] as const;

export type ContractFormat = (typeof CONTRACT_FORMATS)[number]['name'];

/** The format names, for enums (the report schema, `schema-format`). */
export const CONTRACT_FORMAT_NAMES = CONTRACT_FORMATS.map((f) => f.name) as [ContractFormat, ...ContractFormat[]];
