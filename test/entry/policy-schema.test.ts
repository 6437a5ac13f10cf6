/**
 * The published policy JSON Schema must accept every example policy file the
 * gates accept, and reject what they reject.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('docs/schemas/policy.schema.json', root), 'utf8'));
// ajv is CommonJS with `exports.default`: under NodeNext the default import is the module object.
type Ctor = new (o: object) => { compile(s: unknown): ((d: unknown) => boolean) & { errors?: unknown } };
const Ajv2020 = ((Ajv2020Module as unknown as { default?: Ctor }).default ?? Ajv2020Module) as unknown as Ctor;
const validate = new Ajv2020({ strict: false }).compile(schema);

describe('docs/schemas/policy.schema.json', () => {
  for (const file of [
    'examples/drift-check/modelgate.yml',
    'examples/fairness-gate/modelgate.yml',
    'examples/performance-gate/policy.yml',
    'examples/register-model/modelgate.yml',
  ]) {
    it(`accepts ${file}`, () => {
      const ok = validate(parse(readFileSync(new URL(file, root), 'utf8')));
      expect(ok, JSON.stringify(validate.errors)).toBe(true);
    });
  }

  it('rejects an unknown gate and an unknown setting', () => {
    expect(validate({ 'drift-chek': {} })).toBe(false);
    expect(validate({ 'drift-check': { 'drift-shar': 0.3 } })).toBe(false);
    expect(validate({ defaults: { 'fail-on': 'warn' }, 'validate-schema': { schema: 'c.yml' } })).toBe(true);
  });
});
