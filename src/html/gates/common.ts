/** Small helpers the gates' pages share: reading the report loosely and naming colours. */
import type { Report } from '../../core/report.js';

/** CSS class of a verdict or classification colour. */
export function verdictClass(verdict: string | undefined): string {
  return verdict === 'pass' || verdict === 'warn' || verdict === 'fail' ? verdict : 'insufficient';
}

/** The verdict of the check with this id, if the report has one. */
export function checkVerdict(report: Report, id: string): string | undefined {
  return report.checks.find((c) => c.id === id)?.verdict;
}

/** A report section as an array (absent or malformed: empty). */
export function arrayOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

export function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** The bounds a threshold written as text sets: `>= 0.8`, `<= 0.1`, `in [0.8, 1.25]`, `0.9` (at least). */
export function thresholdBounds(text: unknown): { low?: number; high?: number } | undefined {
  if (typeof text === 'number') return { low: text };
  if (typeof text !== 'string') return undefined;
  const t = text.trim();
  const band = /^in\s*\[\s*([-+0-9.eE]+)\s*,\s*([-+0-9.eE]+)\s*\]$/.exec(t);
  if (band) return { low: Number(band[1]), high: Number(band[2]) };
  const cmp = /^(>=|>|<=|<|=)\s*([-+0-9.eE]+)$/.exec(t);
  if (cmp) {
    const v = Number(cmp[2]);
    if (!Number.isFinite(v)) return undefined;
    if (cmp[1] === '=') return { low: v, high: v };
    return cmp[1].startsWith('>') ? { low: v } : { high: v };
  }
  const bare = Number(t);
  return t !== '' && Number.isFinite(bare) ? { low: bare } : undefined;
}

/** The range of some numbers (finite ones), with optional extra values to include. */
export function extent(values: (number | null | undefined)[]): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : undefined;
}

/** At most `max` items, and how many were left out. */
export function capped<T>(items: T[], max: number): { shown: T[]; left: number } {
  return { shown: items.slice(0, max), left: Math.max(items.length - max, 0) };
}
