/**
 * A number column of class values (a label or a prediction) encoded in one
 * pass: each row's code, the index of its value among the column's distinct
 * values in order of appearance (-1 for a missing cell). Finding the task,
 * the classes and each row's class index then reads the codes once instead
 * of the column three times, and the codes array becomes the class indices
 * (predictions.ts remaps it in place). The few distinct values of a class
 * column are searched by a plain loop; past 16 a Map takes over; past `cap`
 * the column is no class column (a regression's values) and encoding stops.
 */
export interface NumberCodes {
  codes: Int32Array;
  /** The distinct values (missing cells left out), in order of appearance. */
  values: number[];
  /** The first row with a missing cell, or -1. */
  firstMissing: number;
}

export function encodeNumbers(values: Float64Array, missing: Uint8Array | null, rows: number, cap = 4096): NumberCodes | null {
  const codes = new Int32Array(rows);
  const distinct: number[] = [];
  let byValue: Map<number, number> | null = null;
  let firstMissing = -1;
  for (let i = 0; i < rows; i++) {
    if (missing !== null && missing[i] === 1) {
      if (firstMissing < 0) firstMissing = i;
      codes[i] = -1;
      continue;
    }
    const v = values[i];
    let code = -1;
    if (byValue === null) {
      for (let d = 0; d < distinct.length; d++) {
        const known = distinct[d];
        // SameValueZero, as a Map compares: NaN is one value, −0 is 0.
        if (known === v || (known !== known && v !== v)) {
          code = d;
          break;
        }
      }
    } else code = byValue.get(v) ?? -1;
    if (code < 0) {
      code = distinct.length;
      if (code >= cap) return null;
      distinct.push(v);
      if (byValue !== null) byValue.set(v, code);
      else if (distinct.length > 16) byValue = new Map(distinct.map((x, d) => [x, d]));
    }
    codes[i] = code;
  }
  return { codes, values: distinct, firstMissing };
}
