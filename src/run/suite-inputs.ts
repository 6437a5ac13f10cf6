/**
 * The inputs of the suite (the root action `modelgate/modelgate` and
 * `modelgate run`), declared once like a gate's (core/inputs.ts): the build
 * writes the root action.yml and the docs from them, the CLI takes them as
 * --flags.
 *
 * A gate's own settings come from the policy file's section for that gate,
 * or for one run from the input named after the gate: a YAML map of that
 * gate's inputs written as in its own step's `with:` (which, unlike the
 * policy file, may also name this run's files, such as register-model's
 * `path`).
 */
import { z } from 'zod';
import { defineInputs, type InputDeclaration, type InputsOf, type OutputSpec } from '../core/inputs.js';
import type { GateName } from '../core/report.js';

/** One input per gate, named after it: that gate's step inputs for this run. */
function gateSettings(gate: GateName, example: string): InputDeclaration<z.ZodOptional<z.ZodString>> {
  return {
    schema: z.string().optional(),
    kind: 'string',
    description: `${gate}'s inputs for this run, as a YAML map written like that gate's own \`with:\`; they override its section of the policy file.`,
    examples: [example],
    notInPolicy: true,
  };
}

/**
 * The order gates run in: the data first (is it what the model expects, has
 * it drifted), then the model judged on it (performance, fairness), then
 * register-model, which records the reports of the gates before it, and
 * canary-decision, which judges a deployment.
 */
export const SUITE_ORDER: readonly GateName[] = ['validate-schema', 'drift-check', 'performance-gate', 'fairness-gate', 'register-model', 'canary-decision'];

export const SUITE_INPUTS = defineInputs({
  gates: {
    schema: z.array(z.string()).default([]),
    description:
      'The gates to run, e.g. `validate-schema, drift-check, performance-gate, fairness-gate`. Default: the gates that have a section in the policy file. They run in dependency order, whatever the order written.',
    examples: ['validate-schema, drift-check, performance-gate, fairness-gate'],
  },
  policy: {
    schema: z.string().optional(),
    description: 'Path of the `modelgate.yml` policy file (one section per gate). Default: `modelgate.yml` if present.',
    notInPolicy: true,
  },
  'fail-on': {
    schema: z.enum(['fail', 'warn', 'never']).optional(),
    description:
      "Which verdict fails the job, for every gate: `fail`, `warn` or `never`. Default: each gate's own (`fail` unless its policy section says otherwise).",
  },
  comment: {
    schema: z.enum(['auto', 'always', 'on-failure', 'never']).default('auto'),
    description: 'When to write the one combined sticky pull-request comment: `auto` (on pull requests), `always`, `on-failure` or `never`.',
  },
  'comment-id': {
    schema: z.string().regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only').optional(),
    description: 'Keeps two runs of the suite in one pull request apart: their own comment, check names `modelgate / <gate> (<id>)` and report folder.',
    examples: ['nightly'],
  },
  'report-path': {
    schema: z.string().min(1).optional(),
    description: 'A folder for the JSON reports, one `<gate>.json` per gate. Default: `modelgate-reports` in the runner temp directory (the CLI: the working directory).',
    notInPolicy: true,
  },
  'check-runs': {
    schema: z.boolean().default(true),
    description: 'Create one check run per gate, named `modelgate / <gate>` (needs `checks: write`; skipped with a warning without it).',
  },
  'github-token': {
    schema: z.string().optional(),
    actionDefault: '${{ github.token }}',
    description: 'Token for the comment, the check runs, and the gates that call the API (drift-check `dispatch-on-drift`, register-model `require-checks`).',
    notInPolicy: true,
    secret: true,
  },
  'validate-schema': gateSettings('validate-schema', 'data: data/train.csv'),
  'drift-check': gateSettings('drift-check', 'current: data/last-week.parquet'),
  'performance-gate': gateSettings('performance-gate', 'predictions: eval/challenger.csv'),
  'fairness-gate': gateSettings('fairness-gate', 'predictions: eval/challenger.csv'),
  'register-model': gateSettings('register-model', 'path: models/churn'),
  'canary-decision': gateSettings('canary-decision', 'current-weight: 10'),
});

export type SuiteInputs = InputsOf<typeof SUITE_INPUTS>;

export const SUITE_OUTPUTS: OutputSpec[] = [
  { name: 'verdict', description: 'The worst verdict of the gates that ran: `pass`, `warn` or `fail` (a gate that errored counts as `fail`).' },
  { name: 'verdicts', description: 'JSON object of each gate\'s verdict, e.g. `{"validate-schema":"pass","drift-check":"fail"}`; `error` for a gate that could not run, `skipped` for one not run.' },
  { name: 'report-path', description: 'The folder holding one JSON report per gate (`<gate>.json`).' },
  { name: 'summary', description: 'One line: the overall verdict and the gates that did not pass, with their reasons.' },
];

/** The root action's name, description and branding (the Marketplace listing). */
export const SUITE_ACTION = {
  name: 'modelgate',
  description: 'ML model gates for pull requests: data schema, drift, performance and fairness checks in one step, one PR comment.',
} as const;
