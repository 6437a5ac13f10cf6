/**
 * Model size limit: "50MB", "1.5 GiB", "800k" or a number of bytes. Decimal
 * units (kB, MB, GB) are powers of 1000, binary ones (KiB, MiB, GiB) powers
 * of 1024, as in IEC 80000-13; a bare k/M/G is decimal.
 */
import type { Check } from '../../core/report.js';
import { UserError } from '../../core/errors.js';

const UNITS: Record<string, number> = {
  b: 1,
  k: 1e3,
  kb: 1e3,
  m: 1e6,
  mb: 1e6,
  g: 1e9,
  gb: 1e9,
  t: 1e12,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

export function parseSize(raw: string | number): number {
  if (typeof raw === 'number' && raw >= 0) return raw;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(String(raw));
  const unit = m ? UNITS[(m[2] || 'b').toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new UserError(`expected a size such as 50MB or 1.5GiB, got "${raw}"`, { field: 'max-model-size' });
  return Math.round(Number(m[1]) * unit);
}

export interface ModelSizeSection {
  path: string;
  bytes: number;
  maxBytes: number;
}

export function evaluateModelSize(path: string, bytes: number, maxText: string, maxBytes: number): { section: ModelSizeSection; check: Check } {
  const pass = bytes <= maxBytes;
  return {
    section: { path, bytes, maxBytes },
    check: {
      id: 'model.size',
      subject: path,
      name: 'model size',
      value: bytes,
      threshold: `<= ${maxText}`,
      verdict: pass ? 'pass' : 'fail',
      severity: 'error',
      message: `the model is ${bytes.toLocaleString('en-US')} bytes, ${pass ? 'within' : 'over'} the limit of ${maxText} (${maxBytes.toLocaleString('en-US')} bytes)`,
    },
  };
}
