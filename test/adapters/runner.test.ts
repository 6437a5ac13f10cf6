/**
 * The runner protocol written by src/adapters/action/runner.ts must be byte
 * for byte what @actions/core writes (the reference implementation of it).
 */
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as runner from '../../src/adapters/action/runner.js';

function captureStdout(fn: () => void): string {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return out;
}

const messages = ['plain', 'multi\nline\r\nmessage with 100% and ::colons::', ''];
const props = [
  undefined,
  { title: 'Rule: x, y', file: 'data/a b.csv', startLine: 7, endLine: 9 },
  { file: 'C:\\data\\x.csv', startLine: 1, startColumn: 3, endColumn: 5 },
];

afterEach(() => {
  process.exitCode = undefined;
  delete process.env.GITHUB_OUTPUT;
});

describe('workflow commands equal @actions/core', () => {
  for (const level of ['error', 'warning', 'notice'] as const) {
    for (const m of messages) {
      for (const p of props) {
        it(`${level} ${JSON.stringify(m)} ${JSON.stringify(p)}`, () => {
          expect(captureStdout(() => runner[level](m, p))).toBe(captureStdout(() => core[level](m, p)));
        });
      }
    }
  }

  it('debug, info, add-mask', () => {
    expect(captureStdout(() => runner.debug('d\ne'))).toBe(captureStdout(() => core.debug('d\ne')));
    expect(captureStdout(() => runner.info('hello'))).toBe(captureStdout(() => core.info('hello')));
    expect(captureStdout(() => runner.setSecret('s3cr3t'))).toBe(captureStdout(() => core.setSecret('s3cr3t')));
  });

  it('setFailed sets exit code 1 and logs an error', () => {
    expect(captureStdout(() => runner.setFailed('boom'))).toBe('::error::boom\n');
    expect(process.exitCode).toBe(1);
  });
});

describe('inputs and outputs', () => {
  it('reads inputs as the runner names them, trimmed', () => {
    const env = { 'INPUT_FAIL-ON': ' warn \n', INPUT_MY_INPUT: 'x' };
    expect(runner.getInput('fail-on', env)).toBe('warn');
    expect(runner.getInput('my input', env)).toBe('x');
    expect(runner.getInput('absent', env)).toBe('');
  });

  it('writes GITHUB_OUTPUT in the delimiter form @actions/core writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'runner-'));
    const ours = join(dir, 'ours');
    const theirs = join(dir, 'theirs');
    writeFileSync(ours, '');
    writeFileSync(theirs, '');
    runner.setOutput('drifted-columns', '["a",\n"b"]', { GITHUB_OUTPUT: ours });
    process.env.GITHUB_OUTPUT = theirs;
    core.setOutput('drifted-columns', '["a",\n"b"]');
    const norm = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIM');
    expect(norm(readFileSync(ours, 'utf8'))).toBe(norm(readFileSync(theirs, 'utf8')));
    expect(norm(readFileSync(ours, 'utf8'))).toBe('drifted-columns<<DELIM\n["a",\n"b"]\nDELIM\n');
  });
});
