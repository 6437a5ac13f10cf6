/**
 * The Mersenne Twister MT19937 and numpy's legacy permutation on it: the
 * random stream of `numpy.random.seed(s)` followed by
 * `numpy.random.permutation(n)` (and so `numpy.random.choice(a, k,
 * replace=False)`, which is `permutation(len(a))[:k]`), bit for bit. Evidently's
 * permutation tests (TVD, empirical MMD) draw from it, so reproducing it
 * reproduces their p-values.
 *
 * Definition:
 * - MT19937 (Matsumoto & Nishimura 1998): a 624-word state seeded by
 *   `init_genrand(s)`: mt[0] = s, mt[i] = 1812433253·(mt[i−1] ⊕ (mt[i−1] >> 30)) + i
 *   (mod 2³²); each output word is the tempered next state word.
 *   `numpy.random.seed(s)` for an integer 0 ≤ s < 2³² is exactly `init_genrand(s)`.
 * - numpy's `random_interval(max)`: with mask the smallest 2ᵏ − 1 ≥ max,
 *   draw 32-bit words until `word & mask ≤ max` (rejection, no modulo bias).
 * - `permutation(n)` shuffles [0, 1, …, n − 1] by Fisher–Yates from the end:
 *   for i = n − 1 down to 1, j = random_interval(i), swap positions i and j.
 *
 * References:
 * - M. Matsumoto, T. Nishimura, "Mersenne Twister: a 623-dimensionally
 *   equidistributed uniform pseudo-random number generator", ACM TOMACS 8(1)
 *   (1998) 3–30; reference code mt19937ar.c (init_genrand, genrand_int32).
 * - numpy, numpy/random/_mt19937.pyx (`_legacy_seeding`),
 *   numpy/random/src/distributions/distributions.c (`random_interval`),
 *   numpy/random/mtrand.pyx (`RandomState.shuffle`, `permutation`, `choice`).
 */
const N = 624;
const M = 397;

export class Mt19937 {
  private readonly mt = new Uint32Array(N);
  private index = N;

  constructor(seed: number) {
    const mt = this.mt;
    mt[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      // 1812433253 · prev mod 2³², split to stay exact in doubles.
      mt[i] = ((((prev & 0xffff0000) >>> 16) * 1812433253) << 16) + (prev & 0x0000ffff) * 1812433253 + i;
    }
  }

  private twist(): void {
    const mt = this.mt;
    for (let k = 0; k < N; k++) {
      const y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
      mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.index = 0;
  }

  /** The next 32-bit output, as genrand_int32. */
  nextUint32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** numpy's random_interval(max) for 0 ≤ max < 2³²: uniform on 0..max by masked rejection. */
  interval(max: number): number {
    if (max === 0) return 0;
    let mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    mask >>>= 0;
    let v: number;
    do v = (this.nextUint32() & mask) >>> 0;
    while (v > max);
    return v;
  }
}

/**
 * One `numpy.random.permutation(n)` split after `head` positions, for tests
 * that only need which items land in the tail [head, n): returns the items
 * of `items` (length n) found there, in place order, in `tail` (length
 * n − head). The draws of the steps that only shuffle the head among itself
 * are made (they advance the stream as numpy does) but their swaps, which
 * cannot change the tail, are skipped. `work` (length n) is scratch space.
 */
export function permutationTail(rng: Mt19937, items: ArrayLike<number>, head: number, work: Int32Array, tail: Int32Array): void {
  const n = items.length;
  for (let i = 0; i < n; i++) work[i] = items[i];
  for (let i = n - 1; i >= head && i >= 1; i--) {
    const j = rng.interval(i);
    const t = work[i];
    work[i] = work[j];
    work[j] = t;
  }
  for (let i = Math.min(head, n) - 1; i >= 1; i--) rng.interval(i);
  for (let i = head; i < n; i++) tail[i - head] = work[i];
}
