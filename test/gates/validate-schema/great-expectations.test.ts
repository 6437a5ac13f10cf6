/**
 * Great Expectations suites read with GE's own semantics (its pandas engine,
 * great_expectations 1.2). Each expectation below states the GE rule it
 * follows and derives the expected values by hand from it.
 */
import { describe, expect, test } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import type { Table } from '../../../src/core/table.js';
import { parseContract } from '../../../src/gates/validate-schema/contract/load.js';
import { evaluateContract, type RuleCheck } from '../../../src/gates/validate-schema/evaluate.js';
import { makeTable } from './helpers.js';

type Expectation = { type: string; kwargs: Record<string, unknown> };

function suite(...expectations: Expectation[]): string {
  return JSON.stringify({ name: 'test', expectations }, null, 2);
}

function checks(table: Table, ...expectations: Expectation[]): Record<string, RuleCheck> {
  const loaded = parseContract('suite.json', suite(...expectations));
  if (loaded.kind !== 'table') throw new Error('expected a table contract');
  return Object.fromEntries(evaluateContract(table, loaded.contract, { maxExamples: 20 }).map((c) => [c.id, c]));
}

function refusal(...expectations: Expectation[]): string {
  try {
    parseContract('suite.json', suite(...expectations));
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as UserError).format();
  }
  throw new Error('expected the suite to be refused');
}

const e = (type: string, kwargs: Record<string, unknown>): Expectation => ({ type, kwargs });

describe('bounds', () => {
  test('value lengths with both bounds unset are refused (GE: "min_value and max_value cannot both be None")', () => {
    expect(refusal(e('expect_column_value_lengths_to_be_between', { column: 's', min_value: null, max_value: null }))).toMatch(
      /^suite\.json:\d+: expectations\[0\]: expect_column_value_lengths_to_be_between: min_value and max_value cannot both be unset$/,
    );
  });

  test('value lengths with crossed bounds fail every value rather than being refused', () => {
    // GE's test "negative_test_with_max_lt_min": min 1, max 0 → every one of the 2 values is unexpected.
    const c = checks(makeTable({ s: ['ab', 'c'] }), e('expect_column_value_lengths_to_be_between', { column: 's', min_value: 1, max_value: 0 }));
    expect(c['column.s.max-length']).toMatchObject({ value: 2, verdict: 'fail' });
  });

  test('value lengths take strict_min / strict_max', () => {
    // lengths 2, 3, 4 with 2 < len < 4: "ab" (2) and "abcd" (4) are unexpected.
    const c = checks(makeTable({ s: ['ab', 'abc', 'abcd'] }), e('expect_column_value_lengths_to_be_between', { column: 's', min_value: 2, max_value: 4, strict_min: true, strict_max: true }));
    expect(c['column.s.min-length']).toMatchObject({ value: 1, rows: [1] });
    expect(c['column.s.max-length']).toMatchObject({ value: 1, rows: [3] });
  });

  test('value lengths of a number column fail (GE: len() of an int raises)', () => {
    const c = checks(makeTable({ n: [1, 2, 3] }), e('expect_column_value_lengths_to_be_between', { column: 'n', min_value: 0, max_value: 1 }));
    expect(c['column.n.min-length'].verdict).toBe('fail');
    expect(c['column.n.min-length'].message).toMatch(/numbers, which have no length/);
  });

  test('values between: min above max is refused, both unset too', () => {
    expect(refusal(e('expect_column_values_to_be_between', { column: 'x', min_value: 10, max_value: 0 }))).toMatch(/kwargs\.min_value: expect_column_values_to_be_between: min_value \(10\) is greater than max_value \(0\)$/);
    expect(refusal(e('expect_column_values_to_be_between', { column: 'x' }))).toMatch(/min_value and max_value cannot both be unset$/);
  });

  test('a text cell against numeric bounds fails the rule whatever mostly says (GE raises a TypeError)', () => {
    // 1..9 and "abc": only "abc" is out, 9 of 10 conform ≥ mostly 0.8, yet GE errors on comparing "abc" with 1.
    const table = makeTable({ y: [1, 2, 3, 4, 5, 6, 7, 8, 9, 'abc'] });
    const c = checks(table, e('expect_column_values_to_be_between', { column: 'y', min_value: 1, max_value: 10, mostly: 0.8 }));
    expect(c['column.y.min']).toMatchObject({ value: 1, rows: [10], verdict: 'fail' });
    expect(c['column.y.min'].message).toMatch(/not numbers and cannot be compared/);
  });

  test('row count: min above max and non-integers are refused', () => {
    expect(refusal(e('expect_table_row_count_to_be_between', { min_value: 1, max_value: 0 }))).toMatch(/min_value \(1\) is greater than max_value \(0\)$/);
    expect(refusal(e('expect_table_row_count_to_be_between', { max_value: 'quack' }))).toMatch(/kwargs\.max_value must be an integer, got "quack"$/);
  });
});

