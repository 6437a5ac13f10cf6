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

const columnProfile = z
  .object({
    file: z.string().optional().describe('The data file, when several were validated'),
    column: z.string(),
    rows: z.number().int().min(0),
    missing: z.number().int().min(0).describe("Missing cells (the contract's missing values included)"),
    min: z.number().optional().describe("A number column's smallest present finite value"),
    max: z.number().optional().describe("A number column's largest present finite value"),
    allowedMin: z.number().optional().describe("The contract's numeric minimum"),
    allowedMax: z.number().optional().describe("The contract's numeric maximum"),
    allowedMissingShare: z.number().optional().describe('The largest share of missing cells the contract allows (0 for not-null)'),
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
  charts: z
    .object({ columns: z.array(columnProfile).describe('Per contract column found in the data (at most 200 a file): missing cells and value range beside the contract') })
    .strict()
    .optional()
    .describe('Summaries the HTML report draws; never rows.'),
});
