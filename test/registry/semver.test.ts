import { describe, expect, it } from 'vitest';
import { compareVersionStrings, nextVersion, normalizeVersion, parseSemver } from '../../src/registry/semver.js';
import { UserError } from '../../src/core/errors.js';

describe('semantic versions', () => {
  it('orders by SemVer precedence (semver.org §11 example)', () => {
    const spec = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'];
    const shuffled = [...spec].reverse();
    expect(shuffled.sort(compareVersionStrings)).toEqual(spec);
    expect(compareVersionStrings('v1.10.0', 'v1.9.0')).toBeGreaterThan(0);
    expect(compareVersionStrings('v1.0.0+build.1', 'v1.0.0')).toBe(0);
  });

  it('bumps from the greatest version, starting at v0.0.1', () => {
    expect(nextVersion([], 'major')).toBe('v0.0.1');
    expect(nextVersion(['v1.2.3', 'v1.10.0'], 'patch')).toBe('v1.10.1');
    expect(nextVersion(['v1.2.3'], 'minor')).toBe('v1.3.0');
    expect(nextVersion(['v1.2.3'], 'major')).toBe('v2.0.0');
    expect(nextVersion(['v1.2.3', 'not-a-version'], 'patch')).toBe('v1.2.4');
  });

  it('normalises to the v-prefixed spelling and rejects anything else in one line', () => {
    expect(normalizeVersion('1.2.3')).toBe('v1.2.3');
    expect(normalizeVersion('v1.0.0-rc.2')).toBe('v1.0.0-rc.2');
    for (const bad of ['1.2', 'v01.2.3', 'latest', '1.2.3.4', '']) {
      expect(() => normalizeVersion(bad)).toThrow(UserError);
      expect(parseSemver(bad)).toBeNull();
    }
  });
});
