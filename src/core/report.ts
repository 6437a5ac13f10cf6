/**
 * The JSON report: a public, versioned contract. Every gate writes one; its
 * JSON Schema (docs/schemas/report.schema.json) is generated from the zod
 * schema below by `npm run build`. Gates add their own top-level sections
 * (`columns`, `metrics`, `groups`, ...), described in each gate's reference
 * and, as a zod schema, in its `reportSections` (see core/gate.ts), which the
 * build adds to the published schema for reports of that gate.
 *
 * Versioning: additive changes (a new optional field, a new section) keep the
 * major version; renaming or removing a field bumps it.
 */
import { z } from 'zod';
import { CHECK_VERDICTS, VERDICTS, type CheckVerdict, type Verdict } from './verdict.js';

export const REPORT_SCHEMA_VERSION = '1.0';

export const GATE_NAMES = [
  'validate-schema',
  'drift-check',
  'performance-gate',
  'fairness-gate',
  'register-model',
  'canary-decision',
] as const;
export type GateName = (typeof GATE_NAMES)[number];

const scalar = z.union([z.number(), z.string(), z.boolean(), z.null()]);

export const checkSchema = z
  .object({
    id: z.string().describe('Stable identifier of the check within the report, e.g. "column.age.max"'),
    subject: z.string().nullable().describe('What the check is about (a column, metric, group), or null for the whole input'),
    name: z.string().describe('Human-readable name of the rule or statistic'),
    value: scalar.describe('The observed value'),
    threshold: scalar.describe('The threshold the value was compared with, as written (e.g. ">= 0.85"), or null'),
    verdict: z.enum(CHECK_VERDICTS),
    severity: z.enum(['error', 'warn']).optional().describe('What a violation of this check does to the gate verdict'),
    message: z.string().optional().describe('One sentence a reviewer can read'),
  })
  .loose();

export type Check = z.infer<typeof checkSchema> & { verdict: CheckVerdict };

export const reportSchema = z
  .object({
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    gate: z.enum(GATE_NAMES),
    verdict: z.enum(VERDICTS),
    summary: z.string().describe('One line: the verdict and its main reason'),
    tool: z.object({ name: z.literal('modelgate'), version: z.string() }),
    createdAt: z.string().describe('ISO-8601 time the report was made'),
    inputs: z.record(z.string(), z.unknown()).describe('The effective inputs after merging the policy file and action inputs'),
    checks: z.array(checkSchema),
  })
  .loose();

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  gate: GateName;
  verdict: Verdict;
  summary: string;
  tool: { name: 'modelgate'; version: string };
  createdAt: string;
  inputs: Record<string, unknown>;
  checks: Check[];
  [section: string]: unknown;
}
