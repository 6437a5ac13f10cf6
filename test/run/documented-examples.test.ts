/**
 * Every documented example value is accepted, through both adapters' own
 * reading of the step (the CLI's --flags, the action's INPUT_* variables) and
 * the shared resolution: the `examples` each input declares (shown in the
 * docs), every `{…}` example a description writes (which must be among
 * them), and every `with:` of a modelgate step and every policy-file section
 * in the README, the gates' references and the workflow templates.
 *
 * Acceptance here means the inputs resolve; files named by the examples are
 * not read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { explicitFromEnv } from '../../src/adapters/action/run-action.js';
import { explicitFromArgs } from '../../src/adapters/cli/run-cli.js';
import { COMMON_INPUTS, type InputSpec } from '../../src/core/inputs.js';
import type { Gate } from '../../src/core/gate.js';
import { GATE_NAMES } from '../../src/core/report.js';
import { availableGates, loadGate } from '../../src/gates/index.js';
import { parsePolicy } from '../../src/run/policy.js';
import { resolveCommonInputs, resolveGateInputs } from '../../src/run/resolve-inputs.js';
import { REPO_ROOT } from '../harness/run-action.js';

const GATES = new Map<string, Gate>();
for (const name of availableGates()) GATES.set(name, (await loadGate(name))!);

/** Values for the required inputs, so that one input can be tried alone. */
function requiredFill(gate: Gate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of gate.inputs.specs) if (s.required) out[s.name] = s.examples?.[0] ?? 'x';
  return out;
}

function inputEnv(explicit: Record<string, string>): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(explicit).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]));
}

/** Resolve a step's `with:` as the action reads it and as the CLI reads the same flags; both must agree. */
function resolveBoth(gate: Gate, given: Record<string, string>) {
  const specs: InputSpec[] = [...gate.inputs.specs, ...COMMON_INPUTS];
  const fromAction = explicitFromEnv(specs, inputEnv(given));
  const fromCli = explicitFromArgs(gate.name, specs, Object.entries(given).flatMap(([k, v]) => [`--${k}`, v]));
  const a = resolveGateInputs(gate, fromAction, undefined).inputs;
  const c = resolveGateInputs(gate, fromCli, undefined).inputs;
  resolveCommonInputs(fromAction, undefined, gate.name);
  resolveCommonInputs(fromCli, undefined, gate.name);
  expect(c).toEqual(a);
  return a;
}

const declared: [string, string, string][] = [];
for (const [name, gate] of GATES) {
  for (const spec of [...gate.inputs.specs, ...COMMON_INPUTS]) for (const ex of spec.examples ?? []) declared.push([name, spec.name, ex]);
}

describe('declared examples', () => {
  it('exist for the inputs whose form is not obvious (maps, lists, choices)', () => {
    for (const gate of GATES.values()) {
      for (const spec of gate.inputs.specs) {
        if (spec.kind === 'yaml') expect(spec.examples?.length, `${gate.name} ${spec.name}`).toBeGreaterThan(0);
      }
    }
  });

  it.each(declared)('%s %s: %s', (gate, input, value) => {
    const g = GATES.get(gate)!;
    resolveBoth(g, { ...requiredFill(g), [input]: value });
  });

  it('include every {…} example a description of a YAML input writes', () => {
    for (const gate of GATES.values()) {
      for (const spec of gate.inputs.specs.filter((s) => s.kind === 'yaml')) {
        for (const m of spec.description.matchAll(/`(\{[^`]*\})`/g)) {
          expect(spec.examples ?? [], `${gate.name} ${spec.name} documents ${m[1]}`).toContain(m[1]);
        }
      }
    }
  });
});

/** The fenced YAML blocks of a Markdown file. */
function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]);
}

const DOCS = ['README.md', ...readdirSync(join(REPO_ROOT, 'docs/gates')).map((f) => `docs/gates/${f}`)];
const TEMPLATES = readdirSync(join(REPO_ROOT, 'action-templates'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `action-templates/${f}`);

interface Step {
  file: string;
  gate: string;
  with: Record<string, unknown>;
}

/** Every step of a workflow (or of a bare list of steps) that uses a modelgate gate. */
function modelgateSteps(file: string, doc: unknown): Step[] {
  const out: Step[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const uses = typeof o.uses === 'string' ? /^modelgate\/modelgate\/actions\/([a-z-]+)@/.exec(o.uses) : null;
    if (uses) out.push({ file, gate: uses[1], with: (o.with as Record<string, unknown>) ?? {} });
    for (const v of Object.values(o)) visit(v);
  };
  visit(doc);
  return out;
}

/**
 * A `with:` value as the runner passes it: a string. An expression stands for
 * a value the run supplies (`${{ matrix.shard }}`, `${{ runner.temp }}`):
 * `1` is a value every kind of input takes.
 */
function asInput(v: unknown): string {
  const s = typeof v === 'string' ? v : String(v);
  return s.replace(/\$\{\{[^}]*\}\}/g, '1');
}

const steps: Step[] = [];
const policies: [string, string][] = [];
for (const file of [...DOCS, ...TEMPLATES]) {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8');
  const blocks = file.endsWith('.md') ? yamlBlocks(text) : [text];
  for (const block of blocks) {
    let docs;
    try {
      docs = parseAllDocuments(block).map((d) => d.toJS());
    } catch {
      continue; // fragments (indented steps) are covered by the workflow checks
    }
    for (const doc of docs) {
      steps.push(...modelgateSteps(file, doc));
      // A policy file: top-level keys are gate names (and defaults).
      if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
        const keys = Object.keys(doc);
        if (keys.length && keys.every((k) => k === 'defaults' || (GATE_NAMES as readonly string[]).includes(k))) policies.push([file, block]);
      }
    }
  }
}

describe('documented workflow steps', () => {
  it('are found', () => {
    expect(steps.length).toBeGreaterThan(5);
  });
  it.each(steps.map((s, i) => [`${s.file} #${i} ${s.gate}`, s] as const))('%s resolves', (_label, step) => {
    const gate = GATES.get(step.gate);
    expect(gate, `unknown gate ${step.gate}`).toBeDefined();
    const given: Record<string, string> = {};
    const known = new Set([...gate!.inputs.specs, ...COMMON_INPUTS].map((s) => s.name));
    for (const [k, v] of Object.entries(step.with)) {
      expect(known.has(k), `${step.file}: ${step.gate} has no input "${k}"`).toBe(true);
      given[k] = asInput(v);
    }
    // Inputs a step leaves to its policy file are required only with no policy; fill them.
    for (const [k, v] of Object.entries(requiredFill(gate!))) if (!(k in step.with)) given[k] = v;
    resolveBoth(gate!, given);
  });
});

describe('documented policy files', () => {
  it.each(policies)('%s: a policy block parses and each gate section resolves', (file, block) => {
    const policy = parsePolicy(block, file);
    for (const name of policy.sections.keys()) {
      if (name === 'defaults') continue;
      const gate = GATES.get(name)!;
      const fill = Object.fromEntries(Object.entries(requiredFill(gate)).filter(([k]) => !policy.sections.get(name)?.has(k)));
      resolveGateInputs(gate, fill, policy);
      resolveCommonInputs({}, policy, name);
    }
  });
});
