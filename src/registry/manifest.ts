/**
 * Content hashes of a model: the SHA-256 of every file, and the SHA-256 of
 * a manifest listing them. The manifest is what `sha256sum` prints for the
 * files sorted by path, one `<hex>  <path>\n` line each, paths relative to
 * the model directory with `/` separators and sorted by their UTF-8 bytes
 * (so `cd model && find . -type f | cut -c3- | LC_ALL=C sort | xargs sha256sum
 * | sha256sum` gives the same hash). A single file is listed by its base name.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';

export interface FileHash {
  path: string;
  sha256: string;
  bytes: number;
}

export interface Manifest {
  /** SHA-256 of the manifest text. */
  sha256: string;
  bytes: number;
  files: FileHash[];
}

const HASH_CONCURRENCY = 4;

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function listFiles(dir: string, prefix: string, out: { abs: string; rel: string }[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    const abs = path.join(dir, e.name);
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (e.name === '.git') continue;
      await listFiles(abs, rel, out);
    } else if (e.isFile()) {
      out.push({ abs, rel });
    } else if (e.isSymbolicLink()) {
      const s = await stat(abs).catch(() => null);
      if (s?.isFile()) out.push({ abs, rel });
    }
  }
}

function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

export function manifestText(files: FileHash[]): string {
  return files.map((f) => `${f.sha256}  ${f.path}\n`).join('');
}

export function manifestHash(files: FileHash[]): string {
  return createHash('sha256').update(manifestText(files)).digest('hex');
}

/** Hash a file or a directory of files; `field` names the input in errors. */
export async function hashPath(target: string, cwd: string, field = 'path'): Promise<Manifest> {
  const abs = path.resolve(cwd, target);
  // The named path itself may be a symbolic link (to a file or a directory).
  const s = await stat(abs).catch(() => null);
  if (!s) throw new UserError(`no such file or directory`, { file: target, field });
  const found: { abs: string; rel: string }[] = [];
  if (s.isDirectory()) await listFiles(abs, '', found);
  else found.push({ abs, rel: path.basename(abs) });
  if (found.length === 0) throw new UserError(`directory holds no files`, { file: target, field });
  found.sort((a, b) => byteOrder(a.rel, b.rel));
  // A few files at a time: reads overlap with hashing (measured in bench/register-model.mjs).
  const files: FileHash[] = new Array(found.length);
  let next = 0;
  const worker = async () => {
    while (next < found.length) {
      const i = next++;
      const f = found[i];
      const st = await stat(f.abs);
      files[i] = { path: f.rel, sha256: await sha256File(f.abs), bytes: st.size };
    }
  };
  await Promise.all(Array.from({ length: Math.min(HASH_CONCURRENCY, found.length) }, worker));
  const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
  return { sha256: manifestHash(files), bytes, files };
}

export interface ManifestDiff {
  changed: { path: string; expected: string; actual: string }[];
  missing: string[];
  extra: string[];
}

export function diffManifests(expected: FileHash[], actual: FileHash[]): ManifestDiff {
  const a = new Map(actual.map((f) => [f.path, f]));
  const e = new Map(expected.map((f) => [f.path, f]));
  const diff: ManifestDiff = { changed: [], missing: [], extra: [] };
  for (const f of expected) {
    const got = a.get(f.path);
    if (!got) diff.missing.push(f.path);
    else if (got.sha256 !== f.sha256) diff.changed.push({ path: f.path, expected: f.sha256, actual: got.sha256 });
  }
  for (const f of actual) if (!e.has(f.path)) diff.extra.push(f.path);
  return diff;
}
