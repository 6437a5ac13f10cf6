import { describe, expect, it } from 'vitest';
import { loadCanaryConfig, parseCanaryConfig } from '../../../src/gates/canary-decision/config.js';
import { UserError } from '../../../src/core/errors.js';

function formatOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserError) return err.format();
    throw err;
  }
  throw new Error('no error');
}

describe('parseCanaryConfig', () => {
  it('reads metric settings with defaults and group weights', () => {
    const c = parseCanaryConfig(
      { latency: { direction: 'increase', group: 'perf', max: 500, statistic: 'p99' }, errors: { critical: true }, 'group-weights': { perf: 60 } },
      'canary.yml',
    );
    expect(c.metrics.map((m) => m.name)).toEqual(['latency', 'errors']);
    expect(c.metrics[0]).toMatchObject({ direction: 'increase', groups: ['perf'], max: 500, statistic: 'p99', nanStrategy: 'remove', minSamples: 10 });
    expect(c.metrics[1]).toMatchObject({ direction: 'either', groups: ['default'], critical: true });
    expect(c.groupWeights).toEqual({ perf: 60 });
  });

  it('names the metric and key of a bad setting', () => {
    expect(formatOf(() => parseCanaryConfig({ latency: { direction: 'up' } }, 'canary.yml'))).toMatch(/^canary\.yml: metric latency\.direction: /);
    expect(formatOf(() => parseCanaryConfig({ latency: { maxx: 5 } }, 'canary.yml'))).toMatch(/^canary\.yml: metric latency\.maxx: /);
    expect(formatOf(() => parseCanaryConfig({ latency: { min: 5, max: 1 } }, 'canary.yml'))).toBe('canary.yml: metric latency: min 5 is above max 1');
  });

  it('accepts a Kayenta canary configuration as it is', () => {
    const kayenta = {
      name: 'my-config',
      configVersion: '1',
      metrics: [
        {
          name: 'error-rate',
          query: { type: 'prometheus', customInlineTemplate: 'PromQL:sum(rate(errors_total{${scope}}[1m]))' },
          groups: ['errors'],
          analysisConfigurations: { canary: { direction: 'increase', critical: true, nanStrategy: 'replace', effectSize: { allowedIncrease: 1.1, criticalIncrease: 1.5 } } },
          scopeName: 'default',
        },
        { name: 'cpu', query: { type: 'prometheus', metricName: 'cpu_seconds' }, groups: ['system'], analysisConfigurations: { canary: {} } },
      ],
      classifier: { groupWeights: { errors: 70, system: 30 }, scoreThresholds: { pass: 90, marginal: 50 } },
    };
    const c = parseCanaryConfig(kayenta, 'kayenta.json');
    expect(c.metrics[0]).toMatchObject({
      name: 'error-rate',
      direction: 'increase',
      critical: true,
      nanStrategy: 'replace',
      allowedIncrease: 1.1,
      criticalIncrease: 1.5,
      groups: ['errors'],
      query: 'sum(rate(errors_total{${scope}}[1m]))',
    });
    expect(c.metrics[1].query).toBe('cpu_seconds{${scope}}');
    expect(c.groupWeights).toEqual({ errors: 70, system: 30 });
    expect(c.scoreThresholds).toEqual({ pass: 90, marginal: 50 });
  });
});

