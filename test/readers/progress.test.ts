import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Progress } from '../../src/core/gate.js';
import { ProgressReporter } from '../../src/readers/progress.js';

describe('progress throttling', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls back once a second or once per 64 MiB, and always at the end', () => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    const calls: Progress[] = [];
    const reporter = new ProgressReporter('data.csv', (p) => calls.push(p));
    const MiB = 1024 * 1024;
    reporter.update(10, MiB); // too soon, too little
    vi.setSystemTime(999);
    reporter.update(20, 2 * MiB);
    expect(calls).toEqual([]);
    vi.setSystemTime(1000); // a second since the start
    reporter.update(30, 3 * MiB);
    vi.setSystemTime(1500);
    reporter.update(40, 3 * MiB + 64 * MiB - 1); // not yet 64 MiB since the last call
    reporter.update(50, 3 * MiB + 64 * MiB); // 64 MiB since the last call
    reporter.done(60, 100 * MiB);
    expect(calls).toEqual([
      { file: 'data.csv', rows: 30, bytes: 3 * MiB },
      { file: 'data.csv', rows: 50, bytes: 67 * MiB },
      { file: 'data.csv', rows: 60, bytes: 100 * MiB, done: true },
    ]);
  });

  it('does nothing without a callback', () => {
    const reporter = new ProgressReporter('data.csv', undefined);
    expect(() => {
      reporter.update(1, 1);
      reporter.done(1, 1);
    }).not.toThrow();
  });
});
