/**
 * `artifact:` inputs: parsing, and the one resolution step over every file
 * input of every gate (artifact-store.test.ts tests the downloads).
 */
import { describe, expect, it } from 'vitest';
import { workflowFileOf } from '../../src/artifacts/find-run.js';
import { parseArtifactReference, parseRunSelector } from '../../src/artifacts/reference.js';
import { resolveArtifactInputs, usesArtifacts } from '../../src/artifacts/resolve-inputs.js';
import { UserError } from '../../src/core/errors.js';
import { COMMON, type InputSpec } from '../../src/core/inputs.js';
import { availableGates, loadGate } from '../../src/gates/index.js';

describe('artifact references', () => {
  it('splits the name from the path at the first slash', () => {
    expect(parseArtifactReference('artifact:champion-predictions/eval/preds.csv', 'x')).toEqual({ text: 'artifact:champion-predictions/eval/preds.csv', name: 'champion-predictions', path: 'eval/preds.csv' });
    expect(parseArtifactReference(' artifact:reference-profile ', 'x')).toEqual({ text: 'artifact:reference-profile', name: 'reference-profile' });
  });
  it('refuses an empty name, forbidden characters and paths leaving the artifact', () => {
    const line = (text: string) => {
      try {
        parseArtifactReference(text, 'reference');
      } catch (err) {
        return (err as UserError).format();
      }
      return 'accepted';
    };
    expect(line('artifact:')).toBe('input reference: "artifact:" names no artifact: write artifact:<name> or artifact:<name>/<path>');
    expect(line('artifact:a*b')).toBe('input reference: "artifact:a*b": an artifact name cannot hold " : < > | * ? \\ or line breaks');
    expect(line('artifact:a/../../etc/passwd')).toBe('input reference: "artifact:a/../../etc/passwd": the path inside the artifact may not go up with ".."');
  });
  it('reads artifact-run', () => {
    expect(parseRunSelector('this')).toEqual({ kind: 'this' });
    expect(parseRunSelector('latest-success')).toEqual({ kind: 'latest-success' });
    expect(parseRunSelector('latest-success@release/2.x')).toEqual({ kind: 'latest-success', branch: 'release/2.x' });
    expect(parseRunSelector('1234')).toEqual({ kind: 'id', runId: 1234 });
    expect(() => parseRunSelector('yesterday')).toThrow(UserError);
    // The input's own schema refuses the same before anything runs.
    expect(COMMON.schema.shape['artifact-run'].safeParse('yesterday').success).toBe(false);
  });
  it("finds this run's workflow file in GITHUB_WORKFLOW_REF", () => {
    expect(workflowFileOf('acme/models/.github/workflows/ml.yml@refs/pull/12/merge')).toBe('ml.yml');
    expect(workflowFileOf(undefined)).toBeUndefined();
  });
});

describe('resolution over every file input of every gate', () => {
  // Each gate marks its file inputs; every one of them is resolved, and nothing else is.
  const expected: Record<string, string[]> = {
    'validate-schema': ['data', 'schema', 'baseline'],
    'drift-check': ['reference', 'current'],
    'performance-gate': ['predictions', 'baseline-predictions', 'baseline-metrics', 'latency', 'model-path'],
    'fairness-gate': ['predictions', 'baseline-predictions'],
    'register-model': ['path', 'reports', 'data'],
    'canary-decision': ['samples', 'canary-samples', 'baseline-samples', 'config', 'state'],
  };
  it('every gate is covered', () => expect(Object.keys(expected).sort()).toEqual([...availableGates()].sort()));
  for (const [gateName, files] of Object.entries(expected)) {
    it(`${gateName}: ${files.join(', ')}`, async () => {
      const gate = (await loadGate(gateName))!;
      expect(gate.inputs.specs.filter((s: InputSpec) => s.file).map((s: InputSpec) => s.name)).toEqual(files);
      const values: Record<string, unknown> = {};
      for (const s of gate.inputs.specs) values[s.name] = s.file ? (s.kind === 'list' ? [`artifact:${s.name}-a`, 'plain.csv'] : `artifact:${s.name}/f.csv`) : 'artifact:not-a-file-input';
      const opened: string[] = [];
      const out = await resolveArtifactInputs(gate.inputs.specs, values, async (ref, input) => {
        opened.push(`${input}=${ref.name}`);
        return `/dl/${ref.name}`;
      });
      for (const s of gate.inputs.specs) {
        if (!s.file) expect(out[s.name]).toBe('artifact:not-a-file-input');
        else if (s.kind === 'list') expect(out[s.name]).toEqual([`/dl/${s.name}-a`, 'plain.csv']);
        else expect(out[s.name]).toBe(`/dl/${s.name}`);
      }
      expect(opened).toHaveLength(files.length);
      expect(usesArtifacts(gate.inputs.specs, values)).toBe(true);
    });
  }
  it('resolves the items of a comma-separated list and keeps the others as written', async () => {
    const specs = [{ name: 'reference', description: '', kind: 'string' as const, file: true }];
    const out = await resolveArtifactInputs(specs, { reference: 'artifact:shard-1, local/shard-2.mgprof,artifact:shard-3/p.mgprof' }, async (ref) => `/dl/${ref.name}`);
    expect(out.reference).toBe('/dl/shard-1, local/shard-2.mgprof,/dl/shard-3');
    expect(usesArtifacts(specs, { reference: 'a.csv, b.csv' })).toBe(false);
  });
});

describe('where the artifact service is', () => {
  it('needs the runner’s results service, and is absent on GitHub Enterprise Server', async () => {
    const { artifactService, isEnterpriseServer } = await import('../../src/artifacts/availability.js');
    const runner = { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'https://results-receiver.actions.githubusercontent.com/' };
    expect(artifactService({ ...runner, GITHUB_SERVER_URL: 'https://github.com' })).toEqual({ available: true });
    expect(artifactService({ ...runner, GITHUB_SERVER_URL: 'https://acme.ghe.com' })).toEqual({ available: true });
    expect(isEnterpriseServer({ GITHUB_SERVER_URL: 'https://github.acme.internal' })).toBe(true);
    expect(artifactService({ ...runner, GITHUB_SERVER_URL: 'https://github.acme.internal' })).toEqual({
      available: false,
      reason: 'GitHub Enterprise Server has no artifact results service for @actions/artifact',
    });
    expect(artifactService({ GITHUB_SERVER_URL: 'https://github.com' })).toMatchObject({ available: false, reason: expect.stringContaining('ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set') });
  });
});
