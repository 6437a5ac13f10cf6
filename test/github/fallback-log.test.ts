import { afterEach, describe, expect, it, vi } from 'vitest';
import { fallbackLog } from '../../src/github/errors.js';

describe('fallbackLog', () => {
  const saved = process.env.GITHUB_ACTIONS;
  afterEach(() => {
    vi.restoreAllMocks();
    if (saved === undefined) delete process.env.GITHUB_ACTIONS;
    else process.env.GITHUB_ACTIONS = saved;
  });

  it('writes an escaped ::warning:: command inside Actions', () => {
    process.env.GITHUB_ACTIONS = 'true';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    fallbackLog.warn('50% done\nsecond line');
    expect(write).toHaveBeenCalledWith('::warning::50%25 done%0Asecond line\n');
  });

  it('writes to stderr elsewhere', () => {
    delete process.env.GITHUB_ACTIONS;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const write = vi.spyOn(process.stdout, 'write');
    fallbackLog.warn('plain');
    expect(warn).toHaveBeenCalledWith('plain');
    expect(write).not.toHaveBeenCalled();
  });
});
