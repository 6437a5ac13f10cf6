/**
 * Semantic versions as GTO writes them in tags: a `v` followed by a
 * SemVer 2.0.0 version (https://semver.org), e.g. `v1.2.3` or `v1.0.0-rc.2`.
 * The pattern is SemVer's own recommended regular expression (semver.org,
 * "Is there a suggested regular expression"), which GTO also uses.
 */
import { UserError } from '../core/errors.js';

export const SEMVER_CORE =
  '(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)' +
  '(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?' +
  '(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?';

const SEMVER_RE = new RegExp(`^v?${SEMVER_CORE}$`);

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
  build: string | null;
}

export type Bump = 'patch' | 'minor' | 'major';

/** Parse `v1.2.3` or `1.2.3`; null when it is not SemVer. */
export function parseSemver(text: string): SemVer | null {
  const m = SEMVER_RE.exec(text.trim());
  if (!m) return null;
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease: m[4] ? m[4].split('.') : [],
    build: m[5] ?? null,
  };
}

/** The tag spelling of a version: always with the leading `v`. */
export function formatSemver(v: SemVer): string {
  const pre = v.prerelease.length ? `-${v.prerelease.join('.')}` : '';
  const build = v.build ? `+${v.build}` : '';
  return `v${v.major}.${v.minor}.${v.patch}${pre}${build}`;
}

/** Normalise a user-given version to `vX.Y.Z`, or fail with one line. */
export function normalizeVersion(text: string, field = 'version'): string {
  const v = parseSemver(text);
  if (!v) throw new UserError(`"${text}" is not a semantic version (expected e.g. v1.2.3)`, { field });
  return formatSemver(v);
}

function compareIdentifiers(a: string, b: string): number {
  const an = /^\d+$/.test(a);
  const bn = /^\d+$/.test(b);
  if (an && bn) return Number(a) - Number(b);
  if (an) return -1; // numeric identifiers have lower precedence (SemVer §11.4.3)
  if (bn) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** SemVer precedence (§11): build metadata is ignored. */
export function compareSemver(a: SemVer, b: SemVer): number {
  if (a.major !== b.major) return a.major - b.major;
  if (a.minor !== b.minor) return a.minor - b.minor;
  if (a.patch !== b.patch) return a.patch - b.patch;
  // A version without prerelease ranks above one with (§11.3).
  if (!a.prerelease.length || !b.prerelease.length) return b.prerelease.length - a.prerelease.length;
  const n = Math.min(a.prerelease.length, b.prerelease.length);
  for (let i = 0; i < n; i++) {
    const c = compareIdentifiers(a.prerelease[i], b.prerelease[i]);
    if (c !== 0) return c;
  }
  return a.prerelease.length - b.prerelease.length;
}

export function compareVersionStrings(a: string, b: string): number {
  const pa = parseSemver(a);
  const pb = parseSemver(b);
  if (pa && pb) return compareSemver(pa, pb);
  if (pa) return 1; // SemVer versions rank above commit-named ones, as GTO sorts them
  if (pb) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The next version after the greatest of `existing`: the first version is
 * v0.0.1 (as GTO's `register` does); a bump resets the lower parts and drops
 * prerelease and build labels.
 */
export function nextVersion(existing: Iterable<string>, bump: Bump): string {
  let top: SemVer | null = null;
  for (const s of existing) {
    const v = parseSemver(s);
    if (v && (!top || compareSemver(v, top) > 0)) top = v;
  }
  if (!top) return 'v0.0.1';
  const next: SemVer = { major: top.major, minor: top.minor, patch: top.patch, prerelease: [], build: null };
  if (bump === 'major') {
    next.major += 1;
    next.minor = 0;
    next.patch = 0;
  } else if (bump === 'minor') {
    next.minor += 1;
    next.patch = 0;
  } else {
    next.patch += 1;
  }
  return formatSemver(next);
}
