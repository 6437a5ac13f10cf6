import { describe, expect, test } from 'vitest';
import { closeMatches, editDistance } from '../../../src/core/suggest.js';
import { parseDatetime, parseNumber } from '../../../src/gates/validate-schema/column-data.js';

describe('parseDatetime', () => {
  test('dates and date-times as UTC instants (values from Date.UTC by hand)', () => {
    expect(parseDatetime('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(parseDatetime('2024-03-01 12:30')).toBe(Date.UTC(2024, 2, 1, 12, 30));
    expect(parseDatetime('2024-03-01T12:30:15.250Z')).toBe(Date.UTC(2024, 2, 1, 12, 30, 15, 250));
    // 14:00 at +02:00 is 12:00 UTC; 07:00 at -0500 is 12:00 UTC.
    expect(parseDatetime('2024-03-01T14:00:00+02:00')).toBe(Date.UTC(2024, 2, 1, 12));
    expect(parseDatetime('2024-03-01T07:00:00-0500')).toBe(Date.UTC(2024, 2, 1, 12));
  });

  test('impossible or non-ISO dates are NaN', () => {
    for (const s of ['2023-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-01T24:00', '01/02/2024', '2024-1-1', 'today', '']) {
      expect(parseDatetime(s), s).toBeNaN();
    }
  });
});

describe('parseNumber', () => {
  test('decimal numbers and infinities; no hex, binary or empty', () => {
    expect(parseNumber(' 1.5e3 ')).toBe(1500);
    expect(parseNumber('-inf')).toBe(-Infinity);
    expect(parseNumber('Infinity')).toBe(Infinity);
    for (const s of ['0x10', '0b101', '', '  ', '1,5', 'abc']) expect(parseNumber(s), s).toBeNaN();
  });
});

describe('close matches', () => {
  test('edit distance (kitten → sitting is 3, the textbook example)', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('age', 'age')).toBe(0);
  });

  test('typos, case and prefixes are close; unrelated names are not', () => {
    expect(closeMatches('agee', ['age', 'income', 'id'])).toEqual(['age']);
    expect(closeMatches('Income', ['income', 'outcome'])).toEqual(['income']);
    expect(closeMatches('loan', ['loan_id', 'purpose'])).toEqual(['loan_id']);
    expect(closeMatches('zzz', ['age', 'income'])).toEqual([]);
  });
});
