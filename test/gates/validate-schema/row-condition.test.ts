/**
 * Great Expectations row conditions: the two syntaxes' simple forms, and the
 * rows they select (pandas' comparison rules, worked out by hand).
 */
import { describe, expect, test } from 'vitest';
import { parseRowCondition, selectRows } from '../../../src/gates/validate-schema/row-condition.js';
import { makeTable } from './helpers.js';

const table = makeTable({
  x: [1, 2, 3, null],
  w: [6, 2, null, 6],
  name: ['a b', 'c', null, 'a b'],
  flag: ['true', 'False', 'true', null],
  day: ['2023-03-01', '2023-03-20', null, '2023-02-01'],
  'foo bar': ['p', 'q', 'p', 'q'],
});
const rows = (text: string, parser: 'pandas' | 'great_expectations' = 'pandas') => Array.from(selectRows(parseRowCondition(text, parser), table)).flatMap((v, i) => (v ? [i + 1] : []));

describe('pandas syntax', () => {
  test('comparisons, missing cells and kinds', () => {
    expect(rows('x > 1')).toEqual([2, 3]);
    expect(rows('1 < x')).toEqual([2, 3]);
    // NaN != 2 is true in pandas: row 4 (x missing) is selected.
    expect(rows('x != 2')).toEqual([1, 3, 4]);
    // A number column never equals a string.
    expect(rows('x == "1"')).toEqual([]);
    expect(rows("name == 'a b'")).toEqual([1, 4]);
    expect(rows('flag == True')).toEqual([1, 3]);
    expect(rows('`foo bar` == "q"')).toEqual([2, 4]);
  });

  test('& and | bind below comparisons, & before |; not, ~ and parentheses', () => {
    // x != 1 & w != 6: rows 2 (2, 2) and 3 (3, NaN: NaN != 6 is true).
    expect(rows('x!=1 & w!=6')).toEqual([2, 3]);
    expect(rows('x == 1 | x == 3 & w == 2')).toEqual([1]);
    expect(rows('(x == 1 | x == 3) and not w == 6')).toEqual([3]);
    expect(rows('~(x > 1)')).toEqual([1, 4]);
    expect(rows('x.notnull() & w.isnull()')).toEqual([3]);
  });

  test('what is not a simple form is refused with the reason', () => {
    expect(() => parseRowCondition('x in [1, 2]', 'pandas')).toThrow(/unexpected "\["/);
    expect(() => parseRowCondition('x + 1 > 2', 'pandas')).toThrow(/unexpected "\+"|expected a comparison/);
    expect(() => parseRowCondition('1 < x < 3', 'pandas')).toThrow(/chained comparisons/);
    expect(() => parseRowCondition('x == @limit', 'pandas')).toThrow(/unexpected "@"/);
    expect(() => parseRowCondition('x.str.len() > 2', 'pandas')).toThrow(/only \.notnull\(\) and \.isnull\(\)/);
    expect(() => parseRowCondition('', 'pandas')).toThrow(/empty/);
  });
});

describe('great_expectations syntax', () => {
  test('col("x"), notNull, date(), and SQL nulls', () => {
    expect(rows('col("x") > 1', 'great_expectations')).toEqual([2, 3]);
    // A comparison with a missing cell selects nothing under SQL's rule.
    expect(rows('col("x") != 2', 'great_expectations')).toEqual([1, 3]);
    expect(rows('col("x").notNull()', 'great_expectations')).toEqual([1, 2, 3]);
    expect(rows('col("day") <= date("2023-03-13")', 'great_expectations')).toEqual([1, 4]);
    expect(rows('col("x") == 1 | col("name") == "c"', 'great_expectations')).toEqual([1, 2]);
  });

  test('a bare name is not a column there', () => {
    expect(() => parseRowCondition('x > 1', 'great_expectations')).toThrow(/expected a column or a value/);
  });
});
