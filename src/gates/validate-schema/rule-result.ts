/**
 * What evaluating one rule gives: whether it holds, the value reported
 * (offending rows, or the observed statistic), a message, and the offending
 * rows found (their count and the first few indices).
 */
import type { ColumnRule, TableRule } from './contract/model.js';

/** Offending rows of one rule: their count and the first few indices. */
export class Offenders {
  count = 0;
  readonly first: number[] = [];
  constructor(private readonly limit: number) {}
  add(i: number): void {
    this.count++;
    if (this.first.length < this.limit) this.first.push(i);
  }
}

export interface RuleResult {
  ok: boolean;
  value: number | string | null;
  message: string;
  offenders?: Offenders;
  /** Examples to report instead of the offending cells' text. */
  examples?: string[];
}

/** Whether a rule with `mostly` holds: the conforming share of `denominator` cells is at least `mostly`. */
export function holds(offending: number, denominator: number, mostly: number | undefined): boolean {
  if (offending === 0) return true;
  if (mostly === undefined || mostly >= 1) return false;
  if (denominator === 0) return true;
  return (denominator - offending) / denominator >= mostly;
}

/** The result of a rule that counts offending cells among `denominator`. */
export function countResult(o: Offenders, denominator: number, rule: ColumnRule | TableRule, what: string): RuleResult {
  const ok = holds(o.count, denominator, rule.mostly);
  const share = o.count > 0 && denominator > 0 ? ` (${((o.count / denominator) * 100).toFixed(2)}%)` : '';
  const message = `${o.count} of ${denominator} ${what}${share}.`;
  return { ok, value: o.count, message, offenders: o };
}

export function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
