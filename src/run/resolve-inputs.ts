/**
 * Effective inputs of a run: declared defaults < policy file < explicit
 * inputs, each string converted by its input's kind, then validated by the
 * inputs' zod schema. A zod issue becomes one UserError line naming the
 * input and, when the value came from the policy file, the file and line.
 */
import type { z } from 'zod';
import { UserError } from '../core/errors.js';
import { COMMON, convertInput, type InputSet, type InputSpec, type InputsOf } from '../core/inputs.js';
import { checkPolicyKeys, policyValue, type Policy } from './policy.js';

export type CommonOptions = InputsOf<typeof COMMON>;

/** Where each value came from, to name it in errors. */
type Origin = { kind: 'input' } | { kind: 'policy'; line: number } | { kind: 'default' };

function policyToInputValue(spec: InputSpec, value: unknown): unknown {
  // YAML already typed the value; strings still follow the input's kind so
  // that `columns: "a, b"` and `columns: [a, b]` mean the same.
  if (typeof value === 'string' && spec.kind !== 'string') return convertInput(spec, value);
  if (spec.kind === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return String(value);
  return value;
}

function collect(
  specs: InputSpec[],
  explicit: Record<string, string>,
  policy: Policy | undefined,
  gate: string,
): { values: Record<string, unknown>; origins: Record<string, Origin> } {
  const values: Record<string, unknown> = {};
  const origins: Record<string, Origin> = {};
  for (const spec of specs) {
    const raw = explicit[spec.name];
    if (raw !== undefined && raw !== '') {
      values[spec.name] = convertInput(spec, raw);
      origins[spec.name] = { kind: 'input' };
      continue;
    }
    const fromPolicy = spec.notInPolicy ? undefined : policyValue(policy, gate, spec.name);
    if (fromPolicy !== undefined && fromPolicy.value !== null) {
      try {
        values[spec.name] = policyToInputValue(spec, fromPolicy.value);
      } catch (err) {
        if (err instanceof UserError) throw new UserError(err.message, { file: policy!.file, line: fromPolicy.line, field: spec.name });
        throw err;
      }
      origins[spec.name] = { kind: 'policy', line: fromPolicy.line };
      continue;
    }
    if (spec.defaultValue !== undefined) {
      values[spec.name] = spec.defaultValue;
      origins[spec.name] = { kind: 'default' };
    }
  }
  return { values, origins };
}

function validate<S extends z.ZodType>(schema: S, values: Record<string, unknown>, origins: Record<string, Origin>, policy?: Policy): z.output<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue.path.map(String);
  const inputName = path[0] ?? '';
  const origin = origins[inputName];
  const field = path.length ? path.join('.') : undefined;
  const message = issue.code === 'invalid_type' && values[inputName] === undefined ? 'is required' : issue.message;
  if (origin?.kind === 'policy' && policy) throw new UserError(message, { file: policy.file, line: origin.line, field });
  throw new UserError(message, { field: field ? `input ${field}` : undefined });
}

export function resolveCommonInputs(explicit: Record<string, string>, policy: Policy | undefined, gate: string): CommonOptions {
  const { values, origins } = collect(COMMON.specs, explicit, policy, gate);
  return validate(COMMON.schema, values, origins, policy);
}

export function resolveGateInputs<S extends InputSet>(
  gate: { name: string; inputs: S },
  explicit: Record<string, string>,
  policy: Policy | undefined,
): { inputs: InputsOf<S>; effective: Record<string, unknown> } {
  const specs = gate.inputs.specs;
  if (policy) checkPolicyKeys(policy, gate.name, specs, COMMON.specs);
  for (const spec of specs) {
    if (spec.required && !explicit[spec.name] && policyValue(policy, gate.name, spec.name) === undefined) {
      throw new UserError('is required', { field: `input ${spec.name}` });
    }
  }
  const { values, origins } = collect(specs, explicit, policy, gate.name);
  // TypeScript cannot see through a generic set's schema to its output type;
  // for any concrete gate, InputsOf<S> is exactly z.output of this schema.
  const schema = gate.inputs.schema as unknown as z.ZodType<InputsOf<S>>;
  return { inputs: validate(schema, values, origins, policy), effective: values };
}
