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
