/**
 * What a release needs: the license package.json names, a security policy,
 * a changelog with a section for the version, the release workflow, and one
 * version of the actions in every file a user copies from.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../harness/run-action.js';

const read = (f: string) => readFileSync(join(REPO_ROOT, f), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string; license: string };
const { RELEASE_TAG, filesNamingReleases, otherReleaseRefs, withReleaseTag } = (await import(join(REPO_ROOT, 'scripts/release-tag.mjs'))) as {
  RELEASE_TAG: string;
  filesNamingReleases: () => string[];
  otherReleaseRefs: (text: string, tag?: string) => string[];
  withReleaseTag: (text: string, tag?: string) => string;
};
const { changelogSection } = (await import(join(REPO_ROOT, 'scripts/changelog-section.mjs'))) as {
  changelogSection: (text: string, version: string) => string | undefined;
};

describe('the release tag', () => {
  it("is package.json's major version", () => {
    expect(RELEASE_TAG).toBe(`v${pkg.version.split('.')[0]}`);
  });

  it('is the only one any README, doc, template or example names', () => {
    const files = filesNamingReleases();
    expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/suite.md', 'action-templates/pr-gates.yml']));
    const offenders = files.flatMap((f) => otherReleaseRefs(read(f)).map((ref) => `${f}: ${ref}`));
    expect(offenders).toEqual([]);
    // And they do name it.
    expect(read('README.md')).toContain(`modelgate/modelgate@${RELEASE_TAG}`);
  });

  it('is written over any other by the build (and refused by --check)', () => {
    const text = 'uses: modelgate/modelgate/actions/drift-check@v1\nuses: modelgate/modelgate@v0.3.1\nuses: actions/checkout@v4\n';
    expect(otherReleaseRefs(text, 'v2')).toEqual(['modelgate/modelgate/actions/drift-check@v1', 'modelgate/modelgate@v0.3.1']);
    expect(withReleaseTag(text, 'v2')).toBe('uses: modelgate/modelgate/actions/drift-check@v2\nuses: modelgate/modelgate@v2\nuses: actions/checkout@v4\n');
    expect(read('scripts/build.mjs')).toMatch(/files\[path\] = withReleaseTag\(text\)/);
  });
});

describe('release files', () => {
  it('LICENSE is the MIT license package.json names', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
    expect(read('LICENSE')).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  it('SECURITY.md says how to report and which versions are supported', () => {
    const text = read('SECURITY.md');
    expect(text).toMatch(/## Reporting a vulnerability/);
    expect(text).toMatch(/## Supported versions/);
    expect(text).toContain(`\`${RELEASE_TAG}\``);
  });

  it("CHANGELOG.md keeps a changelog with a section for package.json's version", () => {
    const text = read('CHANGELOG.md');
    expect(text).toMatch(/^## \[Unreleased\]$/m);
    expect(text).toMatch(new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
    expect(changelogSection(text, pkg.version)).toMatch(/^### Added/);
  });

  it('changelog-section.mjs prints a section, stops at the next, and refuses a missing or empty one', () => {
    const text = '# Changelog\n\n## [Unreleased]\n\n## [1.1.0] - 2026-02-01\n\n### Fixed\n\n- a\n\n## [1.0.0] - 2026-01-01\n\n### Added\n\n- b\n\n[1.1.0]: https://x\n';
    expect(changelogSection(text, '1.1.0')).toBe('### Fixed\n\n- a');
    expect(changelogSection(text, '1.0.0')).toBe('### Added\n\n- b');
    expect(changelogSection(text, 'Unreleased')).toBeUndefined();
    expect(changelogSection(text, '1.0')).toBeUndefined();
    const cli = spawnSync(process.execPath, ['scripts/changelog-section.mjs', 'v9.9.9'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('CHANGELOG.md: no section "## [9.9.9]');
  });

  it('the release workflow runs on version tags, checks dist/ and the tests, publishes the notes and moves the major tag', () => {
    const text = read('.github/workflows/release.yml');
    const wf = parseYaml(text) as { on: { push: { tags: string[] } }; jobs: Record<string, { needs?: string; permissions?: Record<string, string> }> };
    expect(wf.on.push.tags).toEqual(['v*.*.*']);
    expect(text).toContain('npm run build -- --check');
    expect(text).toContain('npm test');
    expect(text).toContain('scripts/changelog-section.mjs');
    expect(text).toContain('gh release create');
    expect(text).toMatch(/git push --force origin "refs\/tags\/\$major"/);
    expect(wf.jobs.release.needs).toBe('check');
    expect(wf.jobs.release.permissions).toEqual({ contents: 'write' });
  });
});