describe('regex', () => {
  test('an empty regex matches every value (re.search("", s) always finds the empty match)', () => {
    const c = checks(makeTable({ b: ['aaa', 'bdd', null] }), e('expect_column_values_to_match_regex', { column: 'b', regex: '' }));
    expect(c['column.b.pattern']).toMatchObject({ value: 0, verdict: 'pass' });
  });
});

describe('compound uniqueness', () => {
  // GE's dataset: w = 2..10 then null; x = 1..10; a, b: five (1,x) and four (2,x) rows, the last row all null.
  const table = makeTable({
    w: [2, 3, 4, 5, 6, 7, 8, 9, 10, null],
    x: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    a: [1, 1, 1, 1, 1, 2, 2, 2, 2, null],
    b: [1, 2, 1, 2, 1, 2, 1, 2, 1, null],
  });

  test('rows whose parts are all missing are skipped by default, not offences as in a primary key', () => {
    // (a, b): (1,1)×3, (1,2)×2, (2,2)×2, (2,1)×2 → rows 1–9 all repeat; row 10 (null, null) is skipped.
    const c = checks(table, e('expect_compound_columns_to_be_unique', { column_list: ['a', 'b'] }));
    expect(c['table.unique-together']).toMatchObject({ value: 9, rows: [1, 2, 3, 4, 5, 6, 7, 8, 9], verdict: 'fail' });
    // (w, x): all distinct; row 10 (null, 10) is only partly missing and distinct too.
    expect(checks(table, e('expect_compound_columns_to_be_unique', { column_list: ['w', 'x'] }))['table.unique-together']).toMatchObject({ value: 0, verdict: 'pass' });
  });

  test('ignore_row_if never compares all-missing rows, which then repeat each other', () => {
    const t = makeTable({ p: [1, null, null], q: [1, null, null] });
    const c = checks(t, e('expect_compound_columns_to_be_unique', { column_list: ['p', 'q'], ignore_row_if: 'never' }));
    expect(c['table.unique-together']).toMatchObject({ value: 2, rows: [2, 3] });
    const skipped = checks(t, e('expect_compound_columns_to_be_unique', { column_list: ['p', 'q'] }));
    expect(skipped['table.unique-together']).toMatchObject({ value: 0, verdict: 'pass' });
  });

  test('mostly counts the rows not skipped', () => {
    // b, c = (1,1), (2,2), (3,3), (1,1): rows 1 and 4 repeat → 2 of 4 conform = 0.5: mostly 0.4 holds, 0.9 does not.
    const t = makeTable({ b: [1, 2, 3, 1], c: [1, 2, 3, 1] });
    expect(checks(t, e('expect_compound_columns_to_be_unique', { column_list: ['b', 'c'], mostly: 0.4 }))['table.unique-together'].verdict).toBe('pass');
    expect(checks(t, e('expect_compound_columns_to_be_unique', { column_list: ['b', 'c'], mostly: 0.9 }))['table.unique-together'].verdict).toBe('fail');
  });
});

describe('types as pandas holds the cells', () => {
  const table = makeTable({
    x: [1, 2, 4],
    y: [1.5, 2.2, 5.3],
    z: ['hello', 'jello', 'mello'],
    b: ['false', 'true', 'false'],
    s: ['hello', 'jello', '1'],
    t: ['2016-01-01T12:34:56', '2016-01-02T11:59:58', null],
    tz: ['2016-01-01T12:34:56Z', '2016-01-02T11:59:58Z', null],
  });
  const of = (column: string, type_: string) => checks(table, e('expect_column_values_to_be_of_type', { column, type_ }))[`column.${column}.value-type`];

  test('"string" does not accept integers', () => {
    expect(of('x', 'string')).toMatchObject({ value: 3, verdict: 'fail' });
    expect(of('z', 'str').verdict).toBe('pass');
  });

  test('int, float, bool, object', () => {
    expect(of('x', 'int').verdict).toBe('pass');
    // float64 is not int64.
    expect(of('y', 'int64')).toMatchObject({ value: 3, verdict: 'fail' });
    expect(of('y', 'float').verdict).toBe('pass');
    expect(of('b', 'bool').verdict).toBe('pass');
    // A column of true/false words is bool to pandas, not object.
    expect(of('b', 'str').verdict).toBe('fail');
    expect(of('z', 'object').verdict).toBe('pass');
    expect(of('x', 'object').verdict).toBe('fail');
  });

  test('datetime64 is naive, Timestamp has an offset', () => {
    expect(of('t', 'datetime64').verdict).toBe('pass');
    expect(of('tz', 'Timestamp').verdict).toBe('pass');
    expect(of('tz', 'datetime64')).toMatchObject({ value: 2, verdict: 'fail' });
  });

  test('a type list accepts a cell of any listed type; a null list is a placeholder that holds', () => {
    // s is an object column of str ("1" is text, as read from a file): [str, int] holds; [bool] fails on all three.
    const c = checks(
      table,
      e('expect_column_values_to_be_in_type_list', { column: 's', type_list: ['str', 'int'] }),
      e('expect_column_values_to_be_in_type_list', { column: 's', type_list: ['bool'] }),
      e('expect_column_values_to_be_in_type_list', { column: 's', type_list: null }),
    );
    expect(c['column.s.value-type']).toMatchObject({ value: 0, verdict: 'pass' });
    expect(c['column.s.value-type#2']).toMatchObject({ value: 3, rows: [1, 2, 3], verdict: 'fail' });
    expect(c['column.s.value-type#3'].verdict).toBe('pass');
  });
});

