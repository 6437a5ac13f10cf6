/**
 * An index from id to row over one file's ids, for the join in
 * pair-by-id.ts: open addressing with linear probing in one Int32Array
 * (row + 1 per slot, 0 = empty; at most half full), comparing against the
 * ids' own array, so a million ids cost one 8 MB array and no object per id.
 * A slot's row turns negative once a candidate row has claimed it, which is
 * how a repeated candidate id shows.
 *
 * Why this shape (measured on 1,000,000 shuffled number ids, one cold run as
 * the gate makes it): the earlier join, a Map of the ids' strings plus a Set,
 * took 2.4 s; this index about 180 ms; a radix-partitioned hash join
 * (cache-sized partitions) was faster once warm but slower cold, because
 * every fresh megabyte a run touches costs a few milliseconds of page
 * faults and partitioning writes five times the memory.
 *
 * Hashes: a number by its IEEE-754 bits read as two 32-bit words (−0 as 0,
 * since −0 === 0), text by FNV-1a (Fowler, Noll, Vo) over its UTF-16 code
 * units; both then through MurmurHash3's 32-bit finaliser (Appleby,
 * smhasher) so that the low bits, which pick the slot, are well spread.
 * Each pass is a small function with one loop: the join runs once per gate
 * run, before V8 has optimised anything, and small loops are compiled sooner.
 */
import type { NumberIds, RowIds, TextIds } from './row-ids.js';

export interface IdIndex {
  ids: RowIds;
  slots: Int32Array;
}

/** The outcome of probing the index with the other file's ids. */
export interface Probe {
  /** First row of the probing file whose id the index lacks, or -1; how many such rows. */
  firstMissing: number;
  missing: number;
  /** First row of the probing file whose id an earlier row of it already claimed, or -1. */
  firstRepeat: number;
}

function slotCount(rows: number): number {
  let size = 16;
  while (size < 2 * rows) size *= 2;
  return size;
}

function words(values: Float64Array): Uint32Array {
  return new Uint32Array(values.buffer, values.byteOffset, 2 * values.length);
}

/** fmix32 of the two words of a number (the caller passes 0, 0 for ±0). */
function mixWords(lo: number, hi: number): number {
  let h = lo ^ Math.imul(hi, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function hashText(s: string): number {
  let h = 0x811c9dc5;
  for (let c = 0; c < s.length; c++) h = Math.imul(h ^ s.charCodeAt(c), 0x01000193);
  return mixWords(h, 0);
}

/** Returns the first row repeating an earlier row's id, or -1 (then every row is indexed). */
function fillNumbers(ids: NumberIds, slots: Int32Array): number {
  const values = ids.values;
  const w = words(values);
  const mask = slots.length - 1;
  for (let j = 0; j < values.length; j++) {
    const v = values[j];
    for (let s = (v === 0 ? mixWords(0, 0) : mixWords(w[2 * j], w[2 * j + 1])) & mask; ; s = (s + 1) & mask) {
      const q = slots[s];
      if (q === 0) {
        slots[s] = j + 1;
        break;
      }
      if (values[q - 1] === v) return j;
    }
  }
  return -1;
}

function fillTexts(ids: TextIds, slots: Int32Array): number {
  const values = ids.values;
  const mask = slots.length - 1;
  for (let j = 0; j < values.length; j++) {
    const v = values[j];
    for (let s = hashText(v) & mask; ; s = (s + 1) & mask) {
      const q = slots[s];
      if (q === 0) {
        slots[s] = j + 1;
        break;
      }
      if (values[q - 1] === v) return j;
    }
  }
  return -1;
}

/**
 * Indexes every row of `ids`; stops at the first row whose id an earlier
 * row has and returns that row as `repeat` (-1 when every id is distinct).
 */
export function indexIds(ids: RowIds): { index: IdIndex; repeat: number } {
  const slots = new Int32Array(slotCount(ids.values.length));
  const repeat = ids.kind === 'number' ? fillNumbers(ids, slots) : fillTexts(ids, slots);
  return { index: { ids, slots }, repeat };
}

/** The row before `row` with the same id (for a message: only called on an error). */
export function earlierRowWithId(ids: RowIds, row: number): number {
  for (let i = 0; i < row; i++) if (ids.values[i] === ids.values[row]) return i;
  return -1;
}

function probeNumbers(indexed: NumberIds, slots: Int32Array, probe: NumberIds, pairs: Int32Array, out: Probe): void {
  const base = indexed.values;
  const values = probe.values;
  const w = words(values);
  const mask = slots.length - 1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let s = (v === 0 ? mixWords(0, 0) : mixWords(w[2 * i], w[2 * i + 1])) & mask;
    for (;;) {
      const q = slots[s];
      if (q === 0) {
        if (out.firstMissing < 0) out.firstMissing = i;
        out.missing++;
        break;
      }
      const row = (q < 0 ? -q : q) - 1;
      if (base[row] === v) {
        if (q < 0) {
          if (out.firstRepeat < 0) out.firstRepeat = i;
        } else {
          slots[s] = -q;
          pairs[i] = row;
        }
        break;
      }
      s = (s + 1) & mask;
    }
  }
}

function probeTexts(indexed: TextIds, slots: Int32Array, probe: TextIds, pairs: Int32Array, out: Probe): void {
  const base = indexed.values;
  const values = probe.values;
  const mask = slots.length - 1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let s = hashText(v) & mask;
    for (;;) {
      const q = slots[s];
      if (q === 0) {
        if (out.firstMissing < 0) out.firstMissing = i;
        out.missing++;
        break;
      }
      const row = (q < 0 ? -q : q) - 1;
      if (base[row] === v) {
        if (q < 0) {
          if (out.firstRepeat < 0) out.firstRepeat = i;
        } else {
          slots[s] = -q;
          pairs[i] = row;
        }
        break;
      }
      s = (s + 1) & mask;
    }
  }
}

/**
 * Looks every row of `probe` (ids of the same kind as the index's) up:
 * pairs[i] = the indexed row with row i's id. Claims each indexed row it
 * finds, so the index serves one probe.
 */
export function probeIds(index: IdIndex, probe: RowIds, pairs: Int32Array): Probe {
  const out: Probe = { firstMissing: -1, missing: 0, firstRepeat: -1 };
  const { ids, slots } = index;
  if (ids.kind === 'number' && probe.kind === 'number') probeNumbers(ids, slots, probe, pairs, out);
  else if (ids.kind === 'text' && probe.kind === 'text') probeTexts(ids, slots, probe, pairs, out);
  else throw new TypeError('probeIds: the ids are of another kind than the index');
  return out;
}
