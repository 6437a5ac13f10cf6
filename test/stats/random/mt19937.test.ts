/**
 * MT19937 against its published check value, and numpy's legacy permutation
 * split at a head (the permutation tests' draw) against the whole permutation.
 * (The whole permutation against numpy itself: test/stats/drift/drift-golden.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { Mt19937, permutationTail } from '../../../src/stats/random/mt19937.js';

describe('Mt19937', () => {
  it('the 10000th output from seed 5489 is 4123659995 (C++11 [rand.predef], std::mt19937)', () => {
    const rng = new Mt19937(5489);
    let v = 0;
    for (let i = 0; i < 10000; i++) v = rng.nextUint32();
    expect(v).toBe(4123659995);
  });

  it('interval(max) stays in 0..max and uses the whole range', () => {
    const rng = new Mt19937(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = rng.interval(5);
      expect(v >= 0 && v <= 5 && Number.isInteger(v)).toBe(true);
      seen.add(v);
    }
    expect(seen.size).toBe(6);
    expect(rng.interval(0)).toBe(0);
  });

  it('a split permutation has the whole permutation’s tail and leaves the stream where the whole one does', () => {
    const n = 50;
    const items = Int32Array.from({ length: n }, (_, i) => 100 + i);
    const work = new Int32Array(n);
    const whole = new Int32Array(n);
    const a = new Mt19937(3);
    permutationTail(a, items, 0, work, whole);
    for (const head of [1, 17, 49]) {
      const b = new Mt19937(3);
      const tail = new Int32Array(n - head);
      permutationTail(b, items, head, work, tail);
      expect([...tail]).toEqual([...whole.subarray(head)]);
      const c = new Mt19937(3);
      permutationTail(c, items, 0, work, new Int32Array(n));
      expect(b.nextUint32()).toBe(c.nextUint32());
    }
  });
});
