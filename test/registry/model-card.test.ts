import { describe, expect, it } from 'vitest';
import { modelCard } from '../../src/registry/model-card.js';
import type { ModelRecord } from '../../src/registry/record.js';

const record: ModelRecord = {
  modelgate: 1,
  action: 'register',
  name: 'churn',
  version: 'v1.0.0',
  sha256: 'a'.repeat(64),
  bytes: 3 * 1024 * 1024,
  path: 'models/churn',
  files: [{ path: 'model.bin', sha256: 'b'.repeat(64), bytes: 3 * 1024 * 1024 }],
  data: [{ path: 'data/train.csv', sha256: 'c'.repeat(64), bytes: 2048, files: 1 }],
  metadata: { owner: '@risk-team', notes: 'a | b <script>' },
  gates: [{ gate: 'performance-gate', verdict: 'pass', summary: 'AUC 0.91', report: 'perf.json', figures: { 'metric.auc': 0.91 } }],
  git: { commit: 'd'.repeat(40), ref: 'refs/heads/main' },
  run: { url: 'https://github.com/acme/models/actions/runs/1', actor: 'ada', workflow: 'train', id: '1', repository: 'acme/models' },
  time: '2026-01-02T03:04:05.000Z',
};

describe('modelCard', () => {
  const card = modelCard(record, { tag: 'churn@v1.0.0' });
  it('has the details, evaluation, lineage and files sections', () => {
    for (const h of ['# Model card: churn v1.0.0', '## Model details', '## Metadata', '## Evaluation', '## Training and evaluation data (lineage)', '## Files']) {
      expect(card).toContain(h);
    }
    expect(card).toContain('| Size | 3.0 MiB in 1 file |');
    expect(card).toContain('| `metric.auc` | 0.91 |');
  });
  it('escapes values from the metadata: no mention, no table break, no HTML', () => {
    expect(card).toContain('@\u200brisk-team');
    expect(card).toContain('a \\| b &lt;script&gt;');
    expect(card).not.toContain('<script>');
  });
});
