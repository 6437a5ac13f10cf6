/**
 * drift-check's inputs, each declared once (see core/inputs.ts): action.yml,
 * the CLI flags, the policy keys, the docs table and the typed inputs of
 * `runDriftCheck` all come from this list.
 */
import { z } from 'zod';
import { defineInputs, type InputsOf, type OutputSpec } from '../../core/inputs.js';
import { METHOD_NAMES } from './methods.js';

const optional = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), s.optional());
const share = (name: string) => z.coerce.number({ error: `${name} must be a number` }).min(0, `${name} must be between 0 and 1`).max(1, `${name} must be between 0 and 1`);
const methodName = z.enum(METHOD_NAMES, { error: (i) => `unknown method "${String(i.input)}"; use one of ${METHOD_NAMES.join(', ')}` });

export const inputs = defineInputs({
  reference: {
    file: true,
    schema: z.string({ error: 'reference is required: the reference data file' }).min(1, 'reference is required: the reference data file'),
    description:
      'Reference data, e.g. the training set (CSV, TSV, JSON Lines, JSON, Parquet, optionally .gz), or a reference profile written by `profile-out` (`.mgprof`), or several shard profiles separated by commas (merged exactly).',
    examples: ['data/train.csv', 'reference.mgprof', 'shard-1.mgprof, shard-2.mgprof'],
  },
  current: {
    file: true,
    schema: optional(z.string()),
    description: 'Current data to compare with the reference, e.g. recent serving inputs (same formats). Required unless `profile-out` is set (then the step only writes the profile).',
  },
  'profile-out': {
    schema: optional(z.string()),
    description:
      'Write the reference profile (`.mgprof`: exact distinct values and counts per column, see the docs) to this path; later runs can pass it as `reference`. Shard profiles merge.',
    notInPolicy: true,
  },
  columns: { schema: optional(z.array(z.string())), description: 'Columns to compare. Default: every column present in both files.', examples: ['age, income'] },
  exclude: { schema: optional(z.array(z.string())), description: 'Columns not to compare (ids, timestamps).', examples: ['id, created_at'] },
  'column-types': {
    schema: optional(z.record(z.string(), z.enum(['numerical', 'categorical'], { error: 'column-types values must be numerical or categorical' }))),
    description: 'Override the detected column type, as YAML: `{zip: categorical, rating: numerical}`. Number columns are numerical, text columns categorical by default.',
    examples: ['{zip: categorical, rating: numerical}', 'zip: categorical'],
  },
  method: {
    schema: z.enum(['auto', ...METHOD_NAMES], { error: (i) => `unknown method "${String(i.input)}"; use auto or one of ${METHOD_NAMES.join(', ')}` }).default('auto'),
    description: `\`auto\` (Evidently's choice per column, see the table in the docs) or one method for every column: ${METHOD_NAMES.map((m) => `\`${m}\``).join(', ')}.`,
    examples: ['auto', ...METHOD_NAMES],
  },
  'column-methods': {
    schema: optional(z.record(z.string(), methodName)),
    description: 'Per-column methods overriding `method`, as YAML: `{age: psi, country: chi2}`.',
    examples: ['{age: psi, country: chi2}'],
  },
  threshold: {
    // A map names some methods, not all: partialRecord (zod's record over an
    // enum of keys requires every key).
    schema: optional(
      z.union([
        z.number().positive('threshold must be positive'),
        z.partialRecord(methodName, z.number().nonnegative(), {
          // zod reports a key outside the enum as unrecognized_keys (its issue type does not say so).
          error: (i) => ('keys' in i && Array.isArray(i.keys) ? `unknown method "${String(i.keys[0])}"; use one of ${METHOD_NAMES.join(', ')}` : undefined),
        }),
      ]),
    ),
    description: 'Thresholds overriding the defaults, per method as YAML (`{ks: 0.01, psi: 0.2}`), or one number when `method` is a single method.',
    examples: ['{ks: 0.01, psi: 0.2}', 'psi: 0.25', '0.1'],
  },
  'drift-share': {
    schema: share('drift-share').default(0.5),
    description: 'Dataset drift (fail) when the share of drifted feature columns is at least this.',
    examples: ['0.3'],
  },
  'warn-share': {
    schema: share('warn-share').default(0),
    description: 'From this share of drifted columns on, drifted columns and the dataset warn. 0: any drifted column warns.',
  },
  correction: {
    schema: z.enum(['none', 'bonferroni', 'holm', 'bh'], { error: 'correction must be none, bonferroni, holm or bh' }).default('none'),
    description: 'Multiple-testing correction of the p-values across columns: `none`, `bonferroni`, `holm` or `bh` (Benjamini–Hochberg).',
    examples: ['none', 'bonferroni', 'holm', 'bh'],
  },
  'min-samples': {
    schema: z.coerce.number().int().min(1, 'min-samples must be at least 1').default(30),
    description: 'A column with fewer non-missing values in either file is `insufficient`: neither pass nor drift.',
  },
  sample: { schema: optional(z.coerce.number().int().min(1, 'sample must be at least 1')), description: 'Compare at most this many rows of each file, chosen with a fixed seed.', examples: ['100000'] },
  seed: { schema: z.coerce.number().int().default(0), description: 'Seed of `sample`.' },
  binning: {
    schema: z.enum(['auto', 'sturges', 'doane', 'equal-width', 'quantile'], { error: 'binning must be auto, sturges, doane, equal-width or quantile' }).default('auto'),
    description:
      'Bins of numerical columns for psi, kl_div, jensenshannon, hellinger and l_infinity: `auto` (Evidently: Sturges bins when the reference has more than 20 values, else one bin per value; hellinger: the bins of Evidently’s hellinger, see the docs), `sturges`, `doane`, `equal-width` or `quantile` (reference quantiles).',
    examples: ['auto', 'sturges', 'doane', 'equal-width', 'quantile'],
  },
  bins: { schema: z.coerce.number().int().min(1).max(1000).default(10), description: 'Number of bins for `equal-width` and `quantile`.' },
  'jensenshannon-base': {
    schema: optional(z.coerce.number().positive().refine((b) => b !== 1, 'jensenshannon-base must not be 1')),
    description: 'Logarithm base of `jensenshannon` (default: natural log, as Evidently).',
    examples: ['2'],
  },
  'target-column': { schema: optional(z.string()), description: 'Target column: its drift is reported apart and does not count in the share.' },
  'prediction-column': { schema: optional(z.string()), description: 'Prediction column: its drift is reported apart and does not count in the share.' },
  'null-share-increase': {
    schema: share('null-share-increase').default(0.05),
    description: "Warn when a column's share of missing cells rises by more than this (0.05 = 5 points).",
  },
  'new-category-share': {
    schema: share('new-category-share').default(0),
    description: 'Warn when more than this share of current rows has categories the reference lacks (0: any).',
  },
  'missing-category-share': {
    schema: share('missing-category-share').default(0.01),
    description: 'Warn when more than this share of reference rows has categories absent from the current data.',
  },
  'profile-points': {
    schema: z.coerce.number().int().min(0).default(65536),
    description:
      'Largest number of points a numerical column keeps in a profile: a column with more distinct values is kept as a sketch whose CDF is within 1/profile-points of the data (see the docs). 0 keeps every column exact.',
  },
  'cache-profile': {
    schema: z.boolean().default(true),
    description:
      "In GitHub Actions, keep the reference file's profile in the Actions cache, keyed by the file's SHA-256, and reuse it on later runs instead of reading the file again.",
  },
  histograms: {
    schema: z.coerce.number().int().min(0).max(50).default(3),
    description: 'How many of the most drifted columns get a reference-vs-current histogram in the report.',
  },
  'dispatch-on-drift': {
    schema: z.boolean().default(false),
    description: 'On dataset drift, send a `repository_dispatch` event (needs `contents: write`) with the drifted columns, to start a retraining workflow.',
  },
  'dispatch-event-type': { schema: z.string().min(1).max(100).default('modelgate-drift'), description: 'Event type of the `repository_dispatch` event.' },
});

export type DriftCheckInputs = InputsOf<typeof inputs>;

export const outputs: OutputSpec[] = [
  { name: 'drift-detected', description: '`true` when the dataset drifted (share of drifted columns at least `drift-share`).' },
  { name: 'drift-share', description: 'Share of drifted feature columns, 0 to 1.' },
  { name: 'drifted-columns', description: 'JSON list of the drifted feature columns, most severe first.' },
];
