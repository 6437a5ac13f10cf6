// The report records the effective inputs, but never credentials a URL input
// carries (src/core/make-report.ts), and writes infinities as text
// (src/core/report-number.ts).
import { describe, expect, it } from 'vitest';
import { makeReport, reportInputs } from '../../src/core/make-report.js';
import { reportNumber } from '../../src/core/report-number.js';

describe('reportInputs', () => {
  it('replaces the user and password of a URL, and leaves everything else', () => {
    expect(
      reportInputs({
        'tracking-uri': 'https://alice:s3cret@mlflow.example.com/api',
        'prometheus-url': 'http://token@prom:9090',
        plain: 'https://prom.example.com:9090/path?q=a@b',
        mail: 'see alice@example.com',
        n: 3,
        list: ['https://a:b@c'],
      }),
    ).toEqual({
      'tracking-uri': 'https://***@mlflow.example.com/api',
      'prometheus-url': 'http://***@prom:9090',
      plain: 'https://prom.example.com:9090/path?q=a@b',
      mail: 'see alice@example.com',
      n: 3,
      list: ['https://***@c'],
    });
  });
  it('is what makeReport writes', () => {
    const r = makeReport({ gate: 'canary-decision', inputs: { 'prometheus-url': 'https://u:p@h' }, checks: [], summary: 'pass' });
    expect(r.inputs).toEqual({ 'prometheus-url': 'https://***@h' });
  });
});

describe('reportNumber', () => {
  it('keeps finite numbers, writes infinities as text and NaN or nothing as null', () => {
    expect([1.5, 0, -0, Infinity, -Infinity, Number.NaN, null, undefined].map(reportNumber)).toEqual([1.5, 0, -0, 'Infinity', '-Infinity', null, null, null]);
  });
});
