/**
 * Empirical maximum mean discrepancy (MMD) of two numerical samples with a
 * Gaussian kernel, and its permutation p-value, as Evidently's
 * `empirical_mmd` stat test.
 *
 * Definition (Evidently `mmd_stattest.py`), for reference x (size n) and
 * current y (size m):
 * - squared distances d(u, v) = (v² − 2·u·v) + u², evaluated in that order
 *   (Evidently's `squared_paired_dist`; not (u − v)², so the same rounding);
 * - bandwidth σ = √(½ · median of d(xᵢ, xⱼ) over all n² ordered pairs of the
 *   reference, i = j included), the median being numpy's `percentile(…, 50,
 *   method='nearest')`: the value at sorted position round((n² − 1)/2), ties
 *   to even; σ = √½ when that is 0;
 * - kernel k(u, v) = exp(−d(u, v) / (2σ²)), the same σ for every block;
 * - with the kernel's diagonal (each item with itself) set to 0,
 *     MMD² = Σ_{i≠j} k(xᵢ, xⱼ)/(n(n − 1)) + Σ_{i≠j} k(yᵢ, yⱼ)/(m(m − 1)) − 2·mean k(xᵢ, yⱼ).
 * - p-value: the pooled items (x then y) are permuted 100 times with
 *   `numpy.random.permutation` (random/mt19937.ts; Evidently uses numpy's
 *   global state, here seeded with 0 each time as Evidently's own test does),
 *   the first n items taken as x; p = #(permuted MMD² ≥ observed) / 100,
 *   a permuted value within 1e-12 of the observed one counting as equal
 *   (ties that exact arithmetic has, rounding may break either way).
 *
 * The samples are taken as distinct values with counts, so the block sums
 * are count-weighted sums over distinct values: the same numbers in exact
 * arithmetic as the sums over items (to rounding, ~1e-15), and identical
 * bits for permutations that give the same counts.
 * Memory: the kernel over the D distinct pooled values, D(D + 1)/2 doubles.
 *
 * References:
 * - A. Gretton, K. M. Borgwardt, M. J. Rasch, B. Schölkopf, A. Smola, "A
 *   kernel two-sample test", J. Mach. Learn. Res. 13 (2012) 723–773
 *   (the unbiased MMD²ᵤ, eq. 3).
 * - Evidently 0.7, src/evidently/legacy/calculations/stattests/mmd_stattest.py.
 */
import { Mt19937, permutationTail } from '../random/mt19937.js';

export const MMD_PERMUTATIONS = 100;
export const MMD_SEED = 0;
/**
 * Permuted statistics within this of the observed one count as ties (≥).
 * The block sums are at most 1 each, so their rounding is ~1e-16; a
 * permutation that swaps two equal-sized samples gives the same MMD² in
 * exact arithmetic but may differ in the last bit.
 */
const TIE = 1e-12;

/** A sample as ascending distinct values and their counts. */
export interface WeightedSample {
  values: ArrayLike<number>;
  counts: ArrayLike<number>;
}

/** Evidently's squared distance, in its order of operations. */
function squaredDistance(u: number, v: number): number {
  return v * v - 2 * (u * v) + u * u;
}

