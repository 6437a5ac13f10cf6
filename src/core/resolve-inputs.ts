/**
 * Effective inputs of a run: spec defaults < policy file < explicit inputs,
 * each converted by its InputSpec kind, then validated by the gate's zod
 * schema. A zod issue becomes one UserError line naming the input and, when
 * the value came from the policy file, the file and line.
 */
import { z } from 'zod';
import { UserError } from './errors.js';
import { COMMON_INPUTS, convertInput, type InputSpec } from './inputs.js';
import { checkPolicyKeys, policyValue, type Policy } from './policy.js';
import type { FailOn } from './verdict.js';

export interface CommonOptions {
  failOn: FailOn;
  comment: 'auto' | 'always' | 'on-failure' | 'never';
  commentId?: string;
  reportPath?: string;
  checkName?: string;
  githubToken?: string;
}

const commonSchema = z.object({
  'fail-on': z.enum(['fail', 'warn', 'never']),
  comment: z.enum(['auto', 'always', 'on-failure', 'never']),
  'comment-id': z.string().regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only').optional(),
  'report-path': z.string().min(1).optional(),
  'check-name': z.string().min(1).optional(),
  'github-token': z.string().optional(),
  policy: z.string().optional(),
});

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
    if (spec.default !== undefined) {
      values[spec.name] = convertInput(spec, spec.default);
      origins[spec.name] = { kind: 'default' };
    }
  }
  return { values, origins };
}

function validate<T>(schema: z.ZodType<T>, values: Record<string, unknown>, origins: Record<string, Origin>, policy?: Policy): T {
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
  const { values, origins } = collect(COMMON_INPUTS, explicit, policy, gate);
  const v = validate(commonSchema, values, origins, policy);
  return {
    failOn: v['fail-on'],
    comment: v.comment,
    commentId: v['comment-id'],
    reportPath: v['report-path'],
    checkName: v['check-name'],
    githubToken: v['github-token'],
  };
}

export function resolveGateInputs<I>(
  gate: { name: string; inputs: InputSpec[]; schema: z.ZodType<I> },
  explicit: Record<string, string>,
  policy: Policy | undefined,
): { inputs: I; effective: Record<string, unknown> } {
  if (policy) checkPolicyKeys(policy, gate.name, gate.inputs, COMMON_INPUTS);
  for (const spec of gate.inputs) {
    if (spec.required && !explicit[spec.name] && policyValue(policy, gate.name, spec.name) === undefined) {
      throw new UserError('is required', { field: `input ${spec.name}` });
    }
  }
  const { values, origins } = collect(gate.inputs, explicit, policy, gate.name);
  return { inputs: validate(gate.schema, values, origins, policy), effective: values };
}
