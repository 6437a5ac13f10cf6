import type { Progress } from '../core/gate.js';

const INTERVAL_MS = 1000;
const INTERVAL_BYTES = 64 * 1024 * 1024;

/** Throttles progress calls to about one a second or one per 64 MiB read. */
export class ProgressReporter {
  private lastTime = Date.now();
  private lastBytes = 0;

  constructor(
    private readonly file: string,
    private readonly callback: ((p: Progress) => void) | undefined,
  ) {}

  update(rows: number, bytes: number): void {
    if (!this.callback) return;
    const now = Date.now();
    if (now - this.lastTime < INTERVAL_MS && bytes - this.lastBytes < INTERVAL_BYTES) return;
    this.lastTime = now;
    this.lastBytes = bytes;
    this.callback({ file: this.file, rows, bytes });
  }

  done(rows: number, bytes: number): void {
    this.callback?.({ file: this.file, rows, bytes, done: true });
  }
}
