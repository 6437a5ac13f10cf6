/**
 * ChunkReader: a file's bytes in chunks, whole or a byte range, with fresh
 * buffers (a stream) or three recycled ones. Both ways must hand over exactly
 * the file's bytes, and a consumer that stops early must not leave a read
 * behind that fails later.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/readers/index.js';
import { ChunkReader, openSource } from '../../src/readers/source.js';
import { put, scratchDir } from './helpers.js';

const dir = scratchDir();
// A little over three chunks of 1 MiB, so the three buffers are each used and reused.
const bytes = Buffer.from(randomBytes(3.5 * (1 << 20)).toString('hex').slice(0, 3.5 * (1 << 20)));
put(dir, 'big.csv', bytes);

async function collect(reader: ChunkReader, copy: boolean): Promise<Buffer> {
  const parts: Buffer[] = [];
  // Copies as the recycling contract requires: a recycled chunk is overwritten two chunks later.
  for await (const chunk of reader.chunks()) parts.push(copy ? Buffer.from(chunk) : chunk);
  return Buffer.concat(parts);
}

describe('ChunkReader', () => {
  it('hands over the whole file, recycled or not', async () => {
    const source = await openSource('big.csv', { cwd: dir });
    expect((await collect(new ChunkReader(source, true), false)).equals(bytes)).toBe(true);
    const recycled = new ChunkReader(source, true, { recycle: true });
    expect((await collect(recycled, true)).equals(bytes)).toBe(true);
    expect(recycled.bytesRead()).toBe(bytes.length);
  });

  it('leaves the chunk before the current one intact while the next is read (the tail a tokenizer carries over)', async () => {
    const source = await openSource('big.csv', { cwd: dir });
    let previous: { chunk: Buffer; at: number } | null = null;
    let at = 0;
    for await (const chunk of new ChunkReader(source, true, { recycle: true }).chunks()) {
      await new Promise((r) => setTimeout(r, 10)); // let the read under way land
      if (previous) expect(previous.chunk.equals(bytes.subarray(previous.at, previous.at + previous.chunk.length))).toBe(true);
      expect(chunk.equals(bytes.subarray(at, at + chunk.length))).toBe(true);
      previous = { chunk, at };
      at += chunk.length;
    }
    expect(at).toBe(bytes.length);
  });

  it('hands over exactly a byte range, recycled or not', async () => {
    const source = await openSource('big.csv', { cwd: dir });
    const range = { start: 1_000_003, end: 3_100_001 };
    const expected = bytes.subarray(range.start, range.end);
    expect((await collect(new ChunkReader(source, true, { range }), false)).equals(expected)).toBe(true);
    expect((await collect(new ChunkReader(source, true, { range, recycle: true }), true)).equals(expected)).toBe(true);
  });

  it('stops cleanly when the consumer stops after the first chunk', async () => {
    const source = await openSource('big.csv', { cwd: dir });
    const reader = new ChunkReader(source, true, { recycle: true });
    for await (const chunk of reader.chunks()) {
      expect(chunk.length).toBe(1 << 20);
      break;
    }
    // The read of the next chunk was under way: it must settle quietly.
    await new Promise((r) => setTimeout(r, 20));
  });
});

describe('a CSV read that stops early', () => {
  // Open descriptors of this process (Linux, where CI runs; elsewhere the count is not observable this way).
  const openFiles = () => (existsSync('/proc/self/fd') ? readdirSync('/proc/self/fd').length : 0);

  it('closes its file at once, on an error or on enough rows', async () => {
    const rows = ['a,b'];
    for (let i = 0; i < 400_000; i++) rows.push(`${i},${i % 7}`);
    rows.push('1,2,3');
    put(dir, 'ragged-late.csv', rows.join('\n') + '\n');
    const before = openFiles();
    await expect(readTable('ragged-late.csv', { cwd: dir })).rejects.toThrow(/3 fields, the header has 2/);
    expect(openFiles()).toBe(before);
    const some = await readTable('ragged-late.csv', { cwd: dir, maxRows: 10 });
    expect(some.rowCount).toBe(10);
    expect(openFiles()).toBe(before);
  });
});
