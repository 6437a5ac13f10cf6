/**
 * GTO's Git tag grammar (iterative/gto, `gto/constants.py` and `gto/tag.py`;
 * documented at https://dvc.org/doc/gto/user-guide): every registry event is
 * an annotated tag whose name says what happened.
 *
 *   name@v1.2.3            register version v1.2.3
 *   name@v1.2.3!           deregister it
 *   name#stage#N           assign stage to the version at the tag's commit
 *   name#stage!#N          unassign it
 *   name@deprecated        deprecate the whole artifact
 *
 * Any of them may end in `#N`, a counter; GTO writes stage tags with one,
 * N being one above the highest counter on any tag of the same artifact
 * (whatever its stage or action), so that tag names never repeat.
 * Names and stages follow `[a-z][a-z0-9-/]*[a-z0-9]`.
 */
import { UserError } from '../core/errors.js';
import { SEMVER_CORE } from './semver.js';

export const NAME_PATTERN = '[a-z][a-z0-9-/]*[a-z0-9]';
const NAME_RE = new RegExp(`^${NAME_PATTERN}$`);
const TAG_RE = new RegExp(
  `^(?<artifact>${NAME_PATTERN})` +
    `(?:(?:#(?<stage>${NAME_PATTERN})|@(?<version>v${SEMVER_CORE}))(?<cancel>!?)|@(?:(?<deprecated>deprecated)|(?<created>created)))` +
    `(?:#(?<counter>[0-9]+))?$`,
);

export type TagAction = 'register' | 'deregister' | 'assign' | 'unassign' | 'deprecate' | 'create';

export interface ParsedTag {
  artifact: string;
  action: TagAction;
  version?: string;
  stage?: string;
  counter?: number;
}

export function isValidName(value: string): boolean {
  return NAME_RE.test(value);
}

/** Check an artifact or stage name, failing with one line. */
export function assertValidName(value: string, field: string): void {
  if (!isValidName(value)) {
    throw new UserError(
      `"${value}" is not a valid GTO name: lowercase letters, digits, "-" and "/", starting with a letter and ending with a letter or digit, at least 2 characters`,
      { field },
    );
  }
}

/** Parse a tag name; null for tags that are not GTO's. */
export function parseTag(tag: string): ParsedTag | null {
  const m = TAG_RE.exec(tag);
  if (!m || !m.groups) return null;
  const g = m.groups;
  const out: ParsedTag = { artifact: g.artifact, action: 'create' };
  if (g.deprecated) out.action = 'deprecate';
  else if (g.created) out.action = 'create';
  else if (g.version) {
    out.version = g.version;
    out.action = g.cancel === '!' ? 'deregister' : 'register';
  } else if (g.stage) {
    out.stage = g.stage;
    out.action = g.cancel === '!' ? 'unassign' : 'assign';
  }
  if (g.counter !== undefined) out.counter = Number(g.counter);
  return out;
}

/** One above the highest counter on any tag of this artifact (1 when none has one). */
export function nextCounter(artifact: string, tagNames: Iterable<string>): number {
  let top = 0;
  for (const t of tagNames) {
    const p = parseTag(t);
    if (p && p.artifact === artifact && p.counter !== undefined && p.counter > top) top = p.counter;
  }
  return top + 1;
}

export function registerTag(artifact: string, version: string): string {
  return `${artifact}@${version}`;
}

export function deregisterTag(artifact: string, version: string): string {
  return `${artifact}@${version}!`;
}

export function assignTag(artifact: string, stage: string, counter: number): string {
  return `${artifact}#${stage}#${counter}`;
}

export function unassignTag(artifact: string, stage: string, counter: number): string {
  return `${artifact}#${stage}!#${counter}`;
}

/** `name@deprecated`, or with a counter when that name is taken (a second deprecation). */
export function deprecateTag(artifact: string, counter?: number): string {
  return counter === undefined ? `${artifact}@deprecated` : `${artifact}@deprecated#${counter}`;
}
