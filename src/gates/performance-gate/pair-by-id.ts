/**
 * Pairs the candidate's rows with the baseline's by id (`id-column`): every
 * candidate id must appear exactly once in the baseline (which may have
 * more rows), and no id may repeat in either file. Each violation is a
 * UserError naming the file, the line and the id.
 *
 * Two ways, fastest first:
 *  - same order: one pass finds the files listing the same ids in the same
 *    order (the common case: both models scored one evaluation file). Then
 *    nothing moves. Ids that strictly rise or fall (sorted ids) cannot
 *    repeat, which the same pass sees; other ids are checked for repeats
 *    with a hash index of one file (id-index.ts).
 *  - hash join: a hash index of the baseline's ids (finding its repeats as
 *    it is filled), probed with each candidate id; a baseline row claimed
 *    twice is a repeated candidate id.
 * Both are O(rows) and make no string per row for number ids. Ids compare
 * as numbers when both id columns are numbers, else as text (row-ids.ts).
 */
import { UserError } from '../../core/errors.js';
import { earlierRowWithId, indexIds, probeIds } from './id-index.js';
import { asTextIds, idLine, showId, type NumberIds, type RowIds, type TextIds } from './row-ids.js';
import { textFingerprints } from './text-fingerprints.js';

export interface Pairing {
  /** order[i] = the baseline row of candidate row i; null when the rows are already in the same order. */
  order: Int32Array | null;
  /** How the rows were paired, for the debug log. */
  method: string;
}

function where(ids: RowIds, i: number): string {
  return `${ids.lines ? 'line' : 'row'} ${idLine(ids, i)}`;
}

function repeated(ids: RowIds, first: number, second: number): UserError {
  const v = ids.kind === 'number' ? Math.abs(ids.values[second]) : 0;
  // Above 2^53 not every integer is a double: distinct ids can read as one number.
  const hint = v > Number.MAX_SAFE_INTEGER ? '; ids above 2^53 lose digits when read as numbers: write them as text (e.g. with a prefix)' : '';
  return new UserError(`duplicate id ${showId(ids, second)} (also on ${where(ids, first)}): each id must name one row${hint}`, {
    file: ids.source,
    line: idLine(ids, second),
    field: ids.column,
  });
}

/**
 * Whether both files list the same ids in the same order; if so, whether
 * those strictly rise or fall (and so cannot repeat).
 */
function sameOrder(candidate: RowIds, baseline: RowIds): { same: boolean; monotone: boolean } {
  const n = candidate.values.length;
  if (n !== baseline.values.length) return { same: false, monotone: false };
  let rising = true;
  let falling = true;
  if (candidate.kind === 'number' && baseline.kind === 'number') {
    const c = candidate.values;
    const b = baseline.values;
    for (let i = 0; i < n; i++) {
      if (c[i] !== b[i]) return { same: false, monotone: false };
      if (i > 0) {
        if (rising && !(c[i] > c[i - 1])) rising = false;
        if (falling && !(c[i] < c[i - 1])) falling = false;
      }
    }
  } else {
    const c = candidate.values as readonly string[];
    const b = baseline.values as readonly string[];
    for (let i = 0; i < n; i++) {
      if (c[i] !== b[i]) return { same: false, monotone: false };
      if (i > 0) {
        if (rising && !(c[i] > c[i - 1])) rising = false;
        if (falling && !(c[i] < c[i - 1])) falling = false;
      }
    }
  }
  return { same: true, monotone: rising || falling };
}

/** Throws on the first repeated id of one file. */
function checkUnique(ids: RowIds): void {
  const { repeat } = indexIds(ids);
  if (repeat >= 0) throw repeated(ids, earlierRowWithId(ids, repeat), repeat);
}

/** What a hash join of two files' ids found: the pairs, or the first problem. */
type JoinOutcome =
  | { pairs: Int32Array }
  | { baselineRepeat: number }
  | { candidateRepeat: number }
  | { missing: number; count: number };

function hashJoin(candidate: RowIds, baseline: RowIds): JoinOutcome {
  const { index, repeat } = indexIds(baseline);
  if (repeat >= 0) return { baselineRepeat: repeat };
  const pairs = new Int32Array(candidate.values.length);
  const found = probeIds(index, candidate, pairs);
  if (found.firstRepeat >= 0 && (found.firstMissing < 0 || found.firstRepeat < found.firstMissing)) return { candidateRepeat: found.firstRepeat };
  if (found.firstMissing >= 0) return { missing: found.firstMissing, count: found.missing };
  return { pairs };
}

/**
 * Text ids joined by their fingerprints (text-fingerprints.ts), checked on
 * the strings; null when a fingerprint collision leaves it open (then the
 * strings are joined instead).
 */
function fingerprintJoin(candidate: TextIds, baseline: TextIds, fingerprint: (ids: TextIds) => NumberIds): JoinOutcome | null {
  const fc = fingerprint(candidate);
  const fb = fingerprint(baseline);
  const outcome = hashJoin(fc, fb);
  const c = candidate.values;
  const b = baseline.values;
  if ('pairs' in outcome) {
    for (let i = 0; i < c.length; i++) if (c[i] !== b[outcome.pairs[i]]) return null;
  } else if ('baselineRepeat' in outcome) {
    if (b[earlierRowWithId(fb, outcome.baselineRepeat)] !== b[outcome.baselineRepeat]) return null;
  } else if ('candidateRepeat' in outcome) {
    if (c[earlierRowWithId(fc, outcome.candidateRepeat)] !== c[outcome.candidateRepeat]) return null;
  }
  // A missing fingerprint is a missing id: equal ids have equal fingerprints.
  return outcome;
}

/**
 * `fingerprint` is textFingerprints; tests pass a weaker one to make the
 * fingerprints of different ids collide.
 */
export function pairById(candidate: RowIds, baseline: RowIds, fingerprint: (ids: TextIds) => NumberIds = textFingerprints): Pairing {
  if (candidate.kind !== baseline.kind) return pairById(asTextIds(candidate), asTextIds(baseline), fingerprint);
  const kind = candidate.kind === 'number' ? 'number ids' : 'text ids';
  const order = sameOrder(candidate, baseline);
  if (order.same) {
    if (!order.monotone) checkUnique(candidate);
    return { order: null, method: `${kind} in the same order${order.monotone ? ', sorted' : ''}` };
  }

  let method = `${kind}, hash join`;
  let outcome: JoinOutcome | null = null;
  if (candidate.kind === 'text' && baseline.kind === 'text') {
    outcome = fingerprintJoin(candidate, baseline, fingerprint);
    method = outcome ? 'text ids, hash join of fingerprints' : 'text ids, hash join (fingerprints collided)';
  }
  outcome ??= hashJoin(candidate, baseline);
  if ('baselineRepeat' in outcome) throw repeated(baseline, earlierRowWithId(baseline, outcome.baselineRepeat), outcome.baselineRepeat);
  if ('candidateRepeat' in outcome) throw repeated(candidate, earlierRowWithId(candidate, outcome.candidateRepeat), outcome.candidateRepeat);
  if ('missing' in outcome) {
    const others = outcome.count > 1 ? `; ${outcome.count - 1} more of its ids ${outcome.count === 2 ? 'has' : 'have'} none either` : '';
    throw new UserError(`id ${showId(candidate, outcome.missing)} has no row in the baseline predictions (${baseline.source})${others}`, {
      file: candidate.source,
      line: idLine(candidate, outcome.missing),
      field: candidate.column,
    });
  }
  return { order: outcome.pairs, method };
}
