/**
 * The one place `artifact:` values of file inputs become local paths: the
 * run path (src/run/run-gate.ts) calls this on the validated inputs before
 * the gate runs, so no gate knows about artifacts.
 *
 * A file input's value is a path, a comma-separated list of paths
 * (drift-check's shard profiles), or a list (register-model's `reports`);
 * each item written `artifact:<name>[/<path>]` is replaced by the path of the
 * downloaded file, the others are left as they are. Inputs without
 * `artifact:` values never load anything.
 */
import type { InputSpec } from '../core/inputs.js';
import { isArtifactValue, parseArtifactReference, type ArtifactReference } from './reference.js';

export type OpenArtifact = (ref: ArtifactReference, input: string) => Promise<string>;

/** Whether any file input holds an `artifact:` value. */
export function usesArtifacts(specs: InputSpec[], inputs: Record<string, unknown>): boolean {
  return specs.some((s) => s.file && itemsOf(inputs[s.name]).some(isArtifactValue));
}

function itemsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',');
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

async function resolveText(value: string, input: string, open: OpenArtifact): Promise<string> {
  if (!value.includes(',')) return isArtifactValue(value) ? open(parseArtifactReference(value, input), input) : value;
  // Keep the separators and the plain items exactly as written.
  const parts = value.split(/(\s*,\s*)/);
  for (let i = 0; i < parts.length; i += 2) {
    if (isArtifactValue(parts[i])) parts[i] = await open(parseArtifactReference(parts[i], input), input);
  }
  return parts.join('');
}

/** The inputs with every `artifact:` value of a file input replaced by its local path (a new object). */
export async function resolveArtifactInputs<T extends Record<string, unknown>>(specs: InputSpec[], inputs: T, open: OpenArtifact): Promise<T> {
  const out: Record<string, unknown> = { ...inputs };
  for (const spec of specs) {
    if (!spec.file) continue;
    const value = out[spec.name];
    if (typeof value === 'string') out[spec.name] = await resolveText(value, spec.name, open);
    else if (Array.isArray(value)) {
      const items: unknown[] = [];
      for (const v of value) items.push(typeof v === 'string' ? await resolveText(v, spec.name, open) : v);
      out[spec.name] = items;
    }
  }
  return out as T;
}
