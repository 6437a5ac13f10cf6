// The data of the drift-check benchmarks (drift-check.mjs, html-report.mjs): a
// reference and a current CSV of n rows × 20 columns (16 numeric, 4
// categorical), deterministic (mulberry32); in the current file 5 numeric
// columns are moved and one category re-weighted.
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { dirname } from 'node:path';

const CATS = [
  ['a', 'b', 'c', 'd'],
  ['north', 'south', 'east', 'west', 'central'],
  ['web', 'app', 'store'],
  Array.from({ length: 40 }, (_, i) => `sku${i}`),
];

/** Deterministic data (mulberry32); `shift` moves 5 numeric columns and re-weights one category. */
export async function generate(n, path, seed, shift) {
  mkdirSync(dirname(path), { recursive: true });
  let a = seed >>> 0;
  const u = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
  const out = createWriteStream(path);
  const header = [...Array.from({ length: 16 }, (_, i) => `x${i + 1}`), 'segment', 'region', 'channel', 'sku'];
  let buf = `${header.join(',')}\n`;
  for (let r = 0; r < n; r++) {
    const cells = [];
    for (let f = 0; f < 16; f++) {
      const moved = shift && f < 5 ? 0.05 * (f + 1) : 0;
      if (f % 4 === 3) cells.push(String(Math.floor(-Math.log(1 - u()) * (3 + f) * (1 + moved))));
      else cells.push(((normal() + moved) * (f + 1) + 10 * f).toFixed(4));
    }
    for (let c = 0; c < 4; c++) {
      const k = CATS[c].length;
      const x = u();
      cells.push(CATS[c][shift && c === 0 ? Math.min(k - 1, Math.floor(x * x * k)) : Math.floor(x * k)]);
    }
    buf += `${cells.join(',')}\n`;
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}
