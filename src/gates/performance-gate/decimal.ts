/**
 * Exact decimal arithmetic for threshold boundaries.
 *
 * Users write thresholds and margins as decimals ("0.85", "0.05"), and
 * metrics files store decimals. Binary floating point cannot hold most of
 * them, so 0.8 + 0.05 is 0.8500000000000001 and a candidate scoring exactly
 * 0.85 fails MLflow's `>= baseline + min_absolute_change`. Here every number
 * is taken as the decimal it prints as (its shortest round-trip form, which
 * for a value read from text is the text's value) and boundaries are built
 * and compared exactly with BigInt mantissas.
 */
export interface Decimal {
  /** value = mantissa × 10^exponent */
  mantissa: bigint;
  exponent: number;
}

export function toDecimal(x: number | string): Decimal {
  const s = typeof x === 'number' ? String(x) : x.trim();
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new RangeError(`not a finite decimal number: "${s}"`);
  const digits = (m[2] || '') + (m[3] || '');
  const exponent = (m[4] ? Number(m[4]) : 0) - (m[3] ? m[3].length : 0);
  const mantissa = BigInt(digits || '0') * (m[1] === '-' ? -1n : 1n);
  return { mantissa, exponent };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const e = Math.min(a.exponent, b.exponent);
  return [a.mantissa * 10n ** BigInt(a.exponent - e), b.mantissa * 10n ** BigInt(b.exponent - e), e];
}

export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, e] = align(a, b);
  return { mantissa: x + y, exponent: e };
}

export function subDecimal(a: Decimal, b: Decimal): Decimal {
  return addDecimal(a, { mantissa: -b.mantissa, exponent: b.exponent });
}

export function mulDecimal(a: Decimal, b: Decimal): Decimal {
  return { mantissa: a.mantissa * b.mantissa, exponent: a.exponent + b.exponent };
}

export function absDecimal(a: Decimal): Decimal {
  return { mantissa: a.mantissa < 0n ? -a.mantissa : a.mantissa, exponent: a.exponent };
}

/** −1, 0 or 1 as a <, =, > b. */
export function compareDecimal(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function decimalToNumber(a: Decimal): number {
  return Number(`${a.mantissa}e${a.exponent}`);
}
