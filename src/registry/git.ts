/** `git` through execFile: no shell, arguments passed as they are. */
import { execFile } from 'node:child_process';
import { UserError } from '../core/errors.js';

export interface GitResult {
  stdout: string;
  stderr: string;
  code: number;
}

export interface GitOptions {
  cwd: string;
  input?: string;
  env?: Record<string, string | undefined>;
  signal?: AbortSignal;
}

/** Run git; resolve with the exit code instead of throwing. */
export function gitRaw(args: string[], opts: GitOptions): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      {
        cwd: opts.cwd,
        env: { ...process.env, ...opts.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        maxBuffer: 256 * 1024 * 1024,
        signal: opts.signal,
        encoding: 'utf8',
      },
      (err, stdout, stderr) => {
        if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(new UserError('git is not installed or not on PATH'));
          return;
        }
        if (err && err.name === 'AbortError') {
          reject(err);
          return;
        }
        const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0;
        resolve({ stdout, stderr, code });
      },
    );
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });
}

/** Run git; a non-zero exit becomes an error naming the command and git's first error line. */
export async function git(args: string[], opts: GitOptions): Promise<string> {
  const r = await gitRaw(args, opts);
  if (r.code !== 0) {
    const line = r.stderr.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? `exit code ${r.code}`;
    throw new UserError(`git ${args[0]} failed: ${line}`);
  }
  return r.stdout;
}
