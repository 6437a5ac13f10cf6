import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, groupDigits } from '../../../src/gates/fairness-gate/format-number.js';
import { num } from '../../../src/render/markdown.js';

const enUS = new Intl.NumberFormat('en-US');

describe('groupDigits', () => {
  it('groups as Intl en-US does', () => {
    expect([0, -0, 7, 999, 1000, -1234, 1234567, 123456789012345].map(groupDigits)).toEqual(['0', '-0', '7', '999', '1,000', '-1,234', '1,234,567', '123,456,789,012,345']);
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }), (v) => {
        expect(groupDigits(v)).toBe(enUS.format(v));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatNumber', () => {
  it('gives the text of the shared num for every kind of value', () => {
    const value = fc.oneof(
      fc.integer({ min: -(10 ** 7), max: 10 ** 7 }),
      fc.double({ noNaN: false }),
      fc.constantFrom(0, -0, 1, 1e15, -1e15, 1e16, Infinity, -Infinity, Number.NaN, 0.5, 1234.5678),
    );
    fc.assert(
      fc.property(value, fc.constantFrom(3, 4), (v, digits) => {
        expect(formatNumber(v, digits)).toBe(num(v, digits));
      }),
      { numRuns: 3000 },
    );
    expect(formatNumber(null)).toBe(num(null));
    expect(formatNumber(undefined)).toBe(num(undefined));
  });
});
