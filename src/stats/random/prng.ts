/**
 * A seeded pseudo-random number generator: xoshiro128** 1.1.
 *
 * Definition: a 128-bit xorshift-rotate state (four 32-bit words s0..s3);
 * each step outputs rotl(s1 * 5, 7) * 9 and advances the state by
 * t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11).
 * Period 2^128 − 1; passes BigCrush. The state is filled from the 32-bit
 * seed by SplitMix32 (the mixer of Java's SplittableRandom narrowed to 32
 * bits, as recommended by the authors) so that nearby seeds give unrelated
 * streams and the state is never all zero.
 *
 * `next()` takes 53 bits from two outputs (upper 27 + 26 bits), so every
 * double in [0, 1) with a 2^-53 grid is reachable, as in numpy's
 * `random_standard_uniform`.
 *
 * References: D. Blackman, S. Vigna, "Scrambled linear pseudorandom number
 * generators", ACM TOMS 47(4), 2021; https://prng.di.unimi.it/xoshiro128starstar.c
 * (reference C code and test vectors).
 */
export interface Rng {
  /** A uniform double in [0, 1) with 53 random bits. */
  next(): number;
  /** A uniform unsigned 32-bit integer. */
  nextUint32(): number;
}

/** SplitMix32 step (the 32-bit finaliser of MurmurHash3 on a Weyl sequence). */
function splitmix32(state: { x: number }): number {
  state.x = (state.x + 0x9e3779b9) | 0;
  let z = state.x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** The state words a seed expands to (exposed for the test vectors). */
export function seedState(seed: number): [number, number, number, number] {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const st = { x: seed | 0 };
  return [splitmix32(st), splitmix32(st), splitmix32(st), splitmix32(st)];
}

/** A generator from explicit state words (at least one non-zero). */
export function createRngFromState(state: [number, number, number, number]): Rng {
  let s0 = state[0] | 0;
  let s1 = state[1] | 0;
  let s2 = state[2] | 0;
  let s3 = state[3] | 0;
  if ((s0 | s1 | s2 | s3) === 0) throw new RangeError('xoshiro128** state must not be all zero');
  const nextUint32 = (): number => {
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };
  return {
    nextUint32,
    next(): number {
      const a = nextUint32() >>> 5; // 27 bits
      const b = nextUint32() >>> 6; // 26 bits
      return (a * 67108864 + b) / 9007199254740992;
    },
  };
}

/** A seeded xoshiro128** generator; the same seed always gives the same stream. */
export function createRng(seed: number): Rng {
  return createRngFromState(seedState(seed));
}
