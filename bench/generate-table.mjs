// Deterministic synthetic tables for the benchmarks (written to bench/data/,
// which git ignores). 20 columns: an integer id, 15 numeric features (floats
// and integers, a few missing cells), 3 categories and a code matching
// /^[A-Z]{2}-\d{4}$/.
//   node bench/generate-table.mjs ROWS OUT.csv [SEED]
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const HEADER = ['id', ...Array.from({ length: 12 }, (_, i) => `f${i + 1}`), 'age', 'visits', 'score', 'segment', 'region', 'channel', 'code'];
const SEGMENTS = ['retail', 'smb', 'enterprise', 'public'];
const REGIONS = ['north', 'south', 'east', 'west', 'central'];
const CHANNELS = ['web', 'app', 'store'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export async function generate(rows, out, seed = 42) {
  mkdirSync(dirname(out), { recursive: true });
  const rnd = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const stream = createWriteStream(out);
  const write = (s) => (stream.write(s) ? Promise.resolve() : new Promise((r) => stream.once('drain', r)));
  await write(`${HEADER.join(',')}\n`);
  let buf = '';
  for (let i = 0; i < rows; i++) {
    const cells = [String(i + 1)];
    for (let f = 0; f < 12; f++) cells.push(rnd() < 0.01 ? '' : (normal() * (f + 1) + f * 10).toFixed(4));
    cells.push(String(18 + Math.floor(rnd() * 70)));
    cells.push(String(Math.floor(-Math.log(1 - rnd()) * 5)));
    cells.push(rnd().toFixed(6));
    cells.push(SEGMENTS[Math.floor(rnd() * SEGMENTS.length)]);
    cells.push(REGIONS[Math.floor(rnd() * REGIONS.length)]);
    cells.push(CHANNELS[Math.floor(rnd() * CHANNELS.length)]);
    cells.push(`${LETTERS[Math.floor(rnd() * 26)]}${LETTERS[Math.floor(rnd() * 26)]}-${String(Math.floor(rnd() * 10000)).padStart(4, '0')}`);
    buf += `${cells.join(',')}\n`;
    if (buf.length > 1 << 20) {
      await write(buf);
      buf = '';
    }
  }
  await write(buf);
  await new Promise((r) => stream.end(r));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [rows, out, seed] = process.argv.slice(2);
  await generate(Number(rows), out, seed ? Number(seed) : 42);
}
