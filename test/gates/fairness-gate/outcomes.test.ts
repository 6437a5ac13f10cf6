import { describe, expect, it } from 'vitest';
import { readOutcomes } from '../../../src/gates/fairness-gate/outcomes.js';
import { tableOf } from './helpers.js';

const options = { labelColumn: 'label', predictionColumn: 'prediction', scoreColumn: undefined, decisionThreshold: 0.5, positiveLabel: '1' };

describe('readOutcomes on numeric columns', () => {
  it('gives 1 exactly where the value is the positive label', () => {
    const labels = [1, 0, 1, 1, 0, 0, 0, 1];
    const predictions = [0, 0, 1, 1, 1, 0, 1, 1];
    const o = readOutcomes(tableOf(labels.map((label, i) => ({ label, prediction: predictions[i] }))), options);
    expect([...o.label]).toEqual(labels);
    expect([...o.prediction]).toEqual(predictions);
  });

  it('accepts a column with the positive value alone, and a prediction column with none', () => {
    const o = readOutcomes(tableOf([1, 1, 1].map((label) => ({ label, prediction: 0 }))), options);
    expect([...o.label]).toEqual([1, 1, 1]);
    expect([...o.prediction]).toEqual([0, 0, 0]);
  });

  it('names the values when a third one appears, however late', () => {
    const rows = Array.from({ length: 6000 }, (_, i) => ({ label: i === 5000 ? 7 : i % 3 === 0 ? 1 : 0, prediction: 1 }));
    // The positive label first, then the other values in order of appearance: 0, then 7.
    expect(() => readOutcomes(tableOf(rows), options)).toThrow('column "label" has more than two values (1, 0, 7, ...)');
  });

  it('compares numerically: 1.0 is the positive label "1", and "1.0" given as positive-label matches 1', () => {
    const o = readOutcomes(tableOf([{ label: 1.0, prediction: 0 }, { label: 0, prediction: 1 }]), { ...options, positiveLabel: '1.0' });
    expect([...o.label]).toEqual([1, 0]);
    expect([...o.prediction]).toEqual([0, 1]);
  });
});
