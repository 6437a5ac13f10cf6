/**
 * validate-schema's own sections of the JSON report, beside the common
 * fields (see core/report.ts). Published in docs/schemas/report.schema.json
 * for reports of this gate; written by gate.ts through makeReport.
 */
import { z } from 'zod';
import { CONTRACT_FORMAT_NAMES } from './contract/formats.js';

const fileSummary = z
  .object({
    file: z.string().describe('The data file as matched by the `data` path or glob'),
    rows: z.number().int().min(0).describe('Data rows read from the file'),
    columns: z.number().int().min(0).describe('Columns in the file (for a JSON Schema contract without a baseline: the distinct field names over all records)'),
  })
  .strict();

export const reportSections = z.object({
  files: z.array(fileSummary).describe('Each data file validated, in the order read, with its row and column counts.'),
  contract: z
    .object({
      path: z.string().describe('The contract file as given in `schema`'),
      format: z.enum(CONTRACT_FORMAT_NAMES).describe('The format the contract was read as'),
    })
    .strict()
    .optional()
    .describe('The contract the data was checked against; absent when the gate only inferred one.'),
  inferred: z.string().optional().describe('Where the inferred contract was written (the `infer-to` input); absent without `infer-to`.'),
});
