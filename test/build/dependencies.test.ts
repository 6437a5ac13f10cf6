/**
 * Dependencies say what is used: every runtime dependency in package.json is
 * imported by src/ (statically or lazily), and every package src/ imports is a
 * runtime dependency. Test-only references (csv-parse, @actions/core, which
 * the hand-written reader and runner.ts are checked against) belong in
 * devDependencies.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../harness/run-action.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The package a specifier names: `@scope/name` or `name`, without a subpath. */
function packageOf(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const imported = new Set<string>();
for (const file of sourceFiles(join(REPO_ROOT, 'src'))) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*)'([^'.][^']*)'/g)) {
    const spec = m[1];
    if (spec.startsWith('node:') || builtinModules.includes(spec)) continue;
    imported.add(packageOf(spec));
  }
}

describe('dependencies', () => {
  it('every runtime dependency is imported by src/', () => {
    const unused = Object.keys(pkg.dependencies).filter((d) => !imported.has(d));
    expect(unused, 'move test-only packages to devDependencies, remove unused ones').toEqual([]);
  });
  it('every package src/ imports is a runtime dependency', () => {
    const missing = [...imported].filter((d) => !(d in pkg.dependencies));
    expect(missing).toEqual([]);
  });
});
