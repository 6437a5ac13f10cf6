/**
 * Class columns read through their encodings (number codes, a reader's text
 * dictionary) give the class indices and errors a row-by-row reading gives.
 */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import { encodeNumbers } from '../../../src/gates/performance-gate/number-codes.js';
import { extractPredictions, type ColumnOptions } from '../../../src/gates/performance-gate/predictions.js';
import { withDictionaries } from '../../support/dictionary-column.js';
import { makeTable } from './helpers.js';

const options: ColumnOptions = { task: 'auto', labelColumn: 'label', predictionColumn: 'pred', scoreColumns: [], decisionThreshold: 0.5 };

function failure(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    if (err instanceof UserError) return err.format();
    throw err;
  }
  throw new Error('expected a UserError');
}

describe('number codes', () => {
  it('codes in order of first appearance, missing cells -1, NaN one value, −0 the same as 0', () => {
    const values = Float64Array.from([1, 0, 1, Number.NaN, -0, 7, Number.NaN]);
    const missing = Uint8Array.from([0, 0, 0, 1, 0, 0, 0]);
    expect(encodeNumbers(values, missing, 7)).toEqual({ codes: Int32Array.from([0, 1, 0, -1, 1, 2, 3]), values: [1, 0, 7, Number.NaN], firstMissing: 3 });
  });

  it('past 16 values a map, past the cap no codes', () => {
    const many = Float64Array.from({ length: 40 }, (_, i) => i % 20);
    const encoded = encodeNumbers(many, null, 40)!;
    expect(encoded.values).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(Array.from(encoded.codes)).toEqual(Array.from(many));
    expect(encodeNumbers(many, null, 40, 10)).toBeNull();
  });
});

describe('class indices from encoded columns', () => {
  it('numbers: 17 classes (past the short list) index as their sorted order', () => {
    const label = Array.from({ length: 34 }, (_, i) => (i * 5) % 17);
    const pred = label.map((v) => (v + 1) % 17);
    const p = extractPredictions(makeTable({ label, pred }), { ...options, task: 'multiclass' });
    // Classes 0…16 sort numerically, so each class index is the value itself.
    expect(p.classes).toEqual(Array.from({ length: 17 }, (_, i) => String(i)));
    expect(Array.from(p.label)).toEqual(label);
    expect(Array.from(p.predicted!)).toEqual(pred);
  });

  it('text: a dictionary-encoded table gives what the plain one gives', () => {
    const table = makeTable({ label: ['cat', 'dog', 'bird', 'dog', 'cat'], pred: ['cat', 'bird', 'bird', 'dog', 'dog'] });
    const plain = extractPredictions(table, options);
    const coded = extractPredictions(withDictionaries(table), options);
    expect(coded).toEqual(plain);
    // Sorted classes bird, cat, dog: label cat, dog, bird, dog, cat → 1, 2, 0, 2, 1.
    expect(Array.from(coded.label)).toEqual([1, 2, 0, 2, 1]);
  });

  it('errors name the first bad line, for numbers and dictionaries alike', () => {
    const numbers = makeTable({ label: [0, 1, null, 1], pred: [0, 1, 1, 1] }, 'n.csv');
    expect(failure(() => extractPredictions(numbers, options))).toBe('n.csv:4: label: missing value');
    const base = makeTable({ label: [0, 1, 1], pred: [0, 2, 1] }, 'b.csv');
    const shape = { task: 'binary' as const, classes: ['0', '1'] };
    expect(failure(() => extractPredictions(base, options, shape))).toBe('b.csv:3: pred: class "2" is not one of 0, 1');
    const text = withDictionaries(makeTable({ label: ['a', 'b', null], pred: ['a', 'b', 'b'] }, 't.csv'));
    expect(failure(() => extractPredictions(text, { ...options, positiveLabel: 'b' }))).toBe('t.csv:4: label: missing value');
    const unknown = withDictionaries(makeTable({ label: ['a', 'b', 'b'], pred: ['a', 'c', 'b'] }, 'u.csv'));
    expect(failure(() => extractPredictions(unknown, options, { task: 'binary', classes: ['a', 'b'] }))).toBe('u.csv:3: pred: class "c" is not one of a, b');
  });
});