describe('aggregates and table expectations', () => {
  test('the mean of a true/false column is the share of true', () => {
    // true, false → 0.5; true, null, false, null → 0.5 over the two present cells.
    const c = checks(makeTable({ b: ['true', 'false'] }), e('expect_column_mean_to_be_between', { column: 'b', min_value: 0.5, max_value: 0.5 }));
    expect(c['column.b.mean']).toMatchObject({ value: 0.5, verdict: 'pass' });
    const d = checks(makeTable({ x: ['True', null, 'False', null] }), e('expect_column_mean_to_be_between', { column: 'x', min_value: 0, max_value: 1 }));
    expect(d['column.x.mean']).toMatchObject({ value: 0.5, verdict: 'pass' });
  });

  test('column_index places the column; 0 asks only that it exists, as GE tests `if column_index:`', () => {
    const t = makeTable({ c1: [1], c2: [2], c3: [3] });
    expect(checks(t, e('expect_column_to_exist', { column: 'c2', column_index: 1 }))['column.c2.present'].verdict).toBe('pass');
    expect(checks(t, e('expect_column_to_exist', { column: 'c3', column_index: 4 }))['column.c3.present'].verdict).toBe('fail');
    expect(checks(t, e('expect_column_to_exist', { column: 'c3', column_index: 0 }))['column.c3.present'].verdict).toBe('pass');
  });

  test('null column lists: an ordered list passes vacuously; a set is empty, so exact_match fails and a subset passes', () => {
    const t = makeTable({ c1: [1], c2: [2] });
    expect(checks(t, e('expect_table_columns_to_match_ordered_list', { column_list: null }))['table.column-order'].verdict).toBe('pass');
    expect(checks(t, e('expect_table_columns_to_match_set', { column_set: null, exact_match: true }))['table.column-set']).toMatchObject({ value: 2, verdict: 'fail' });
    expect(checks(t, e('expect_table_columns_to_match_set', { column_set: null, exact_match: false }))['table.column-set'].verdict).toBe('pass');
    // exact_match unset: GE tests `if exact_match:`, so the listed columns need only be present.
    expect(checks(t, e('expect_table_columns_to_match_set', { column_set: ['c1'] }))['table.column-set'].verdict).toBe('pass');
  });
});

