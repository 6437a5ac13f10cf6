/**
 * Matching a cell's bytes against strings without decoding them: a hash of
 * a short ASCII byte run and a byte-by-character comparison. The string
 * caches of text columns (text-column-builder.ts, text-dictionary.ts) use
 * them so that a repeated value costs a hash and a comparison instead of a
 * new string.
 */

/** The one-character ASCII strings, shared by every column: codes, flags and grades ("F", "B", "Y") need no lookup. */
export const ASCII_CHARS: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/**
 * An FNV-1a hash of buf[start, end), mixed so that its low bits make a good
 * table slot, as a non-negative 31-bit integer; -1 when any byte is not
 * ASCII (the caller then decodes the UTF-8 instead).
 */
export function asciiHash(buf: Buffer, start: number, end: number): number {
  let hash = end - start;
  let high = 0;
  for (let i = start; i < end; i++) {
    const c = buf[i];
    high |= c;
    hash = Math.imul(hash ^ c, 0x01000193);
  }
  return high >= 0x80 ? -1 : (hash ^ (hash >>> 15)) & 0x7fffffff;
}

/** Whether the ASCII string `text` has exactly the bytes buf[start, end). */
export function sameAscii(text: string, buf: Buffer, start: number, end: number): boolean {
  const length = end - start;
  if (text.length !== length) return false;
  for (let i = 0; i < length; i++) if (text.charCodeAt(i) !== buf[start + i]) return false;
  return true;
}
