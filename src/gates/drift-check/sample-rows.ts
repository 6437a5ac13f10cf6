/**
 * `sample`: cap the rows of a table with a fixed seed, so the same inputs
 * always give the same report. Chooses `cap` of `rowCount` row indices
 * uniformly without replacement (Floyd's algorithm) from modelgate's seeded
 * generator and returns them ascending; undefined when no cap applies.
 *
 * Reference: J. Bentley, R. Floyd, "A sample of brilliance", Commun. ACM
 * 30(9) (1987) 754–757.
 */
import { createRng } from '../../stats/random/prng.js';

export function sampleRows(rowCount: number, cap: number | undefined, seed: number): Uint32Array | undefined {
  if (cap === undefined || cap <= 0 || rowCount <= cap) return undefined;
  const rng = createRng(seed);
  const chosen = new Set<number>();
  for (let j = rowCount - cap; j < rowCount; j++) {
    const t = Math.floor(rng.next() * (j + 1));
    chosen.add(chosen.has(t) ? j : t);
  }
  return Uint32Array.from(chosen).sort();
}
