import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** test/golden/fairness.json, written by test/golden/generate_fairness.py. */
export interface GoldenGroup {
  group: string;
  n: number;
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  [rate: string]: number | string | null;
}
export interface GoldenAttribute {
  groups: GoldenGroup[];
  reference: number;
  metrics: Record<string, number | string | null>;
  disparity: Record<string, (number | string | null)[]>;
}
export interface GoldenCase {
  name: string;
  rows: Record<string, (string | number)[]>;
  attributes: Record<string, GoldenAttribute>;
}

export function loadFairnessGolden(): GoldenCase[] {
  const path = fileURLToPath(new URL('../../golden/fairness.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')).cases;
}

/** JSON has no NaN or Infinity: the generator writes null and "Infinity". */
export function fromJson(v: number | string | null): number {
  if (v === null) return Number.NaN;
  if (v === 'Infinity') return Infinity;
  if (v === '-Infinity') return -Infinity;
  return v as number;
}

export function expectClose(actual: number, expected: number | string | null, label: string): void {
  const e = fromJson(expected);
  if (Number.isNaN(e) || !Number.isFinite(e)) {
    if (!Object.is(actual, e) && !(Number.isNaN(e) && Number.isNaN(actual))) {
      throw new Error(`${label}: expected ${e}, got ${actual}`);
    }
    return;
  }
  if (!(Math.abs(actual - e) <= 1e-12 + 1e-12 * Math.abs(e))) throw new Error(`${label}: expected ${e}, got ${actual}`);
}