describe('row_condition', () => {
  const table = makeTable({
    s1: ['smart', 'silly', 'sassy', 'slimy', 'sexy'],
    s4: [1, 2, 3, 4, 5],
    y: [1, 2, 3, 4, 'abc'],
  });

  test('pandas: the rule looks only at the selected rows, and reports their own row numbers', () => {
    // s4 == 4 selects row 4 ("slimy", 5 letters): lengths 4..4 fail there only; s4 == 5 selects "sexy" (4): pass.
    const fails = checks(table, e('expect_column_value_lengths_to_be_between', { column: 's1', min_value: 4, max_value: 4, row_condition: 's4 == 4', condition_parser: 'pandas' }));
    expect(fails['column.s1.max-length']).toMatchObject({ value: 1, rows: [4], lines: [5], examples: ['slimy'], verdict: 'fail', threshold: 'length <= 4 where s4 == 4' });
    const passes = checks(table, e('expect_column_value_lengths_to_be_between', { column: 's1', min_value: 4, max_value: 4, row_condition: 's4 == 5', condition_parser: 'pandas' }));
    expect(passes['column.s1.max-length']).toMatchObject({ value: 0, verdict: 'pass' });
  });

  test('pandas compares values of different kinds as unequal: s4 == "1" selects nothing', () => {
    const c = checks(table, e('expect_column_values_to_be_in_set', { column: 's1', value_set: [], row_condition: 's4 == "1"', condition_parser: 'pandas' }));
    expect(c['column.s1.values']).toMatchObject({ value: 0, verdict: 'pass' });
    // y == "abc" selects row 5 only; y == 4 the row whose cell reads as 4.
    const abc = checks(table, e('expect_column_values_to_be_in_set', { column: 's4', value_set: [5], row_condition: 'y == "abc"', condition_parser: 'pandas' }));
    expect(abc['column.s4.values']).toMatchObject({ value: 0, verdict: 'pass' });
    const four = checks(table, e('expect_column_values_to_be_in_set', { column: 's4', value_set: [5], row_condition: 'y == 4', condition_parser: 'pandas' }));
    expect(four['column.s4.values']).toMatchObject({ value: 1, rows: [4] });
  });

  test('& and | combine, below comparisons; the great_expectations parser reads col("x")', () => {
    // s4 > 1 & s4 < 5 → rows 2, 3, 4; | s4 == 5 adds row 5. Not null counts rows there: none missing.
    const and = checks(table, e('expect_column_values_to_be_in_set', { column: 's4', value_set: [], row_condition: 's4 > 1 & s4 < 5', condition_parser: 'pandas' }));
    expect(and['column.s4.values']).toMatchObject({ value: 3, rows: [2, 3, 4] });
    const or = checks(table, e('expect_column_values_to_be_in_set', { column: 's4', value_set: [], row_condition: 'col("s4") <= 1 | col("s4") == 5', condition_parser: 'great_expectations' }));
    expect(or['column.s4.values']).toMatchObject({ value: 2, rows: [1, 5] });
  });

  test('a condition selecting rows changes mostly\'s denominator', () => {
    // Rows with s4 >= 3: s1 = sassy, slimy, sexy; regex ^sa matches 1 of 3 = 0.33 < mostly 0.5.
    const c = checks(table, e('expect_column_values_to_match_regex', { column: 's1', regex: '^sa', mostly: 0.5, row_condition: 's4 >= 3', condition_parser: 'pandas' }));
    expect(c['column.s1.pattern']).toMatchObject({ value: 2, rows: [4, 5], verdict: 'fail' });
  });

  test('a condition on a column the data lacks fails the rule with a clear message', () => {
    const c = checks(table, e('expect_column_values_to_not_be_null', { column: 's1', row_condition: 'zz > 1', condition_parser: 'pandas' }));
    expect(c['column.s1.not-null']).toMatchObject({ verdict: 'fail', value: null });
    expect(c['column.s1.not-null'].message).toMatch(/names "zz", which is not in the data/);
  });

  test('what is not supported is refused with a line naming the expectation and kwarg', () => {
    const kw = { column: 's1', value_set: ['a'] };
    expect(refusal(e('expect_column_values_to_be_in_set', { ...kw, row_condition: 's4 == 1', condition_parser: 'bad_parser' }))).toMatch(
      /expectations\[0\]\.kwargs\.condition_parser: expect_column_values_to_be_in_set: kwargs\.condition_parser "bad_parser" is not one of/,
    );
    expect(refusal(e('expect_column_values_to_be_in_set', { ...kw, row_condition: 's4 == 1' }))).toMatch(/kwargs\.row_condition needs kwargs\.condition_parser/);
    expect(refusal(e('expect_column_values_to_be_in_set', { ...kw, row_condition: 's4 in [1, 2]', condition_parser: 'pandas' }))).toMatch(
      /expectations\[0\]\.kwargs\.row_condition: expect_column_values_to_be_in_set: kwargs\.row_condition "s4 in \[1, 2\]" is not supported by modelgate/,
    );
    expect(refusal(e('expect_column_values_to_be_in_set', { ...kw, row_condition: 's4 == 1', condition_parser: 'spark' }))).toMatch(/condition_parser "spark" is not supported by modelgate/);
    // GE takes no row condition on the table's columns, nor mostly on a row count.
    expect(refusal(e('expect_table_columns_to_match_set', { column_set: ['a'], row_condition: 'a > 1', condition_parser: 'pandas' }))).toMatch(
      /kwargs\.row_condition: expect_table_columns_to_match_set does not take kwargs\.row_condition$/,
    );
    expect(refusal(e('expect_table_row_count_to_be_between', { min_value: 1, mostly: 0.5 }))).toMatch(/expect_table_row_count_to_be_between does not take kwargs\.mostly$/);
    expect(refusal(e('expect_column_values_to_be_between', { column: 'x', min_value: 1, parse_strings_as_datetimes: true }))).toMatch(
      /kwargs\.parse_strings_as_datetimes of expect_column_values_to_be_between is not supported by modelgate$/,
    );
  });
});
