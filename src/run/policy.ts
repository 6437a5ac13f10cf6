/**
 * The policy file (`modelgate.yml`): settings for any gate, kept in the
 * repository and reviewed like code. Top-level keys are gate names (plus
 * `defaults`, for the common inputs of every gate); under each, the keys are
 * the gate's input names with their values in YAML form:
 *
 *   defaults:
 *     fail-on: fail
 *   drift-check:
 *     drift-share: 0.3
 *     threshold: { ks: 0.01 }
 *
 * Inputs given to the step override the file. An unknown gate or setting is
 * an error naming its line, so a typo never silently disables a rule.
 */
import { readFile } from 'node:fs/promises';
import { isMap, isScalar, LineCounter, parseDocument, type Pair } from 'yaml';
import { UserError } from '../core/errors.js';
import { GATE_NAMES } from '../core/report.js';
import type { InputSpec } from '../core/inputs.js';
import { closest } from '../core/suggest.js';
import { yamlValue } from '../core/yaml.js';

export interface PolicyEntry {
  value: unknown;
  line: number;
}

export interface Policy {
  file: string;
  /** gate name or "defaults" → input name → value and line. */
  sections: Map<string, Map<string, PolicyEntry>>;
}

/** Read and parse a policy file; names the file and line of any problem. */
export async function loadPolicy(path: string, displayPath: string): Promise<Policy> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? 'policy file not found' : `cannot read policy file (${code})`, { file: displayPath });
  }
  return parsePolicy(text, displayPath);
}

export function parsePolicy(text: string, file: string): Policy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new UserError(`invalid YAML: ${e.message.split('\n')[0]}`, { file, line: lineOf(e.pos[0]) });
  }
  const sections = new Map<string, Map<string, PolicyEntry>>();
  if (doc.contents === null) return { file, sections };
  if (!isMap(doc.contents)) throw new UserError('expected a mapping of gate names to settings', { file, line: 1 });
  const known = ['defaults', ...GATE_NAMES];
  for (const pair of doc.contents.items as Pair[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineOf(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    if (!known.includes(key)) {
      const hint = closest(key, known);
      throw new UserError(`unknown section "${key}"${hint ? `; did you mean "${hint}"?` : ''} (sections: ${known.join(', ')})`, { file, line });
    }
    const entries = new Map<string, PolicyEntry>();
    if (pair.value !== null && pair.value !== undefined) {
      if (!isMap(pair.value)) throw new UserError(`"${key}" must be a mapping of settings`, { file, line });
      for (const item of pair.value.items as Pair[]) {
        const name = isScalar(item.key) ? String(item.key.value) : String(item.key);
        const itemLine = lineOf(isScalar(item.key) ? item.key.range?.[0] : undefined);
        // Aliases are expanded (within a bound: core/yaml.ts), so a block shared by anchor reads the same in every gate.
        const value = yamlValue(doc, item.value, { file, lineCounter });
        entries.set(name, { value, line: itemLine });
      }
    }
    sections.set(key, entries);
  }
  return { file, sections };
}

/**
 * Check that every key of the gate's and the defaults section names an input
 * that may be set from a policy file.
 */
export function checkPolicyKeys(policy: Policy, gate: string, gateInputs: InputSpec[], commonInputs: InputSpec[]): void {
  const check = (section: string, allowed: InputSpec[]) => {
    const entries = policy.sections.get(section);
    if (!entries) return;
    const names = allowed.filter((s) => !s.notInPolicy).map((s) => s.name);
    for (const [key, entry] of entries) {
      if (!names.includes(key)) {
        const hint = closest(key, names);
        throw new UserError(`unknown setting "${key}"${hint ? `; did you mean "${hint}"?` : ''}`, { file: policy.file, line: entry.line, field: section });
      }
    }
  };
  check('defaults', commonInputs);
  check(gate, [...gateInputs, ...commonInputs]);
}

/** The policy value for an input: the gate's section wins over `defaults`. */
export function policyValue(policy: Policy | undefined, gate: string, input: string): PolicyEntry | undefined {
  if (!policy) return undefined;
  return policy.sections.get(gate)?.get(input) ?? policy.sections.get('defaults')?.get(input);
}