const keyBuffer = new Float64Array(1);
const keyWords = new Uint32Array(keyBuffer.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/**
 * The value at 0-based position k of the sorted multiset of d(xᵢ, xⱼ) over
 * all ordered pairs of a weighted sample, without materialising the pairs:
 * four counting passes over the pairs, each fixing 16 more bits of the
 * answer's order-preserving 64-bit key (the double's bits, sign bit set for
 * a positive value and all bits flipped for a negative one).
 */
function pairDistanceAt(x: WeightedSample, k: number): number {
  const d = x.values.length;
  const weights = new Float64Array(65536);
  let hiPrefix = 0;
  let loPrefix = 0;
  for (let digit = 0; digit < 4; digit++) {
    weights.fill(0);
    for (let i = 0; i < d; i++) {
      const xi = x.values[i];
      const ci = x.counts[i];
      for (let j = 0; j < d; j++) {
        keyBuffer[0] = squaredDistance(xi, x.values[j]);
        let hi = keyWords[HI];
        let lo = keyWords[LO];
        if (hi & 0x80000000) {
          hi = ~hi >>> 0;
          lo = ~lo >>> 0;
        } else hi = (hi | 0x80000000) >>> 0;
        let bucket: number;
        if (digit === 0) bucket = hi >>> 16;
        else if (digit === 1) {
          if (hi >>> 16 !== hiPrefix) continue;
          bucket = hi & 0xffff;
        } else if (digit === 2) {
          if (hi !== hiPrefix) continue;
          bucket = lo >>> 16;
        } else {
          if (hi !== hiPrefix || lo >>> 16 !== loPrefix) continue;
          bucket = lo & 0xffff;
        }
        weights[bucket] += ci * x.counts[j];
      }
    }
    let b = 0;
    while (k >= weights[b]) k -= weights[b++];
    if (digit === 0) hiPrefix = b;
    else if (digit === 1) hiPrefix = ((hiPrefix << 16) | b) >>> 0;
    else if (digit === 2) loPrefix = b;
    else loPrefix = ((loPrefix << 16) | b) >>> 0;
  }
  // Back from the key to the double.
  if (hiPrefix & 0x80000000) hiPrefix = (hiPrefix & 0x7fffffff) >>> 0;
  else {
    hiPrefix = ~hiPrefix >>> 0;
    loPrefix = ~loPrefix >>> 0;
  }
  keyWords[HI] = hiPrefix;
  keyWords[LO] = loPrefix;
  return keyBuffer[0];
}

/** Round half to even, as numpy.around. */
function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const r = x - f;
  if (r > 0.5) return f + 1;
  if (r < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** Evidently's `sigma_median` of the reference. */
export function mmdBandwidth(x: WeightedSample): number {
  let n = 0;
  for (let i = 0; i < x.counts.length; i++) n += x.counts[i];
  const median = pairDistanceAt(x, roundHalfEven((n * n - 1) * 0.5));
  const sigma = Math.sqrt(0.5 * median);
  return sigma === 0 ? Math.SQRT1_2 : sigma;
}

/** Merge two ascending weighted samples into the distinct pooled values with each sample's counts. */
function pool(x: WeightedSample, y: WeightedSample): { values: Float64Array; cx: Float64Array; cy: Float64Array } {
  const values: number[] = [];
  const cx: number[] = [];
  const cy: number[] = [];
  let i = 0;
  let j = 0;
  while (i < x.values.length || j < y.values.length) {
    const v = i < x.values.length && (j >= y.values.length || x.values[i] <= y.values[j]) ? x.values[i] : y.values[j];
    values.push(v);
    cx.push(i < x.values.length && x.values[i] === v ? x.counts[i++] : 0);
    cy.push(j < y.values.length && y.values[j] === v ? y.counts[j++] : 0);
  }
  return { values: Float64Array.from(values), cx: Float64Array.from(cx), cy: Float64Array.from(cy) };
}

export interface MmdResult {
  statistic: number;
  pValue: number;
  sigma: number;
}

/**
 * `reference`, `current`: ascending distinct values with counts. The pooled
 * items the permutations shuffle are the reference's values in ascending
 * order (each repeated its count), then the current's.
 */
export function maximumMeanDiscrepancy(
  reference: WeightedSample,
  current: WeightedSample,
  permutations = MMD_PERMUTATIONS,
  seed = MMD_SEED,
): MmdResult {
  let nx = 0;
  let ny = 0;
  for (let i = 0; i < reference.counts.length; i++) nx += reference.counts[i];
  for (let i = 0; i < current.counts.length; i++) ny += current.counts[i];
  if (nx < 2 || ny < 2) return { statistic: NaN, pValue: NaN, sigma: NaN };
  const sigma = mmdBandwidth(reference);
  const gamma = 1 / (2 * (sigma * sigma));
  const { values, cx, cy } = pool(reference, current);
  const d = values.length;
  // The kernel over distinct pooled values, upper triangle row by row: row a holds k(a, a..d−1).
  const rowStart = new Float64Array(d);
  const kernel = new Float64Array((d * (d + 1)) / 2);
  let at = 0;
  for (let a = 0; a < d; a++) {
    rowStart[a] = at - a;
    for (let b = a; b < d; b++) kernel[at++] = Math.exp(-gamma * squaredDistance(values[a], values[b]));
  }
  const total = new Float64Array(d);
  for (let a = 0; a < d; a++) total[a] = cx[a] + cy[a];
  /** cᵀKc, over the nonzero entries of c only (row a of the triangle holds k(a, b ≥ a)). */
  const nonzero = new Int32Array(d);
  const quadratic = (c: Float64Array): number => {
    let m = 0;
    for (let a = 0; a < d; a++) if (c[a] !== 0) nonzero[m++] = a;
    let diagonal = 0;
    let offDiagonal = 0;
    for (let p = 0; p < m; p++) {
      const a = nonzero[p];
      const row = rowStart[a];
      const ca = c[a];
      diagonal += ca * ca * kernel[row + a];
      let s = 0;
      for (let q = p + 1; q < m; q++) {
        const b = nonzero[q];
        s += c[b] * kernel[row + b];
      }
      offDiagonal += ca * s;
    }
    return diagonal + 2 * offDiagonal;
  };
  // Kt = K·(counts of both samples), once.
  const kTotal = new Float64Array(d);
  for (let a = 0; a < d; a++) {
    const row = rowStart[a];
    let s = 0;
    for (let b = a; b < d; b++) {
      s += total[b] * kernel[row + b];
      if (b > a) kTotal[b] += total[a] * kernel[row + b];
    }
    kTotal[a] += s;
  }
  let all = 0;
  for (let a = 0; a < d; a++) all += total[a] * kTotal[a];
  // The smaller side's counts s give the three block sums from one quadratic form:
  //   ss = sᵀKs, cross = (Kt)·s − ss, other = tᵀKt − 2 (Kt)·s + ss.
  const smallIsX = nx < ny;
  const statistic = (countsX: Float64Array, countsY: Float64Array): number => {
    const s = smallIsX ? countsX : countsY;
    const ss = quadratic(s);
    let ts = 0;
    for (let a = 0; a < d; a++) ts += kTotal[a] * s[a];
    const cross = ts - ss;
    const other = all - 2 * ts + ss;
    const sxx = (smallIsX ? ss : other) - nx;
    const syy = (smallIsX ? other : ss) - ny;
    return (1 / (nx * (nx - 1))) * sxx + (1 / (ny * (ny - 1))) * syy - 2.0 * (cross / (nx * ny));
  };
  const observed = statistic(cx, cy);

  const n = nx + ny;
  const items = new Int32Array(n);
  let pos = 0;
  for (const c of [cx, cy]) {
    for (let a = 0; a < d; a++) {
      items.fill(a, pos, pos + c[a]);
      pos += c[a];
    }
  }
  const rng = new Mt19937(seed);
  const work = new Int32Array(n);
  const tail = new Int32Array(ny);
  const px = new Float64Array(d);
  const py = new Float64Array(d);
  let atLeast = 0;
  for (let it = 0; it < permutations; it++) {
    permutationTail(rng, items, nx, work, tail);
    py.fill(0);
    for (let i = 0; i < ny; i++) py[tail[i]]++;
    for (let a = 0; a < d; a++) px[a] = total[a] - py[a];
    if (statistic(px, py) >= observed - TIE) atLeast++;
  }
  return { statistic: observed, pValue: atLeast / permutations, sigma };
}
