/**
 * Sort a Float64Array ascending in place, in about linear time: an LSD radix
 * sort on the high 32 bits of the IEEE-754 bit patterns (two passes of
 * 16-bit digits), then each run of values sharing those bits (values within
 * a relative 2⁻²⁰ of each other) is finished by insertion sort, or by the
 * built-in sort when longer than 16. Node 20's built-in TypedArray sort
 * alone is several times slower on a million doubles, and sorting is most
 * of drift-check's own time on large files.
 *
 * Bit patterns of non-negative doubles order like their values; negative
 * ones order in reverse and after all non-negative ones. So after sorting
 * the raw bits, the block of negative values is reversed and moved to the
 * front. −0 sorts just before +0. The array must not contain NaN (callers
 * drop missing values first). Small arrays use the built-in sort.
 *
 * Reference: D. E. Knuth, "The Art of Computer Programming", vol. 3,
 * 2nd ed., §5.2.5 (radix sorting); P. Terdiman, "Radix sort revisited"
 * (2000) for the floating-point sign trick.
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

// One scratch buffer, reused across calls (drift-check sorts dozens of
// million-value columns one after the other; a fresh 8 MB buffer each time
// is mostly garbage-collection work). Safe: the sort is synchronous.
let scratch = new Float64Array(0);
function scratchOf(n: number): Float64Array {
  if (scratch.length < n) scratch = new Float64Array(n);
  return scratch.subarray(0, n);
}

export function radixSortFloat64(a: Float64Array): Float64Array {
  const n = a.length;
  if (n < 512 || !LITTLE_ENDIAN) return a.sort();
  let src: Float64Array = a;
  let dst: Float64Array = scratchOf(n);
  const count = new Uint32Array(65536);
  // Two passes on the high 32 bits (sign, exponent, top 20 mantissa bits);
  // runs of values sharing them are finished at the end.
  for (let pass = 0; pass < 2; pass++) {
    const words = new Uint32Array(src.buffer, src.byteOffset, 2 * n);
    const word = 1; // the high 32 bits (little-endian)
    const shift = pass * 16;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(words[2 * i + word] >>> shift) & 0xffff]++;
    // A digit all values share (the zero low bits of integers, a common exponent) needs no pass.
    if (count[(words[word] >>> shift) & 0xffff] === n) continue;
    toOffsets(count);
    for (let i = 0; i < n; i++) dst[count[(words[2 * i + word] >>> shift) & 0xffff]++] = src[i];
    [src, dst] = [dst, src];
  }
  if (src !== a) a.set(src);
  finishHighWordSort(a, src === a ? dst : src);
  return a;
}

/** Digit counts into the offsets where each digit's values start (exclusive prefix sums), in place. */
function toOffsets(count: Uint32Array): void {
  let sum = 0;
  for (let d = 0; d < count.length; d++) {
    const c = count[d];
    count[d] = sum;
    sum += c;
  }
}

/**
 * The last steps once `a` is sorted by the raw high 32 bits of its values:
 * the block of negative values reversed and moved to the front, then runs
 * of equal high bits put in order. `spare`: scratch of at least a's length.
 */
function finishHighWordSort(a: Float64Array, spare: Float64Array): void {
  const n = a.length;
  // The sorted bits are in `a`. Now fix the negative block.
  const hi = new Uint32Array(a.buffer, a.byteOffset, 2 * n);
  let firstNegative = n;
  for (let i = 0; i < n; i++) {
    if (hi[2 * i + 1] >>> 31) {
      firstNegative = i;
      break;
    }
  }
  const negatives = n - firstNegative;
  if (negatives > 0) {
    const tmp = spare;
    for (let i = 0; i < negatives; i++) tmp[i] = a[n - 1 - i];
    tmp.set(a.subarray(0, firstNegative), negatives);
    a.set(tmp);
  }
  // Values with equal high words are contiguous now but not yet in order:
  // insertion sort for short runs, the built-in sort for long ones.
  let i = 0;
  while (i < n) {
    const h = hi[2 * i + 1];
    let j = i + 1;
    while (j < n && hi[2 * j + 1] === h) j++;
    if (j - i > 16) {
      // Often already in order (e.g. a run of equal integers).
      let sorted = true;
      for (let k = i + 1; k < j && sorted; k++) sorted = a[k - 1] <= a[k];
      if (!sorted) a.subarray(i, j).sort();
    } else {
      for (let k = i + 1; k < j; k++) {
        const v = a[k];
        let m = k - 1;
        while (m >= i && a[m] > v) {
          a[m + 1] = a[m];
          m--;
        }
        a[m + 1] = v;
      }
    }
    i = j;
  }
}

