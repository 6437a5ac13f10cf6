/**
 * `artifact:` values of file inputs and the `artifact-run` input, parsed.
 *
 * - `artifact:<name>` is the artifact named <name>: the file it holds when it
 *   holds one file, else the directory it was unpacked into;
 * - `artifact:<name>/<path>` is the file or directory <path> inside it.
 *
 * An artifact name cannot hold `/` (nor `"`, `:`, `<`, `>`, `|`, `*`, `?`,
 * `\`, CR or LF: @actions/artifact refuses them), so the first `/` ends it.
 * The path stays inside the artifact: no `..` segment, not absolute.
 */
import { UserError } from '../core/errors.js';

export const ARTIFACT_PREFIX = 'artifact:';

export interface ArtifactReference {
  /** The value as written, for messages. */
  text: string;
  name: string;
  /** Path inside the artifact, `/`-separated; undefined for the artifact itself. */
  path?: string;
}

/** The characters @actions/artifact refuses in a name (its path-and-artifact-name-validation.ts). */
const FORBIDDEN_IN_NAME = /["\:<>|*?\\\r\n]/;

export function isArtifactValue(value: string): boolean {
  return value.trim().startsWith(ARTIFACT_PREFIX);
}

/** Parse `artifact:<name>[/<path>]`; `input` names the input in errors. */
export function parseArtifactReference(value: string, input: string): ArtifactReference {
  const text = value.trim();
  const rest = text.slice(ARTIFACT_PREFIX.length);
  const slash = rest.indexOf('/');
  const name = (slash < 0 ? rest : rest.slice(0, slash)).trim();
  const path = slash < 0 ? undefined : rest.slice(slash + 1).replace(/^\/+|\/+$/g, '');
  const field = `input ${input}`;
  if (!name) throw new UserError(`"${text}" names no artifact: write artifact:<name> or artifact:<name>/<path>`, { field });
  if (FORBIDDEN_IN_NAME.test(name)) throw new UserError(`"${text}": an artifact name cannot hold " : < > | * ? \\ or line breaks`, { field });
  if (path !== undefined && path.split('/').some((s) => s === '..')) {
    throw new UserError(`"${text}": the path inside the artifact may not go up with ".."`, { field });
  }
  return { text, name, ...(path ? { path } : {}) };
}

/** Which workflow run `artifact:` inputs come from (the `artifact-run` input). */
export type RunSelector = { kind: 'this' } | { kind: 'latest-success'; branch?: string } | { kind: 'id'; runId: number };

export function parseRunSelector(value: string): RunSelector {
  const v = value.trim();
  if (v === '' || v === 'this') return { kind: 'this' };
  if (v === 'latest-success') return { kind: 'latest-success' };
  if (v.startsWith('latest-success@')) return { kind: 'latest-success', branch: v.slice('latest-success@'.length) };
  if (/^[1-9][0-9]*$/.test(v)) return { kind: 'id', runId: Number(v) };
  throw new UserError(`"${v}": expected this, latest-success, latest-success@<branch> or a run id`, { field: 'input artifact-run' });
}

/** The selector as a user writes it, for messages. */
export function describeSelector(s: RunSelector): string {
  if (s.kind === 'this') return 'this run';
  if (s.kind === 'id') return `run ${s.runId}`;
  return `latest-success@${s.branch ?? '<default branch>'}`;
}
