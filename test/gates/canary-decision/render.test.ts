import { describe, expect, it } from 'vitest';
import { evaluateCanary } from '../../../src/gates/canary-decision/evaluate.js';
import { renderMarkdown } from '../../../src/gates/canary-decision/render.js';
import { metric, normals } from './helpers.js';

const f = (a: number[]) => Float64Array.from(a);

describe('renderMarkdown', () => {
  const e = evaluateCanary(
    [metric('latency_ms', { direction: 'increase' }), metric('@ops|pipe', { group: 'x' })],
    new Map([
      ['latency_ms', { canary: f(normals(100, 260, 10, 1)), baseline: f(normals(100, 200, 10, 2)) }],
      ['@ops|pipe', { canary: f(normals(100, 1, 0.1, 3)), baseline: f(normals(100, 1, 0.1, 4)) }],
    ]),
    {},
    { confidence: 0.95, passScore: 95, marginalScore: 75, promoteProbability: 0.95, sequential: false, mixingSd: 0.1, stepWeight: 10, maxWeight: 50, currentWeight: 10, state: null },
  );
  const md = renderMarkdown(e, { confidence: 0.95, sequential: false });

  it('puts the decision first', () => {
    expect(md.split('\n')[0]).toMatch(/^### 🔴 Decision: \*\*rollback\*\* · score 50 \/ 100 · next weight 0%$/);
  });

  it('has a row per metric with the interval and a chart per metric', () => {
    expect(md).toContain('| `latency_ms` | default | 🔺 High |');
    expect(md).toContain('95% interval');
    expect(md).toMatch(/`canary   [▁▂▃▄▅▆▇█ ]+`/);
    expect(md).toMatch(/`baseline [▁▂▃▄▅▆▇█ ]+`/);
  });

  it('escapes names from the data (no mention, no broken table)', () => {
    expect(md).not.toMatch(/[^`]@ops/);
    expect(md).toContain('<code>@\u200bops\\|pipe</code>');
  });
});
