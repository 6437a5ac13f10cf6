// The harness's report check (report-schema.ts) against the published schema:
// a report of the right shape passes, and an unknown section, a section of
// another gate, or a field the gate does not write is refused.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReportSchema } from './report-schema.js';
import { REPO_ROOT } from './run-action.js';

const dir = mkdtempSync(join(tmpdir(), 'modelgate-report-schema-'));
const base = {
  schemaVersion: '1.0',
  gate: 'canary-decision',
  verdict: 'pass',
  summary: 'promote: all good',
  tool: { name: 'modelgate', version: '0.1.0' },
  createdAt: '2026-11-26T00:00:00.000Z',
  inputs: {},
  checks: [],
  decision: 'promote',
  score: 100,
  nextWeight: 100,
  metrics: [],
  groups: [],
  thresholds: { pass: 95, marginal: 75, confidence: 0.95 },
};
const check = (name: string, report: object) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(report));
  return () => checkReportSchema(path, REPO_ROOT);
};

describe('checkReportSchema', () => {
  it('passes a report of the gate’s shape', () => {
    expect(check('ok.json', base)).not.toThrow();
  });
  it('refuses an unknown section, another gate’s section, or a wrong field', () => {
    expect(check('extra.json', { ...base, surprise: 1 })).toThrow(/does not follow/);
    expect(check('other-gate.json', { ...base, columns: [] })).toThrow(/does not follow/);
    expect(check('bad-decision.json', { ...base, decision: 'maybe' })).toThrow(/decision/);
    expect(check('missing.json', { ...base, thresholds: undefined })).toThrow(/thresholds/);
  });
});
