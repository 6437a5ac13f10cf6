/** Manifest hashes against coreutils' sha256sum, an independent implementation. */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffManifests, hashPath } from '../../src/registry/manifest.js';
import { UserError } from '../../src/core/errors.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'modelgate-manifest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function put(rel: string, content: string | Buffer) {
  const f = path.join(dir, rel);
  mkdirSync(path.dirname(f), { recursive: true });
  writeFileSync(f, content);
}

describe('hashPath', () => {
  it('hashes every file and the sorted manifest as sha256sum does', async () => {
    put('model/weights.bin', Buffer.from([0, 1, 2, 255]));
    put('model/B.txt', 'upper first in byte order\n');
    put('model/a/config.json', '{"k": 1}\n');
    put('model/é.txt', 'non-ascii name\n');
    const m = await hashPath('model', dir);
    expect(m.files.map((f) => f.path)).toEqual(['B.txt', 'a/config.json', 'weights.bin', 'é.txt']);
    const listing = execFileSync('sh', ['-c', "find . -type f | cut -c3- | LC_ALL=C sort | while read -r f; do sha256sum \"$f\"; done"], {
      cwd: path.join(dir, 'model'),
      encoding: 'utf8',
    });
    const expected = execFileSync('sha256sum', [], { input: listing, encoding: 'utf8' }).split(' ')[0];
    expect(m.sha256).toBe(expected);
    const one = execFileSync('sha256sum', ['weights.bin'], { cwd: path.join(dir, 'model'), encoding: 'utf8' }).split(' ')[0];
    expect(m.files[2]).toEqual({ path: 'weights.bin', sha256: one, bytes: 4 });
    expect(m.bytes).toBe(m.files.reduce((s, f) => s + f.bytes, 0));
  });

  it('lists a single file by its base name', async () => {
    put('single/model.onnx', 'onnx');
    const m = await hashPath('single/model.onnx', dir);
    expect(m.files.map((f) => f.path)).toEqual(['model.onnx']);
  });

  it('fails in one line on a missing path or an empty directory', async () => {
    await expect(hashPath('nope', dir)).rejects.toThrow(UserError);
    mkdirSync(path.join(dir, 'empty'));
    await expect(hashPath('empty', dir)).rejects.toThrow('directory holds no files');
  });

  it('diffs two manifests into changed, missing and extra files', () => {
    const a = [{ path: 'x', sha256: '1', bytes: 1 }, { path: 'y', sha256: '2', bytes: 1 }];
    const b = [{ path: 'x', sha256: '9', bytes: 1 }, { path: 'z', sha256: '3', bytes: 1 }];
    expect(diffManifests(a, b)).toEqual({ changed: [{ path: 'x', expected: '1', actual: '9' }], missing: ['y'], extra: ['z'] });
  });
});
