import { describe, expect, it } from 'vitest';
import { inputs } from '../../../src/gates/register-model/inputs.js';

const schema = inputs.schema;

describe('register-model inputs', () => {
  it('keeps a YAML number as the text written, so it is checked as a version', () => {
    expect(schema.parse({ version: 1.2 }).version).toBe('1.2');
  });
  it('reads empty strings as not given and lists from comma or newline text', () => {
    const v = schema.parse({ version: '', stages: 'dev, staging\nproduction' });
    expect(v.version).toBeUndefined();
    expect(v.stages).toEqual(['dev', 'staging', 'production']);
    expect(v.command).toBe('register');
    expect(v['versions-per-stage']).toBe(1);
  });
  it('names a bad command, bump or sort', () => {
    const message = (v: Record<string, unknown>) => {
      const r = schema.safeParse(v);
      return r.success ? null : r.error.issues[0].message;
    };
    expect(message({ command: 'publish' })).toBe('unknown command "publish"; expected one of register, promote, demote, deprecate, rollback, show, verify');
    expect(message({ bump: 'huge' })).toBe('bump must be patch, minor or major, got "huge"');
    expect(message({ sort: 'random' })).toBe('sort must be timestamp or semver, got "random"');
  });
});
