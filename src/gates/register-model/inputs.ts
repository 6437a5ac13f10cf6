/** register-model's inputs: the single source for action.yml, the CLI flags, the policy keys and the docs. */
import { z } from 'zod';
import type { InputSpec, OutputSpec } from '../../core/inputs.js';

export const COMMANDS = ['register', 'promote', 'demote', 'deprecate', 'rollback', 'show', 'verify'] as const;

export const INPUTS: InputSpec[] = [
  { name: 'command', kind: 'string', default: 'register', description: 'What to do: `register`, `promote`, `demote`, `deprecate`, `rollback`, `show` or `verify`.' },
  { name: 'backend', kind: 'string', default: 'git', description: '`git` (the repository is the registry: GTO-format annotated tags pushed to the remote) or `mlflow` (an MLflow tracking server\'s model registry, over its REST API).' },
  { name: 'name', kind: 'string', description: 'Model name. GTO names: lowercase letters, digits, `-` and `/`, starting with a letter. Required except for `show`.' },
  { name: 'path', kind: 'string', description: 'The model: a file or a directory of files (`register`, `verify`).', notInPolicy: true },
  { name: 'version', kind: 'string', description: 'Semantic version, e.g. `v1.2.0`. `register`: an explicit version instead of `bump`; `promote`, `demote`, `deprecate`, `verify`: the version to act on (default: the latest; for `promote` under an enforced stage order, the version in the stage before; for `demote`, the stage\'s holder).' },
  { name: 'bump', kind: 'string', default: 'patch', description: 'How `register` picks the next version when `version` is not given: `patch`, `minor` or `major`. The first version is v0.0.1.' },
  { name: 'metadata', kind: 'yaml', description: 'Key/values recorded with the version and shown in the model card: owner, risk level, business unit, anything.' },
  { name: 'reports', kind: 'list', description: 'JSON reports of other modelgate gates; their verdicts and key figures are recorded with the version.', notInPolicy: true },
  { name: 'data', kind: 'list', description: 'Data files or directories whose hashes are recorded as the version\'s lineage.', notInPolicy: true },
  { name: 'stage', kind: 'string', description: 'Stage for `promote`, `demote` and `rollback` (e.g. `staging`, `production`); for `verify`, verify the version in this stage.' },
  { name: 'reason', kind: 'string', description: 'Why: kept in the tag\'s audit line with the time and the actor.' },
  { name: 'stages', kind: 'list', description: 'Allowed stages in promotion order, e.g. `dev, staging, production`. Empty: any stage name.' },
  { name: 'require-stage-order', kind: 'boolean', default: 'true', description: 'With `stages`, a version may enter a stage only from the stage before it (production only from staging).' },
  { name: 'require-verdicts', kind: 'list', description: 'Gates whose verdict recorded with the version must be `pass` for a promotion, e.g. `performance-gate, fairness-gate`.' },
  { name: 'require-checks', kind: 'list', description: 'Check runs that must have concluded `success` on the version\'s source commit for a promotion (looked up with `github-token`; without it, the recorded reports of gates of that name are used).' },
  { name: 'versions-per-stage', kind: 'number', default: '1', description: 'Versions a stage holds at once: 1 (a promotion takes the stage from the holder) or more; 0 for no limit.' },
  { name: 'sort', kind: 'string', default: 'timestamp', description: 'Which assignment wins a stage, as `gto show --sort`: `timestamp` (the latest assignment) or `semver` (the greatest version).' },
  { name: 'remote', kind: 'string', default: 'origin', description: 'git backend: the remote tags are fetched from and pushed to.' },
  { name: 'push', kind: 'boolean', default: 'true', description: 'git backend: push the tags to `remote`. With `false`, tags are only created locally.' },
  { name: 'ref', kind: 'string', default: 'HEAD', description: 'git backend: the source commit being registered.' },
  { name: 'model-card', kind: 'string', description: 'Where to write the model card (Markdown) of the registered version. Default: `<name>-<version>.md` in the runner temp directory.', notInPolicy: true },
  { name: 'tracking-uri', kind: 'string', description: 'mlflow backend: the tracking server. Default: `MLFLOW_TRACKING_URI`. Credentials come from `MLFLOW_TRACKING_TOKEN` or `MLFLOW_TRACKING_USERNAME`/`MLFLOW_TRACKING_PASSWORD`.' },
  { name: 'source', kind: 'string', description: 'mlflow backend: the model version\'s artifact location (e.g. `runs:/<run>/model`, `s3://...`). Default: `path`.', notInPolicy: true },
  { name: 'run-id', kind: 'string', description: 'mlflow backend: the MLflow run that produced the model.', notInPolicy: true },
];

export const OUTPUTS: OutputSpec[] = [
  { name: 'name', description: 'The model name.' },
  { name: 'version', description: 'The version registered, promoted, verified or acted on.' },
  { name: 'tag', description: 'git: the registration tag (`name@vX.Y.Z`); mlflow: `name/version`.' },
  { name: 'sha256', description: 'SHA-256 of the version\'s file manifest.' },
  { name: 'stage', description: 'The stage acted on, when there is one.' },
  { name: 'model-uri', description: 'Where the version is: a repository URL at the tag, or `models:/name/version` for MLflow.' },
  { name: 'model-card', description: 'Path of the model card written for the version.' },
];

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

export const schema = z.object({
  command: z.enum(COMMANDS, { error: (i) => `unknown command "${String(i.input)}"; expected one of ${COMMANDS.join(', ')}` }).default('register'),
  backend: z.enum(['git', 'mlflow'], { error: (i) => `unknown backend "${String(i.input)}"; expected git or mlflow` }).default('git'),
  name: optString,
  path: optString,
  version: optString,
  bump: z.enum(['patch', 'minor', 'major'], { error: (i) => `bump must be patch, minor or major, got "${String(i.input)}"` }).default('patch'),
  metadata: z.record(z.string(), z.unknown(), { error: 'metadata must be a map of keys to values' }).nullish().transform((v) => v ?? {}),
  reports: list,
  data: list,
  stage: optString,
  reason: optString,
  stages: list,
  'require-stage-order': z.boolean().default(true),
  'require-verdicts': list,
  'require-checks': list,
  'versions-per-stage': z.number().int().min(0).default(1),
  sort: z.enum(['timestamp', 'semver'], { error: (i) => `sort must be timestamp or semver, got "${String(i.input)}"` }).default('timestamp'),
  remote: z.string().default('origin'),
  push: z.boolean().default(true),
  ref: z.string().default('HEAD'),
  'model-card': optString,
  'tracking-uri': optString,
  source: optString,
  'run-id': optString,
});

export type RegisterModelInputs = z.infer<typeof schema>;
