/**
 * Threshold and margin rules as users write them, parsed into exact
 * decimals, and their evaluation.
 *
 * Thresholds (per metric) take three forms:
 *  - an operator and a number: ">= 0.85", "> 0.8", "<= 3.2", "< 3";
 *  - a bare number: ">=" for a metric where higher is better, "<=" otherwise;
 *  - MLflow's MetricThreshold: { threshold, min_absolute_change,
 *    min_relative_change, greater_is_better } (higher_is_better, its older
 *    name, is accepted instead, not beside it). `threshold` is inclusive as
 *    in MLflow; the changes need a baseline and require candidate ≥
 *    baseline + change (higher is better) or candidate ≤ baseline − change,
 *    where a relative change is taken of |baseline|. min_relative_change
 *    must be a number from 0 to 1, as MLflow requires; with a baseline of 0
 *    the candidate must be better by 1e-10, MLflow's documented fallback
 *    (MetricThreshold, mlflow/models/evaluation/validation.py). Unlike
 *    MLflow, the boundary is computed in exact decimals
 *    (0.8 + 0.05 = 0.85) and a negative baseline moves the boundary in the
 *    better direction (MLflow's baseline × (1 + change) moves it the wrong
 *    way when the baseline is negative).
 *
 * Margins (`max-drop`, the non-inferiority margin against the baseline): an
 * absolute number ("0.02") or a percentage of |baseline| ("2%").
 */
import { UserError } from '../../core/errors.js';
import { absDecimal, addDecimal, compareDecimal, decimalToNumber, mulDecimal, subDecimal, toDecimal, type Decimal } from './decimal.js';

export type Operator = '>=' | '>' | '<=' | '<';

/** MLflow's fallback step for min_relative_change when the baseline is 0. */
const ZERO_BASELINE_STEP: Decimal = { mantissa: 1n, exponent: -10 };

export interface ThresholdRule {
  /** The rule as written, for the report. */
  text: string;
  op?: Operator;
  value?: Decimal;
  minAbsoluteChange?: Decimal;
  minRelativeChange?: Decimal;
  /** MLflow's greater_is_better when given; else the metric's direction. */
  higherIsBetter?: boolean;
}

export interface Margin {
  text: string;
  amount: Decimal;
  relative: boolean;
}

function decimalOf(value: unknown, field: string): Decimal {
  if (typeof value === 'number' && Number.isFinite(value)) return toDecimal(value);
  if (typeof value === 'string') {
    try {
      return toDecimal(value);
    } catch {
      /* fall through */
    }
  }
  throw new UserError(`expected a number, got ${JSON.stringify(value)}`, { field });
}

export function parseThreshold(metric: string, raw: unknown): ThresholdRule {
  const field = `thresholds.${metric}`;
  if (typeof raw === 'number') return { text: String(raw), value: decimalOf(raw, field) };
  if (typeof raw === 'string') {
    const m = /^\s*(>=|<=|>|<|≥|≤)?\s*([^\s]+)\s*$/.exec(raw);
    if (!m) throw new UserError(`expected e.g. ">= 0.85", got "${raw}"`, { field });
    const op = ({ '≥': '>=', '≤': '<=' } as Record<string, Operator>)[m[1]] ?? (m[1] as Operator | undefined);
    return { text: raw.trim(), op, value: decimalOf(m[2], field) };
  }
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const o = raw as Record<string, unknown>;
    const known = ['threshold', 'min_absolute_change', 'min_relative_change', 'greater_is_better', 'higher_is_better'];
    const unknown = Object.keys(o).filter((k) => !known.includes(k));
    if (unknown.length) throw new UserError(`unknown key "${unknown[0]}" (MetricThreshold takes ${known.join(', ')})`, { field });
    if (o.greater_is_better !== undefined && o.higher_is_better !== undefined) {
      throw new UserError('give greater_is_better or higher_is_better (its older name), not both', { field });
    }
    const gib = o.greater_is_better ?? o.higher_is_better;
    if (gib !== undefined && typeof gib !== 'boolean') throw new UserError('greater_is_better must be true or false', { field });
    const rule: ThresholdRule = { text: '', higherIsBetter: gib as boolean | undefined };
    if (o.threshold !== undefined && o.threshold !== null) rule.value = decimalOf(o.threshold, `${field}.threshold`);
    if (o.min_absolute_change !== undefined && o.min_absolute_change !== null) {
      rule.minAbsoluteChange = decimalOf(o.min_absolute_change, `${field}.min_absolute_change`);
      if (rule.minAbsoluteChange.mantissa < 0n) throw new UserError('must not be negative', { field: `${field}.min_absolute_change` });
    }
    if (o.min_relative_change !== undefined && o.min_relative_change !== null) {
      // MLflow's MetricThreshold: "a floating point number between 0 and 1"; it refuses anything else.
      const rc = o.min_relative_change;
      if (typeof rc !== 'number' || !(rc >= 0 && rc <= 1)) {
        throw new UserError(`must be a number from 0 to 1 (a share of the baseline: 0.05 for 5%), got ${JSON.stringify(rc)}`, { field: `${field}.min_relative_change` });
      }
      rule.minRelativeChange = decimalOf(rc, `${field}.min_relative_change`);
    }
    if (!rule.value && !rule.minAbsoluteChange && !rule.minRelativeChange) throw new UserError('a MetricThreshold needs threshold, min_absolute_change or min_relative_change', { field });
    const parts: string[] = [];
    if (rule.value) parts.push(`threshold ${o.threshold}`);
    if (rule.minAbsoluteChange) parts.push(`min_absolute_change ${o.min_absolute_change}`);
    if (rule.minRelativeChange) parts.push(`min_relative_change ${o.min_relative_change}`);
    rule.text = parts.join(', ');
    return rule;
  }
  throw new UserError(`expected ">= number", a number or a MetricThreshold map, got ${JSON.stringify(raw)}`, { field });
}