describe('tolerance and effect size settings', () => {
  it("defaults to Kayenta's tolerance 0.25 and the mean ratio with thresholds 1", () => {
    const [m] = parseCanaryConfig({ latency: {} }, 'canary.yml').metrics;
    expect(m).toMatchObject({ tolerance: 0.25, effectSizeMeasure: 'mean-ratio', allowedIncrease: 1, allowedDecrease: 1, criticalIncrease: 1, criticalDecrease: 1 });
  });

  it('takes a tolerance per metric, and CLES with thresholds defaulting to ½ (Kayenta)', () => {
    const [m] = parseCanaryConfig({ latency: { tolerance: 0.1, 'effect-size-measure': 'cles', 'allowed-increase': 0.7 } }, 'canary.yml').metrics;
    expect(m).toMatchObject({ tolerance: 0.1, effectSizeMeasure: 'cles', allowedIncrease: 0.7, allowedDecrease: 0.5, criticalIncrease: 0.5, criticalDecrease: 0.5 });
  });

  it('refuses thresholds outside the measure and a negative tolerance, naming the key', () => {
    expect(formatOf(() => parseCanaryConfig({ m: { 'effect-size-measure': 'cles', 'allowed-increase': 1.2 } }, 'canary.yml'))).toBe(
      'canary.yml: metric m.allowed-increase: must be a probability from 0 to 1 (effect-size-measure cles), got 1.2',
    );
    expect(formatOf(() => parseCanaryConfig({ m: { 'critical-decrease': 0 } }, 'canary.yml'))).toBe(
      'canary.yml: metric m.critical-decrease: must be a positive ratio of means, got 0',
    );
    expect(formatOf(() => parseCanaryConfig({ m: { tolerance: -0.1 } }, 'canary.yml'))).toMatch(/^canary\.yml: metric m\.tolerance: /);
    expect(formatOf(() => parseCanaryConfig({ m: { 'effect-size-measure': 'ratio' } }, 'canary.yml'))).toMatch(/^canary\.yml: metric m\.effect-size-measure: /);
    expect(formatOf(() => parseCanaryConfig({ m: { 'allowed-increase': 2, 'critical-increase': 1.5 } }, 'canary.yml'))).toBe(
      'canary.yml: metric m: critical-increase must be at least allowed-increase',
    );
  });

  it("reads Kayenta's effectSize.measure, and refuses a measure Kayenta would silently read as the mean ratio", () => {
    const config = (effectSize: Record<string, unknown>) => ({ configVersion: '1', metrics: [{ name: 'a', analysisConfigurations: { canary: { effectSize } } }] });
    expect(parseCanaryConfig(config({ measure: 'cles', allowedIncrease: 0.8 }), 'k.json').metrics[0]).toMatchObject({
      effectSizeMeasure: 'cles',
      allowedIncrease: 0.8,
      allowedDecrease: 0.5,
    });
    expect(parseCanaryConfig(config({ measure: 'meanRatio' }), 'k.json').metrics[0]).toMatchObject({ effectSizeMeasure: 'mean-ratio', allowedIncrease: 1 });
    expect(formatOf(() => parseCanaryConfig(config({ measure: 'Cles' }), 'k.json'))).toBe(
      'k.json: metrics[0].analysisConfigurations.canary.effectSize.measure: effect size measure must be "meanRatio" or "cles", got "Cles"',
    );
  });
});

describe('loadCanaryConfig', () => {
  it('reads inline YAML and reports a missing file by its name', async () => {
    const c = await loadCanaryConfig('latency:\n  direction: increase\n', process.cwd());
    expect(c.metrics[0].direction).toBe('increase');
    await expect(loadCanaryConfig('no-such-canary.yml', process.cwd())).rejects.toThrow('configuration file not found');
  });
});

describe('Kayenta configuration errors', () => {
  it('names a metric without a name, a duplicate and a bad group weight', () => {
    expect(formatOf(() => parseCanaryConfig({ configVersion: '1', metrics: [{ groups: ['a'] }] }, 'k.json'))).toBe('k.json: metrics[0].name: a metric without a name');
    expect(formatOf(() => parseCanaryConfig({ configVersion: '1', metrics: [{ name: 'a' }, { name: 'a' }] }, 'k.json'))).toBe(
      'k.json: metrics[1].name: metric "a" appears twice',
    );
    expect(formatOf(() => parseCanaryConfig({ configVersion: '1', metrics: [{ name: 'a' }], classifier: { groupWeights: { g: 'x' } } }, 'k.json'))).toMatch(
      /^k\.json: classifier\.groupWeights\.g: group weight must be a number/,
    );
    expect(formatOf(() => parseCanaryConfig({ configVersion: '1', metrics: [{ name: 'a', analysisConfigurations: { canary: { direction: 'up' } } }] }, 'k.json'))).toMatch(
      /^k\.json: metric a\.direction: /,
    );
  });
});
