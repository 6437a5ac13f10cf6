import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberBytes, parseNumberText } from '../../src/readers/number-text.js';

const bytes = (text: string) => Buffer.from(text, 'latin1');
const parseBytes = (text: string) => parseNumberBytes(bytes(text), 0, text.length);

describe('number text', () => {
  it.each([
    ['0', 0],
    ['-0', -0],
    ['+7', 7],
    ['007', 7],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['5.', 5],
    ['-.25', -0.25],
    ['1e3', 1000],
    ['1E-3', 0.001],
    ['2.5e+2', 250],
    [' 42 ', 42],
    ['\t-1\t', -1],
    ['inf', Infinity],
    ['-Inf', -Infinity],
    ['+INFINITY', Infinity],
    ['Infinity', Infinity],
    ['-infinity', -Infinity],
  ])('reads %j as %d', (text, expected) => {
    expect(parseBytes(text)).toBe(expected);
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each(['nan', 'NaN', 'NAN', '-nan'])('reads %j as NaN', (text) => {
    expect(parseBytes(text)).toBeNaN();
    expect(parseNumberText(text)).toBeNaN();
  });

  it.each(['', ' ', '-', '+', '.', '-.', 'e5', '1e', '1e+', '1.2.3', '1,5', '0x10', '1_000', 'NA', 'null', 'true', '12a', 'a12', '--1', 'infinit', 'nana', '1 2'])(
    'does not read %j as a number',
    (text) => {
      expect(parseBytes(text)).toBeUndefined();
      expect(parseNumberText(text)).toBeUndefined();
    },
  );

  it('equals Number() on any decimal text, fast path or not', () => {
    const decimal = fc
      .tuple(
        fc.constantFrom('', '-', '+'),
        fc.stringMatching(/^[0-9]{1,20}$/),
        fc.option(fc.stringMatching(/^[0-9]{0,20}$/)),
        fc.option(fc.integer({ min: -330, max: 330 })),
      )
      .map(([sign, int, frac, exp]) => `${sign}${int}${frac === null ? '' : '.' + frac}${exp === null ? '' : 'e' + exp}`);
    fc.assert(
      fc.property(decimal, (text) => {
        expect(parseBytes(text)).toBe(Number(text));
        expect(parseNumberText(text)).toBe(Number(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('equals Number() on the shortest text of any double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (value) => {
        const text = String(value);
        expect(parseBytes(text)).toBe(Number(text));
      }),
      { numRuns: 5000 },
    );
  });
});
