/** Real git repositories for tests: a bare origin and a working clone. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function sh(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

export interface Fixture {
  root: string;
  origin: string;
  work: string;
  /** Another clone of the same origin (a second CI job). */
  clone(name: string): string;
  write(rel: string, content: string | Buffer, base?: string): string;
  commit(message: string, base?: string): string;
  cleanup(): void;
}

export function makeFixture(): Fixture {
  const root = mkdtempSync(path.join(os.tmpdir(), 'modelgate-registry-'));
  const origin = path.join(root, 'origin.git');
  sh(root, ['init', '--quiet', '--bare', '-b', 'main', origin]);
  const configure = (dir: string) => {
    sh(dir, ['config', 'user.name', 'Test Runner']);
    sh(dir, ['config', 'user.email', 'runner@example.com']);
    sh(dir, ['config', 'commit.gpgsign', 'false']);
    sh(dir, ['config', 'tag.gpgsign', 'false']);
  };
  const work = path.join(root, 'work');
  sh(root, ['clone', '--quiet', origin, work]);
  configure(work);
  const fx: Fixture = {
    root,
    origin,
    work,
    clone(name) {
      const dir = path.join(root, name);
      sh(root, ['clone', '--quiet', origin, dir]);
      configure(dir);
      return dir;
    },
    write(rel, content, base = work) {
      const file = path.join(base, rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
    commit(message, base = work) {
      sh(base, ['add', '-A']);
      sh(base, ['commit', '--quiet', '--allow-empty', '-m', message]);
      sh(base, ['push', '--quiet', 'origin', 'HEAD:main']);
      return sh(base, ['rev-parse', 'HEAD']).trim();
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
  fx.write('README.md', 'fixture\n');
  fx.commit('initial commit');
  return fx;
}

/** Tags on the bare origin, name → peeled commit. */
export function remoteTags(fx: Fixture): Map<string, string> {
  const out = sh(fx.origin, ['for-each-ref', '--format=%(refname:strip=2) %(objecttype) %(*objectname)', 'refs/tags']);
  const m = new Map<string, string>();
  for (const line of out.split('\n')) {
    if (!line) continue;
    const [name, , commit] = line.split(' ');
    m.set(name, commit);
  }
  return m;
}
