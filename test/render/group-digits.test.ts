// num() groups whole numbers by hand (src/render/markdown.ts): the text must
// be Intl's en-US formatting, which it replaces for speed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupDigits, num } from '../../src/render/markdown.js';

const enUS = new Intl.NumberFormat('en-US');

describe('groupDigits', () => {
  it('groups as Intl en-US does, sign and -0 included', () => {
    expect([0, -0, 7, 999, 1000, -1234, 1234567, 123456789012345].map(groupDigits)).toEqual(['0', '-0', '7', '999', '1,000', '-1,234', '1,234,567', '123,456,789,012,345']);
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }), (v) => {
        expect(groupDigits(v)).toBe(enUS.format(v));
      }),
      { numRuns: 2000 },
    );
  });
  it('is what num prints for whole numbers below 10^15', () => {
    expect(num(1234567)).toBe('1,234,567');
    // The report's minus sign is U+2212, and −0 is written 0.
    expect(num(-1234)).toBe('\u22121,234');
    expect(num(-0)).toBe('0');
    expect(num(1e15)).toBe('1.00e15'); // from 10^15 on: exponent form
  });
});
