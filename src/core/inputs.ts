/**
 * Input specifications. One list per gate is the single source of truth for
 * the action's `inputs:` (action.yml is generated from it), the CLI's
 * `--flags`, the policy file's keys and the reference docs.
 *
 * Action inputs arrive as strings; `kind` says how a string becomes a value
 * before it is merged with the policy file (whose YAML values are already
 * typed) and validated by the gate's zod schema.
 */
import { parse as parseYaml } from 'yaml';
import { UserError } from './errors.js';

export type InputKind =
  /** Kept as the string given. */
  | 'string'
  /** A number; validated by the gate's schema. */
  | 'number'
  /** `true` or `false`. */
  | 'boolean'
  /** Items separated by commas or new lines. */
  | 'list'
  /** A YAML (or JSON) value: maps such as thresholds. */
  | 'yaml';

export interface InputSpec {
  name: string;
  description: string;
  kind: InputKind;
  /**
   * Default applied by modelgate when neither the input nor the policy sets
   * it. It is written into the docs, not into action.yml, because the runner
   * always passes action.yml defaults and an explicit input must be told
   * apart from a default to let the policy file fill it in.
   */
  default?: string;
  required?: boolean;
  /** A default that only the runner can supply (e.g. `${{ github.token }}`). */
  actionDefault?: string;
  /** Not read from the policy file (secrets, paths of this run). */
  notInPolicy?: boolean;
}

export interface OutputSpec {
  name: string;
  description: string;
}

/** Turn one string input into a value according to its kind. */
export function convertInput(spec: InputSpec, raw: string): unknown {
  switch (spec.kind) {
    case 'string':
      return raw;
    case 'number': {
      const n = Number(raw.trim());
      if (raw.trim() === '' || !Number.isFinite(n)) {
        throw new UserError(`expected a number, got "${raw}"`, { field: `input ${spec.name}` });
      }
      return n;
    }
    case 'boolean': {
      const v = raw.trim().toLowerCase();
      if (v === 'true') return true;
      if (v === 'false') return false;
      throw new UserError(`expected true or false, got "${raw}"`, { field: `input ${spec.name}` });
    }
    case 'list':
      return raw
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
    case 'yaml':
      try {
        return parseYaml(raw);
      } catch (err) {
        const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
        throw new UserError(`invalid YAML: ${msg}`, { field: `input ${spec.name}` });
      }
  }
}

/** Inputs every gate has, in this order, after the gate's own. */
export const COMMON_INPUTS: InputSpec[] = [
  {
    name: 'policy',
    kind: 'string',
    description:
      'Path of a `modelgate.yml` policy file holding settings for any gate under a key named after the gate. Inputs given to the step override it.',
    notInPolicy: true,
  },
  {
    name: 'fail-on',
    kind: 'string',
    default: 'fail',
    description: 'Which verdict fails the job: `fail`, `warn` (warnings fail too) or `never` (report only).',
  },
  {
    name: 'comment',
    kind: 'string',
    default: 'auto',
    description:
      'When to write the sticky pull-request comment: `auto` (on pull requests), `always`, `on-failure` (only when the verdict is not pass) or `never`.',
  },
  {
    name: 'comment-id',
    kind: 'string',
    description:
      'Distinguishes the sticky comments of two runs of one gate in one workflow (e.g. two data files). Runs with the same id share one comment.',
  },
  {
    name: 'report-path',
    kind: 'string',
    description: 'Where to write the JSON report. Default: `modelgate-<gate>.json` in the runner temp directory (the CLI: the working directory).',
    notInPolicy: true,
  },
  {
    name: 'check-name',
    kind: 'string',
    description:
      'When set, also create a check run with this name (needs `checks: write`): conclusion success, failure or neutral, with the summary and annotations.',
  },
  {
    name: 'github-token',
    kind: 'string',
    actionDefault: '${{ github.token }}',
    description: 'Token for the pull-request comment and check run. The default `GITHUB_TOKEN` is enough.',
    notInPolicy: true,
  },
];

export const COMMON_OUTPUTS: OutputSpec[] = [
  { name: 'verdict', description: '`pass`, `warn` or `fail`.' },
  { name: 'report-path', description: 'Path of the JSON report.' },
  { name: 'summary', description: 'One line: the verdict and its main reason.' },
];
