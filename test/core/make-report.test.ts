// makeReport decides the verdict once and writes it as the summary's first
// word (src/core/make-report.ts); infinities are written as text
// (src/core/report-number.ts).
import { describe, expect, it } from 'vitest';
import { makeReport } from '../../src/core/make-report.js';
import { reportNumber } from '../../src/core/report-number.js';
import type { Check } from '../../src/core/report.js';

const check = (verdict: Check['verdict']): Check => ({ id: `c.${verdict}`, subject: null, name: 'c', value: 1, threshold: null, verdict });

describe('makeReport', () => {
  it('takes the worst check verdict and prefixes the reason with it', () => {
    const r = makeReport({ gate: 'drift-check', inputs: {}, checks: [check('pass'), check('insufficient')], reason: 'one column could not be tested' });
    expect(r.verdict).toBe('warn');
    expect(r.summary).toBe('warn: one column could not be tested');
  });
  it('gives a reason function the verdict it decided', () => {
    const r = makeReport({ gate: 'drift-check', inputs: {}, checks: [check('fail'), check('warn')], reason: (v) => `because ${v}` });
    expect(r.summary).toBe('fail: because fail');
  });
  it('keeps a verdict a gate decides itself', () => {
    const r = makeReport({ gate: 'canary-decision', inputs: {}, checks: [check('fail')], reason: 'continue', verdict: 'warn' });
    expect(r.summary).toBe('warn: continue');
  });
});

describe('reportNumber', () => {
  it('keeps finite numbers, writes infinities as text and NaN or nothing as null', () => {
    expect([1.5, 0, -0, Infinity, -Infinity, Number.NaN, null, undefined].map(reportNumber)).toEqual([1.5, 0, -0, 'Infinity', '-Infinity', null, null, null]);
  });
});
