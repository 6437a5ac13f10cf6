/** register-model's inputs, each declared once (see core/inputs.ts): the single source for action.yml, the CLI flags, the policy keys, the docs and the typed inputs. */
import { z } from 'zod';
import { defineInputs, type InputsOf, type OutputSpec } from '../../core/inputs.js';

export const COMMANDS = ['register', 'promote', 'demote', 'deprecate', 'rollback', 'show', 'verify'] as const;

const list = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(/[,\n]/).map((s) => s.trim()).filter(Boolean) : v ?? undefined),
  z.array(z.string().trim()).default([]),
);
// YAML reads `version: 1.2` as a number: keep what was written as text, so
// that it is checked (and refused) as a version rather than dropped.
const optString = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v === null ? undefined : v),
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined)),
);

export const inputs = defineInputs({
  command: { schema: z.enum(COMMANDS, { error: (i) => `unknown command "${String(i.input)}"; expected one of ${COMMANDS.join(', ')}` }).default('register'), description: 'What to do: `register`, `promote`, `demote`, `deprecate`, `rollback`, `show` or `verify`.' },
  backend: { schema: z.enum(['git', 'mlflow'], { error: (i) => `unknown backend "${String(i.input)}"; expected git or mlflow` }).default('git'), description: '`git` (the repository is the registry: GTO-format annotated tags pushed to the remote) or `mlflow` (an MLflow tracking server\'s model registry, over its REST API).' },
  name: { schema: optString, description: 'Model name. GTO names: lowercase letters, digits, `-` and `/`, starting with a letter. Required except for `show`.' },
  path: { schema: optString, description: 'The model: a file or a directory of files (`register`, `verify`).', notInPolicy: true },
  version: { schema: optString, description: 'Semantic version, e.g. `v1.2.0`. `register`: an explicit version instead of `bump`; `promote`, `demote`, `deprecate`, `verify`: the version to act on (default: the latest; for `promote` under an enforced stage order, the version in the stage before; for `demote`, the stage\'s holder).' },
  bump: { schema: z.enum(['patch', 'minor', 'major'], { error: (i) => `bump must be patch, minor or major, got "${String(i.input)}"` }).default('patch'), description: 'How `register` picks the next version when `version` is not given: `patch`, `minor` or `major`. The first version is v0.0.1.' },
  metadata: { schema: z.record(z.string(), z.unknown(), { error: 'metadata must be a map of keys to values' }).nullish().transform((v) => v ?? {}), description: 'Key/values recorded with the version and shown in the model card: owner, risk level, business unit, anything.', examples: ['{owner: ml-platform, risk: medium}', 'owner: ml-platform, risk: medium'] },
  reports: { schema: list, description: 'JSON reports of other modelgate gates; their verdicts and key figures are recorded with the version.', notInPolicy: true },
  data: { schema: list, description: 'Data files or directories whose hashes are recorded as the version\'s lineage.', notInPolicy: true },
  stage: { schema: optString, description: 'Stage for `promote`, `demote` and `rollback` (e.g. `staging`, `production`); for `verify`, verify the version in this stage.' },
  reason: { schema: optString, description: 'Why: kept in the tag\'s audit line with the time and the actor.' },
  stages: { schema: list, description: 'Allowed stages in promotion order, e.g. `dev, staging, production`. Empty: any stage name.' },
  'require-stage-order': { schema: z.boolean().default(true), description: 'With `stages`, a version may enter a stage only from the stage before it (production only from staging).' },
  'require-verdicts': { schema: list, description: 'Gates whose verdict recorded with the version must be `pass` for a promotion, e.g. `performance-gate, fairness-gate`.' },
  'require-checks': { schema: list, description: 'Check runs that must have concluded `success` on the version\'s source commit for a promotion (looked up with `github-token`; without it, the recorded reports of gates of that name are used).' },
  'versions-per-stage': { schema: z.number().int().min(0).default(1), description: 'Versions a stage holds at once: 1 (a promotion takes the stage from the holder) or more; 0 for no limit.' },
  sort: { schema: z.enum(['timestamp', 'semver'], { error: (i) => `sort must be timestamp or semver, got "${String(i.input)}"` }).default('timestamp'), description: 'Which assignment wins a stage, as `gto show --sort`: `timestamp` (the latest assignment) or `semver` (the greatest version).' },
  remote: { schema: z.string().default('origin'), description: 'git backend: the remote tags are fetched from and pushed to.' },
  push: { schema: z.boolean().default(true), description: 'git backend: push the tags to `remote`. With `false`, tags are only created locally.' },
  ref: { schema: z.string().default('HEAD'), description: 'git backend: the source commit being registered.' },
  'model-card': { schema: optString, description: 'Where to write the model card (Markdown) of the registered version. Default: `<name>-<version>.md` in the runner temp directory.', notInPolicy: true },
  'tracking-uri': { schema: optString, description: 'mlflow backend: the tracking server. Default: `MLFLOW_TRACKING_URI`. Credentials come from `user:password@` in the URI (sent as Basic authentication), else `MLFLOW_TRACKING_TOKEN`, else `MLFLOW_TRACKING_USERNAME`/`MLFLOW_TRACKING_PASSWORD`; all are masked and redacted.' },
  source: { schema: optString, description: 'mlflow backend: the model version\'s artifact location (e.g. `runs:/<run>/model`, `s3://...`). Default: `path`.', notInPolicy: true },
  'run-id': { schema: optString, description: 'mlflow backend: the MLflow run that produced the model.', notInPolicy: true },
});

export type RegisterModelInputs = InputsOf<typeof inputs>;

export const outputs: OutputSpec[] = [
  { name: 'name', description: 'The model name.' },
  { name: 'version', description: 'The version registered, promoted, verified or acted on.' },
  { name: 'tag', description: 'git: the registration tag (`name@vX.Y.Z`); mlflow: `name/version`.' },
  { name: 'sha256', description: 'SHA-256 of the version\'s file manifest.' },
  { name: 'stage', description: 'The stage acted on, when there is one.' },
  { name: 'model-uri', description: 'Where the version is: a repository URL at the tag, or `models:/name/version` for MLflow.' },
  { name: 'model-card', description: 'Path of the model card written for the version.' },
];
