/**
 * The top-level sections drift-check adds to the JSON report (gate.ts,
 * `makeReport({ sections })`), as a zod schema: the build publishes it in
 * docs/schemas/report.schema.json for reports of this gate.
 *
 * A comparison writes `columns`, `dataset`, `quality` and `rows` (plus
 * `referenceProfile`, `profileCache` and `dispatch` when they apply); a run
 * that only writes a reference profile (`profile-out` without `current`)
 * writes `profile` alone. Non-finite statistics: gate.ts writes ±∞ as the
 * strings "Infinity" / "-Infinity" (JSON has no infinity) and NaN as null; a
 * NaN p-value makes the column insufficient and is written as null.
 */
import { z } from 'zod';
import { METHOD_NAMES } from './methods.js';

const count = z.number().int().nonnegative();

const histogramSchema = z
  .object({
    labels: z.array(z.string()).describe('Bin labels: equal-width ranges of numbers, or the 10 most frequent categories and "(k more)"'),
    reference: z.array(z.number()).describe("Share of the reference's non-missing values per bin"),
    current: z.array(z.number()).describe("Share of the current data's non-missing values per bin"),
  })
  .strict();

const columnSchema = z
  .object({
    name: z.string().describe('Column name'),
    type: z.enum(['numerical', 'categorical']).describe('How the column was compared'),
    method: z.enum(METHOD_NAMES).describe('Drift method used'),
    statistic: z
      .union([z.number(), z.enum(['Infinity', '-Infinity']), z.null()])
      .describe('The test statistic or distance; "Infinity"/"-Infinity" when infinite (chisquare with a category the reference lacks); null when not computed'),
    pValue: z.number().nullable().describe('Raw p-value; null for distance methods and insufficient columns'),
    threshold: z.number().describe('Threshold the p-value or distance is compared with'),
    drifted: z.boolean().describe('Whether the column drifted'),
    nReference: count.describe('Non-missing reference values compared'),
    nCurrent: count.describe('Non-missing current values compared'),
    role: z.enum(['feature', 'target', 'prediction']).describe('feature columns count in the dataset share; target and prediction are reported apart'),
    status: z.enum(['drift', 'no-drift', 'insufficient']).describe('insufficient: too few values (min-samples) or an undefined score: neither pass nor drift'),
    operator: z.enum(['<', '<=', '>=', '>']).describe('How the score compares with the threshold to mean drift'),
    adjustedPValue: z.number().nullable().describe('p-value after the multiple-testing correction (the raw one when none); null for distance methods and insufficient columns'),
    base: z.number().optional().describe('jensenshannon only: the logarithm base, when not the natural log'),
    note: z.string().optional().describe('Why the column is insufficient, or how its score was reached'),
    referenceError: z.number().optional().describe('With a sketched reference profile: bound on the sketch CDF error'),
    histogram: histogramSchema.optional().describe('Reference vs current shares, for the `histograms` most drifted columns'),
    size: z
      .object({
        method: z.enum(METHOD_NAMES).describe("The column's own method when it is a distance; psi (over the same bins) when the method gives a p-value"),
        value: z.number().describe('The distance'),
      })
      .strict()
      .optional()
      .describe('How large the drift is, beside the p-value; absent for columns not tested'),
  })
  .strict();

const qualityBase = {
  column: z.string().describe('Column name'),
  value: z.number().describe('The observed increase or share'),
  threshold: z.number().describe('The threshold the value is compared with (flagged when above)'),
  flagged: z.boolean().describe('Whether the finding warns'),
};

const qualitySchema = z.discriminatedUnion('kind', [
  z
    .object({
      ...qualityBase,
      kind: z.literal('null-share').describe('Rise of the share of missing cells (NaN and ±∞ included), current − reference'),
      reference: z.number().describe("The reference's share of missing cells"),
      current: z.number().describe("The current data's share of missing cells"),
    })
    .strict(),
  z
    .object({
      ...qualityBase,
      kind: z
        .enum(['new-categories', 'missing-categories'])
        .describe('new-categories: share of current rows in categories the reference lacks; missing-categories: share of reference rows in categories absent from the current data'),
      categories: z.array(z.string()).describe('The categories concerned, at most 20, most frequent first'),
    })
    .strict(),
]);

const distributionSchema = z
  .object({
    column: z.string().describe('Column name'),
    type: z.enum(['numerical', 'categorical']),
    edges: z.array(z.number()).optional().describe('numerical: bin edges over the pooled 0.5th–99.5th percentiles (values beyond are counted in the end bins)'),
    labels: z.array(z.string()).optional().describe('categorical: the most frequent categories of both samples, the rest as "(k more)"'),
    reference: z.array(z.number()).describe("Share of the reference's non-missing values per bin"),
    current: z.array(z.number()).describe("Share of the current data's non-missing values per bin"),
  })
  .strict();

export const reportSections = z.object({
  columns: z.array(columnSchema).optional().describe('One entry per compared column, most severe first'),
  dataset: z
    .object({
      drifted: z.boolean().describe('Dataset drift: the share of drifted feature columns reached `threshold`'),
      share: z.number().describe('Share of drifted feature columns among those evaluated, 0 to 1'),
      threshold: z.number().describe('drift-share'),
      warnShare: z.number().describe('warn-share'),
      driftedColumns: z.array(z.string()).describe('Drifted feature columns, most severe first'),
      evaluatedColumns: count.describe('Feature columns judged (not insufficient)'),
      insufficientColumns: count.describe('Feature columns too small or undefined to judge'),
    })
    .strict()
    .optional()
    .describe('The dataset verdict over the feature columns'),
  quality: z.array(qualitySchema).optional().describe('Data-quality findings per compared column: null share, and new or missing categories of categorical columns'),
  rows: z
    .object({
      reference: count.describe('Rows of the reference (file or profile)'),
      current: count.describe('Rows of the current file'),
      sampledReference: count.nullable().describe('Reference rows compared when `sample` cut them; else null'),
      sampledCurrent: count.nullable().describe('Current rows compared when `sample` cut them; else null'),
    })
    .strict()
    .optional()
    .describe('Rows read and compared'),
  referenceProfile: z.array(z.string()).optional().describe('The reference profiles (.mgprof) compared, when the reference is given as profiles'),
  profileCache: z.enum(['hit', 'saved']).optional().describe('The Actions cache of the reference profile: restored (hit) or written (saved) in this run'),
  dispatch: z.enum(['sent', 'refused', 'skipped']).optional().describe('The repository_dispatch on dataset drift, with dispatch-on-drift'),
  charts: z
    .object({ distributions: z.array(distributionSchema).describe('One entry per drifted column (at most 40), most severe first') })
    .strict()
    .optional()
    .describe('Summaries the HTML report draws: reference vs current distributions of the drifted columns; never rows'),
  profile: z
    .object({
      path: z.string().describe('Where the profile was written (profile-out)'),
      rows: count.describe('Reference rows profiled'),
      columns: count.describe('Columns profiled'),
    })
    .strict()
    .optional()
    .describe('Profile-only runs (profile-out without current): the profile written; the other sections are then absent'),
});
