import { describe, expect, it } from 'vitest';
import { applyThreshold, parseMargin, parseThreshold, marginAmount } from '../../../src/gates/performance-gate/rules.js';
import { addDecimal, compareDecimal, decimalToNumber, toDecimal } from '../../../src/gates/performance-gate/decimal.js';
import { UserError } from '../../../src/core/errors.js';

describe('decimal boundaries', () => {
  it('0.8 + 0.05 is exactly 0.85 (binary floating point says 0.8500000000000001)', () => {
    expect(0.8 + 0.05).not.toBe(0.85);
    expect(compareDecimal(addDecimal(toDecimal(0.8), toDecimal(0.05)), toDecimal(0.85))).toBe(0);
    expect(decimalToNumber(toDecimal('1.5e-3'))).toBe(0.0015);
    expect(() => toDecimal('abc')).toThrow(RangeError);
  });
});

describe('thresholds', () => {
  it('operators and bare numbers', () => {
    expect(applyThreshold(parseThreshold('roc_auc', '>= 0.85'), 0.85, true).pass).toBe(true);
    expect(applyThreshold(parseThreshold('roc_auc', '> 0.85'), 0.85, true).pass).toBe(false);
    expect(applyThreshold(parseThreshold('rmse', '<= 3.2'), 3.2, false).pass).toBe(true);
    expect(applyThreshold(parseThreshold('rmse', '<= 3.2'), 3.2000001, false).pass).toBe(false);
    // bare number: >= for higher-is-better, <= for lower-is-better
    expect(applyThreshold(parseThreshold('f1', 0.7), 0.69, true).pass).toBe(false);
    expect(applyThreshold(parseThreshold('log_loss', 0.5), 0.49, false).pass).toBe(true);
  });

  it('rejects malformed thresholds with the metric named', () => {
    expect(() => parseThreshold('roc_auc', '>= high')).toThrow(UserError);
    expect(() => parseThreshold('roc_auc', { threshold: 0.8, bogus: 1 })).toThrow(/unknown key "bogus"/);
    expect(() => parseThreshold('roc_auc', {})).toThrow(/needs threshold/);
    try {
      parseThreshold('roc_auc', '=> 0.8');
    } catch (e) {
      expect((e as UserError).format()).toContain('thresholds.roc_auc');
    }
  });
});