export function parseMargin(metric: string, raw: unknown): Margin {
  const field = `max-drop.${metric}`;
  if (typeof raw === 'string' && raw.trim().endsWith('%')) {
    const amount = mulDecimal(decimalOf(raw.trim().slice(0, -1), field), { mantissa: 1n, exponent: -2 });
    if (amount.mantissa < 0n) throw new UserError('must not be negative', { field });
    return { text: raw.trim(), amount, relative: true };
  }
  const amount = decimalOf(raw, field);
  if (amount.mantissa < 0n) throw new UserError('must not be negative', { field });
  return { text: String(raw).trim(), amount, relative: false };
}

/** The margin in the metric's unit for this baseline (a relative margin is a share of |baseline|). */
export function marginAmount(margin: Margin, baseline: number): Decimal {
  return margin.relative ? mulDecimal(margin.amount, absDecimal(toDecimal(baseline))) : margin.amount;
}

export interface RuleOutcome {
  pass: boolean;
  /** The boundary that was applied, e.g. ">= 0.85". */
  boundary: string;
  /** Why the rule could not be applied (no baseline for a change rule). */
  missing?: string;
}

function holds(value: Decimal, op: Operator, bound: Decimal): boolean {
  const c = compareDecimal(value, bound);
  return op === '>=' ? c >= 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c < 0;
}

/**
 * Apply a threshold rule to a metric value (exact decimal comparison of the
 * value as it prints). `baseline` is needed for MLflow's change rules.
 */
export function applyThreshold(rule: ThresholdRule, value: number, higherIsBetterDefault: boolean, baseline?: number): RuleOutcome {
  const hib = rule.higherIsBetter ?? higherIsBetterDefault;
  const v = toDecimal(value);
  const bounds: string[] = [];
  let pass = true;
  if (rule.value) {
    const op: Operator = rule.op ?? (hib ? '>=' : '<=');
    bounds.push(`${op} ${decimalToNumber(rule.value)}`);
    if (!holds(v, op, rule.value)) pass = false;
  }
  for (const [change, relative] of [
    [rule.minAbsoluteChange, false],
    [rule.minRelativeChange, true],
  ] as [Decimal | undefined, boolean][]) {
    if (!change) continue;
    if (baseline === undefined || !Number.isFinite(baseline)) {
      return { pass: false, boundary: bounds.join(' and '), missing: `${relative ? 'min_relative_change' : 'min_absolute_change'} needs a baseline value` };
    }
    const b = toDecimal(baseline);
    // A relative change of a zero baseline is zero whatever the share; MLflow then asks
    // for a strictly better value, by at least 1e-10 (its documented fallback).
    const step = relative ? (baseline === 0 ? ZERO_BASELINE_STEP : mulDecimal(change, absDecimal(b))) : change;
    const bound = hib ? addDecimal(b, step) : subDecimal(b, step);
    const op: Operator = hib ? '>=' : '<=';
    bounds.push(`${op} ${decimalToNumber(bound)}`);
    if (!holds(v, op, bound)) pass = false;
  }
  return { pass, boundary: bounds.join(' and ') };
}