/**
 * The finite values of several arrays (the halves of one column, read by two
 * threads), ascending, in a new array: the same values, in the same order,
 * as copying the parts one after the other, dropping NaN and ±∞, and
 * sorting with radixSortFloat64. It reads the parts in the radix passes
 * themselves, with both digit counts taken in one pass, so the joined copy
 * and the separate filtering pass are never made.
 */
export function sortedFinite(parts: readonly Float64Array[]): Float64Array {
  let n = 0;
  for (const p of parts) n += p.length;
  if (n < 512 || !LITTLE_ENDIAN) {
    const out = new Float64Array(n);
    let k = 0;
    for (const p of parts) for (let i = 0; i < p.length; i++) if (p[i] - p[i] === 0) out[k++] = p[i];
    return radixSortFloat64(out.subarray(0, k)).slice();
  }
  const low = new Uint32Array(65536);
  const high = new Uint32Array(65536);
  let finite = 0;
  for (const p of parts) {
    const words = new Uint32Array(p.buffer, p.byteOffset, 2 * p.length);
    for (let i = 0; i < p.length; i++) {
      const v = p[i];
      if (v - v !== 0) continue; // NaN, ±∞
      const w = words[2 * i + 1];
      low[w & 0xffff]++;
      high[w >>> 16]++;
      finite++;
    }
  }
  const out = new Float64Array(finite);
  if (finite === 0) return out;
  // A digit every value shares needs no pass (as in radixSortFloat64).
  let firstWord = 0;
  for (const p of parts) {
    const words = new Uint32Array(p.buffer, p.byteOffset, 2 * p.length);
    let found = false;
    for (let i = 0; i < p.length; i++) {
      if (p[i] - p[i] === 0) {
        firstWord = words[2 * i + 1];
        found = true;
        break;
      }
    }
    if (found) break;
  }
  const lowPass = low[firstWord & 0xffff] !== finite;
  const highPass = high[firstWord >>> 16] !== finite;
  const spare = scratchOf(finite);
  // The parts are read once, by the first pass that is needed (or by a plain
  // copy when none is); a second pass runs from the spare buffer into `out`.
  const firstTarget = lowPass && highPass ? spare : out;
  if (lowPass || highPass) {
    const count = lowPass ? low : high;
    const shift = lowPass ? 0 : 16;
    toOffsets(count);
    for (const p of parts) {
      const words = new Uint32Array(p.buffer, p.byteOffset, 2 * p.length);
      for (let i = 0; i < p.length; i++) {
        const v = p[i];
        if (v - v !== 0) continue;
        firstTarget[count[(words[2 * i + 1] >>> shift) & 0xffff]++] = v;
      }
    }
  } else {
    let k = 0;
    for (const p of parts) for (let i = 0; i < p.length; i++) if (p[i] - p[i] === 0) out[k++] = p[i];
  }
  if (lowPass && highPass) {
    toOffsets(high);
    const words = new Uint32Array(spare.buffer, spare.byteOffset, 2 * finite);
    for (let i = 0; i < finite; i++) out[high[words[2 * i + 1] >>> 16]++] = spare[i];
  }
  finishHighWordSort(out, spare);
  return out;
}