describe("MLflow MetricThreshold, without MLflow's faults", () => {
  it('baseline 0.8 + min_absolute_change 0.05 lets a 0.85 candidate pass (MLflow fails it)', () => {
    const rule = parseThreshold('accuracy', { min_absolute_change: 0.05, greater_is_better: true });
    const out = applyThreshold(rule, 0.85, true, 0.8);
    expect(out.pass).toBe(true);
    expect(out.boundary).toBe('>= 0.85');
    expect(applyThreshold(rule, 0.8499, true, 0.8).pass).toBe(false);
  });

  it('lower-is-better: baseline 0.3 − 0.1 = 0.2 exactly', () => {
    const rule = parseThreshold('log_loss', { min_absolute_change: 0.1, greater_is_better: false });
    expect(0.3 - 0.1).not.toBe(0.2);
    expect(applyThreshold(rule, 0.2, false, 0.3).pass).toBe(true);
  });

  it('a negative baseline moves the relative boundary in the better direction', () => {
    // r2 baseline −0.5, must improve by 10% of |−0.5| = 0.05 → candidate ≥ −0.45.
    // MLflow's −0.5 × (1 + 0.1) = −0.55 would let −0.48 (worse than required) pass.
    const rule = parseThreshold('r2', { min_relative_change: 0.1, greater_is_better: true });
    expect(applyThreshold(rule, -0.48, true, -0.5).pass).toBe(false);
    expect(applyThreshold(rule, -0.45, true, -0.5).pass).toBe(true);
    const lower = parseThreshold('mape', { min_relative_change: 0.1, greater_is_better: false });
    // lower is better, negative baseline −2: candidate ≤ −2 − 0.2 = −2.2
    expect(applyThreshold(lower, -2.1, false, -2).pass).toBe(false);
    expect(applyThreshold(lower, -2.2, false, -2).pass).toBe(true);
  });

  it('threshold is inclusive and combines with the change rules', () => {
    const rule = parseThreshold('f1', { threshold: 0.7, min_absolute_change: 0.01, greater_is_better: true });
    expect(applyThreshold(rule, 0.7, true, 0.69).pass).toBe(true);
    expect(applyThreshold(rule, 0.7, true, 0.695).pass).toBe(false);
  });

  it('min_relative_change must be a number from 0 to 1, as MLflow requires', () => {
    // MLflow's MetricThreshold: "A floating point number between 0 and 1"; it raises for 2 and for -0.1.
    for (const bad of [2, -0.1, 1.5, '0.1', true, '5%']) {
      expect(() => parseThreshold('f1', { min_relative_change: bad, greater_is_better: true })).toThrow(/thresholds\.f1\.min_relative_change|from 0 to 1/);
    }
    try {
      parseThreshold('f1', { min_relative_change: 2, greater_is_better: true });
    } catch (e) {
      expect((e as UserError).format()).toBe('thresholds.f1.min_relative_change: must be a number from 0 to 1 (a share of the baseline: 0.05 for 5%), got 2');
    }
    // The ends are allowed: 0 asks for no improvement, 1 for a doubling (baseline 0.4 → 0.8).
    expect(applyThreshold(parseThreshold('f1', { min_relative_change: 0, greater_is_better: true }), 0.4, true, 0.4).pass).toBe(true);
    const doubling = applyThreshold(parseThreshold('f1', { min_relative_change: 1, greater_is_better: true }), 0.8, true, 0.4);
    expect(doubling).toEqual({ pass: true, boundary: '>= 0.8' });
  });

  it('a baseline of 0 with min_relative_change asks for a value better by 1e-10 (MLflow\'s fallback)', () => {
    // MLflow: with baseline 0 the relative check becomes candidate >= 0 + 1e-10 (higher is better)
    // or candidate <= 0 - 1e-10 (lower is better); a candidate equal to the baseline fails.
    const higher = parseThreshold('mcc', { min_relative_change: 0.1, greater_is_better: true });
    expect(applyThreshold(higher, 0, true, 0)).toEqual({ pass: false, boundary: '>= 1e-10' });
    expect(applyThreshold(higher, 1e-10, true, 0).pass).toBe(true);
    const lower = parseThreshold('mae', { min_relative_change: 0.1, greater_is_better: false });
    expect(applyThreshold(lower, 0, false, 0)).toEqual({ pass: false, boundary: '<= -1e-10' });
    expect(applyThreshold(lower, -1e-10, false, 0).pass).toBe(true);
  });

  it('greater_is_better or its older name higher_is_better, not both', () => {
    expect(() => parseThreshold('f1', { threshold: 0.5, greater_is_better: true, higher_is_better: true })).toThrow(/not both/);
    expect(applyThreshold(parseThreshold('f1', { threshold: 0.5, higher_is_better: false }), 0.4, true).pass).toBe(true);
  });

  it('a change rule without a baseline is reported, never passed', () => {
    const out = applyThreshold(parseThreshold('f1', { min_absolute_change: 0.01 }), 0.9, true);
    expect(out.pass).toBe(false);
    expect(out.missing).toMatch(/needs a baseline/);
  });
});

describe('max-drop margins', () => {
  it('absolute and relative', () => {
    expect(decimalToNumber(marginAmount(parseMargin('auc', 0.02), 0.9))).toBe(0.02);
    expect(decimalToNumber(marginAmount(parseMargin('auc', '2%'), 0.9))).toBe(0.018);
    expect(decimalToNumber(marginAmount(parseMargin('r2', '10%'), -0.5))).toBe(0.05);
    expect(() => parseMargin('auc', '-1')).toThrow(UserError);
    expect(() => parseMargin('auc', 'lots')).toThrow(UserError);
  });
});
