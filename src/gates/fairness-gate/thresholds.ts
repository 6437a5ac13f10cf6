/**
 * Threshold expressions: `<= 0.1`, `< 0.1`, `>= 0.8`, `> 0.8`, or a band
 * `in [0.8, 1.25]` (Aequitas's fairness band). A bare number takes the
 * metric's default operator.
 */
import { UserError } from '../../core/errors.js';

export type Threshold =
  | { op: '<=' | '<' | '>=' | '>'; value: number; text: string }
  | { op: 'in'; low: number; high: number; text: string };

const NUM = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`;
const COMPARE = new RegExp(String.raw`^\s*(<=|>=|<|>|≤|≥)\s*(${NUM})\s*$`);
const BAND = new RegExp(String.raw`^\s*in\s*\[\s*(${NUM})\s*,\s*(${NUM})\s*\]\s*$`);

export function parseThreshold(raw: unknown, defaultOp: '<=' | '>=' | 'in', field: string): Threshold {
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    if (defaultOp === 'in') return band(raw, 1 / raw, field);
    return { op: defaultOp, value: raw, text: `${defaultOp} ${raw}` };
  }
  if (typeof raw !== 'string') throw new UserError(`expected a threshold such as ">= 0.8" or "<= 0.1", got ${JSON.stringify(raw)}`, { field });
  const c = COMPARE.exec(raw);
  if (c) {
    const op = c[1] === '≤' ? '<=' : c[1] === '≥' ? '>=' : (c[1] as '<=' | '>=' | '<' | '>');
    const value = Number(c[2]);
    return { op, value, text: `${op} ${value}` };
  }
  const b = BAND.exec(raw);
  if (b) return band(Number(b[1]), Number(b[2]), field);
  const bare = raw.trim() === '' ? Number.NaN : Number(raw);
  if (Number.isFinite(bare)) return parseThreshold(bare, defaultOp, field);
  throw new UserError(`cannot read threshold "${raw}": write "<= 0.1", ">= 0.8" or "in [0.8, 1.25]"`, { field });
}

function band(low: number, high: number, field: string): Threshold {
  if (!(low <= high)) throw new UserError(`band [${low}, ${high}] is empty`, { field });
  return { op: 'in', low, high, text: `in [${round(low)}, ${round(high)}]` };
}

function round(x: number): number {
  return Number(x.toPrecision(6));
}

/** Whether a value satisfies a threshold (NaN never does). */
export function satisfies(value: number, t: Threshold): boolean {
  switch (t.op) {
    case '<=':
      return value <= t.value;
    case '<':
      return value < t.value;
    case '>=':
      return value >= t.value;
    case '>':
      return value > t.value;
    case 'in':
      return value >= t.low && value <= t.high;
  }
}

/**
 * Whether every value of an interval violates the threshold: the data
 * support the violation, not just the estimate.
 */
export function intervalViolates(low: number, high: number, t: Threshold): boolean {
  switch (t.op) {
    case '<=':
      return low > t.value;
    case '<':
      return low >= t.value;
    case '>=':
      return high < t.value;
    case '>':
      return high <= t.value;
    case 'in':
      return high < t.low || low > t.high;
  }
}

/** How far a value is on the wrong side of the threshold (negative: inside). */
export function violationMargin(value: number, t: Threshold): number {
  switch (t.op) {
    case '<=':
    case '<':
      return value - t.value;
    case '>=':
    case '>':
      return t.value - value;
    case 'in':
      return Math.max(t.low - value, value - t.high);
  }
}
