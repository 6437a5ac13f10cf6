import { describe, expect, it } from 'vitest';
import { removeOutliers } from '../../../src/gates/canary-decision/outliers.js';
import { parseCanaryConfig } from '../../../src/gates/canary-decision/config.js';

describe('removeOutliers (Kayenta IQR detector, factor 3, reduced sensitivity)', () => {
  it('drops a value beyond Q3 + 3·IQR and keeps the rest (hand-derived fences)', () => {
    // 1..20 and 1000: n = 21, Q1 at position 5.5 → 5.5, Q3 at 16.5 → 16.5, IQR 11,
    // upper fence max(P99 = 1000, 16.5 + 33 = 49.5) = 1000 keeps 1000 itself...
    const values = Float64Array.from([...Array.from({ length: 20 }, (_, i) => i + 1), 1000]);
    expect(removeOutliers(values, 3).length).toBe(21);
    // ...but with 200 ordinary values the 99th percentile is ordinary and 1000 goes.
    const many = Float64Array.from([...Array.from({ length: 200 }, (_, i) => 100 + (i % 20)), 1000]);
    const kept = removeOutliers(many, 3);
    expect(kept.length).toBe(200);
    expect(Math.max(...kept)).toBe(119);
  });

  it('leaves tiny samples alone', () => {
    expect(removeOutliers(Float64Array.from([1, 2, 1000]), 3).length).toBe(3);
  });

  it('is read from settings and from a Kayenta configuration', () => {
    expect(parseCanaryConfig({ m: { outliers: 'remove', 'outlier-factor': 1.5 } }, 'x').metrics[0]).toMatchObject({ outliers: 'remove', outlierFactor: 1.5 });
    const k = parseCanaryConfig({ configVersion: '1', metrics: [{ name: 'm', analysisConfigurations: { canary: { outliers: { strategy: 'remove', outlierFactor: 2 } } } }] }, 'k');
    expect(k.metrics[0]).toMatchObject({ outliers: 'remove', outlierFactor: 2 });
  });
});
