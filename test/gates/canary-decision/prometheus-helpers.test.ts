import { describe, expect, it } from 'vitest';
import { fillTemplate, parseDuration, parseTime } from '../../../src/gates/canary-decision/prometheus.js';

describe('Prometheus input helpers', () => {
  it('reads Prometheus durations and plain seconds', () => {
    expect(parseDuration('90s', 'input window')).toBe(90);
    expect(parseDuration('30m', 'input window')).toBe(1800);
    expect(parseDuration('1h30m', 'input window')).toBe(5400);
    expect(parseDuration('250ms', 'input step')).toBe(0.25);
    expect(parseDuration('15', 'input step')).toBe(15);
    expect(() => parseDuration('thirty minutes', 'input window')).toThrow('not a duration: "thirty minutes"');
    expect(() => parseDuration('0s', 'input window')).toThrow(/positive/);
  });

  it('reads RFC 3339 times and Unix seconds', () => {
    expect(parseTime('2026-01-01T00:00:00Z', 'input end').getTime()).toBe(1767225600000);
    expect(parseTime('1767225600', 'input end').getTime()).toBe(1767225600000);
    expect(() => parseTime('yesterday', 'input end')).toThrow(/not a time/);
  });

  it('puts the selector where the template says $selector or ${scope}', () => {
    expect(fillTemplate('rate(x_total{$selector}[1m])', 'variant="canary"')).toBe('rate(x_total{variant="canary"}[1m])');
    expect(fillTemplate('sum(y{${scope},code="500"})', 'app="a"')).toBe('sum(y{app="a",code="500"})');
  });
});
