import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UserError } from '../../src/core/errors.js';
import { parsePolicy } from '../../src/run/policy.js';
import { resolveCommonInputs, resolveGateInputs } from '../../src/run/resolve-inputs.js';
import { defineInputs } from '../../src/core/inputs.js';

const gate = {
  name: 'drift-check',
  inputs: defineInputs({
    reference: { schema: z.string(), description: '' },
    'drift-share': { schema: z.number().min(0).max(1).default(0.5), description: '' },
    columns: { schema: z.array(z.string()).optional(), description: '' },
    threshold: { schema: z.record(z.string(), z.number()).optional(), description: '' },
  }),
};

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error('expected a UserError');
}

describe('policy file', () => {
  it('reads sections and keeps the line of each setting', () => {
    const p = parsePolicy('defaults:\n  fail-on: warn\ndrift-check:\n  drift-share: 0.3\n  columns: [a, b]\n', 'modelgate.yml');
    expect(p.sections.get('defaults')?.get('fail-on')).toEqual({ value: 'warn', line: 2 });
    expect(p.sections.get('drift-check')?.get('columns')).toEqual({ value: ['a', 'b'], line: 5 });
  });

  it('names the line of invalid YAML', () => {
    const e = userError(() => parsePolicy('drift-check:\n  drift-share: [1, 2\n', 'modelgate.yml'));
    expect(e.format()).toMatch(/^modelgate\.yml:\d+: invalid YAML/);
  });

  it('rejects an unknown gate with a suggestion', () => {
    const e = userError(() => parsePolicy('drift-chek:\n  drift-share: 0.3\n', 'p.yml'));
    expect(e.format()).toBe('p.yml:1: unknown section "drift-chek"; did you mean "drift-check"? (sections: defaults, validate-schema, drift-check, performance-gate, fairness-gate, register-model, canary-decision)');
  });

  it('rejects an unknown setting, naming file, line and section', () => {
    const p = parsePolicy('drift-check:\n  reference: a.csv\n  drift-shar: 0.3\n', 'p.yml');
    const e = userError(() => resolveGateInputs(gate, {}, p));
    expect(e.format()).toBe('p.yml:3: drift-check: unknown setting "drift-shar"; did you mean "drift-share"?');
  });
});

describe('input resolution: defaults < policy < inputs', () => {
  const policy = parsePolicy('defaults:\n  fail-on: warn\ndrift-check:\n  reference: ref.csv\n  drift-share: 0.3\n  columns: "x, y"\n', 'p.yml');

  it('applies the spec default when nothing else sets a value', () => {
    const { inputs } = resolveGateInputs(gate, { reference: 'r.csv' }, undefined);
    expect(inputs).toEqual({ reference: 'r.csv', 'drift-share': 0.5 });
  });

  it('takes the policy over the default, and the input over the policy', () => {
    expect(resolveGateInputs(gate, {}, policy).inputs['drift-share']).toBe(0.3);
    expect(resolveGateInputs(gate, { 'drift-share': '0.7' }, policy).inputs['drift-share']).toBe(0.7);
  });

  it('converts a policy string the way an input string is converted', () => {
    expect(resolveGateInputs(gate, {}, policy).inputs.columns).toEqual(['x', 'y']);
  });

  it('parses YAML inputs into maps', () => {
    expect(resolveGateInputs(gate, { reference: 'r', threshold: 'ks: 0.01\npsi: 0.2' }, undefined).inputs.threshold).toEqual({ ks: 0.01, psi: 0.2 });
  });

  it('names the input of a bad value', () => {
    expect(userError(() => resolveGateInputs(gate, { reference: 'r', 'drift-share': 'lots' }, undefined)).format()).toBe(
      'input drift-share: expected a number, got "lots"',
    );
    expect(userError(() => resolveGateInputs(gate, { reference: 'r', 'drift-share': '1.5' }, undefined)).format()).toMatch(/^input drift-share: /);
  });

  it('names the policy line of a bad policy value', () => {
    const bad = parsePolicy('drift-check:\n  reference: r\n  drift-share: 2\n', 'p.yml');
    expect(userError(() => resolveGateInputs(gate, {}, bad)).format()).toMatch(/^p\.yml:3: drift-share: /);
  });

  it('says when a required input is missing', () => {
    expect(userError(() => resolveGateInputs(gate, {}, undefined)).format()).toBe('input reference: is required');
  });

  it('reads common inputs from the defaults section', () => {
    expect(resolveCommonInputs({}, policy, 'drift-check')['fail-on']).toBe('warn');
    expect(resolveCommonInputs({ 'fail-on': 'never' }, policy, 'drift-check')['fail-on']).toBe('never');
    expect(resolveCommonInputs({}, undefined, 'drift-check')).toMatchObject({ 'fail-on': 'fail', comment: 'auto' });
    expect(userError(() => resolveCommonInputs({ comment: 'sometimes' }, undefined, 'drift-check')).format()).toMatch(/^input comment: /);
  });
});
