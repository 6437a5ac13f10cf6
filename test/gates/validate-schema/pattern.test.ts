/**
 * Patterns run on RE2 (re2js): linear time, so a catastrophic pattern ends
 * quickly with a clear result instead of hanging the gate (issue #17, item 8).
 * Syntax RE2 does not have is refused when the contract is read.
 */
import { describe, expect, test } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import { parseContract } from '../../../src/gates/validate-schema/contract/load.js';
import { validateRecords } from '../../../src/gates/validate-schema/contract/json-schema.js';
import { evaluateContract } from '../../../src/gates/validate-schema/evaluate.js';
import { compilePattern } from '../../../src/gates/validate-schema/pattern.js';
import { makeTable } from './helpers.js';

// A backtracking engine needs about 2^n steps for ^(a+)+$ on n a's and a final "!": with
// n = 50,000 it would never finish; an automaton reads the value once.
const HOSTILE = `${'a'.repeat(50_000)}!`;

function refusal(file: string, text: string): string {
  try {
    parseContract(file, text);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as UserError).format();
  }
  throw new Error('expected the contract to be refused');
}

describe('linear-time patterns', () => {
  test('a catastrophic modelgate pattern reports the non-matching value', () => {
    const loaded = parseContract('c.yml', "columns:\n  - name: s\n    pattern: '^(a+)+$'\n");
    if (loaded.kind !== 'table') throw new Error('expected a table contract');
    const [, check] = evaluateContract(makeTable({ s: ['aaa', HOSTILE] }), loaded.contract, { maxExamples: 5 });
    expect(check).toMatchObject({ id: 'column.s.pattern', value: 1, rows: [2], verdict: 'fail' });
    expect(check.examples[0]).toMatch(/^a{77}\.\.\.$/);
  });

  test('the same in a Table Schema (whole value), a GE suite (search) and a JSON Schema', () => {
    const schema = parseContract('s.json', JSON.stringify({ fields: [{ name: 's', type: 'string', constraints: { pattern: '(a|aa)+' } }] }));
    if (schema.kind !== 'table') throw new Error('expected a table contract');
    expect(evaluateContract(makeTable({ s: [HOSTILE, 'aa'] }), schema.contract, { maxExamples: 5 }).find((c) => c.id === 'column.s.pattern')).toMatchObject({ value: 1, rows: [1] });
    const suite = parseContract('g.json', JSON.stringify({ expectations: [{ type: 'expect_column_values_to_match_regex', kwargs: { column: 's', regex: '(x+x+)+y' } }] }));
    if (suite.kind !== 'table') throw new Error('expected a table contract');
    expect(evaluateContract(makeTable({ s: ['x'.repeat(50_000), 'xxy'] }), suite.contract, { maxExamples: 5 }).find((c) => c.id === 'column.s.pattern')).toMatchObject({ value: 1, rows: [1] });
  });

  test('a JSON Schema pattern runs on RE2 through ajv', async () => {
    const loaded = parseContract('r.json', JSON.stringify({ type: 'object', properties: { s: { type: 'string', pattern: '^(a+)+$' } } }));
    if (loaded.kind !== 'records') throw new Error('expected a record schema');
    async function* records() {
      yield { record: { s: HOSTILE }, line: 1 };
      yield { record: { s: 'aaaa' }, line: 2 };
    }
    const result = await validateRecords(records(), loaded.validator, 'r.jsonl', 5, false);
    expect(result.checks.find((c) => c.id === 'column.s.pattern')).toMatchObject({ value: 1, rows: [1] });
  });

  test('lookaround and backreferences are refused with the reason, in every format', () => {
    expect(refusal('c.yml', "columns:\n  - name: s\n    pattern: 'a(?=b)'\n")).toMatch(/^c\.yml:3: columns\[0\]\.pattern: column "s": pattern \/a\(\?=b\)\/ does not compile: invalid or unsupported Perl syntax: `\(\?=`$/);
    expect(refusal('s.json', JSON.stringify({ fields: [{ name: 's', type: 'string', constraints: { pattern: '(a)\\1' } }] }))).toMatch(/does not compile: invalid escape sequence: `\\1`$/);
    expect(refusal('r.json', JSON.stringify({ type: 'object', properties: { s: { type: 'string', pattern: '(?<=a)b' } } }))).toMatch(/^r\.json: the JSON Schema does not compile/);
  });

  test('search and whole-value modes', () => {
    // RE2's $ without (?m) is the very end: "a\n" does not match ^a$ (Python's $ would).
    expect(compilePattern('^a$', 'search').test('a\n')).toBe(false);
    expect(compilePattern('b', 'search').test('abc')).toBe(true);
    expect(compilePattern('b', 'whole').test('abc')).toBe(false);
    // The whole value must match one alternative: not "ab" for a|b.
    expect(compilePattern('a|b', 'whole').test('ab')).toBe(false);
    expect(compilePattern('\\p{Lu}\\d+', 'whole').test('É12')).toBe(true);
  });
});
