/**
 * Checks that a stream of chunks is valid UTF-8 without decoding it, using
 * Node's native `buffer.isUtf8`; a character split between two chunks is
 * carried over to the next one.
 */
import { isUtf8 } from 'node:buffer';

/** Thrown (internally) at the first invalid byte; the reader turns it into a UserError naming the line. */
export class InvalidUtf8Error extends Error {
  constructor(
    /** Offset of the invalid byte in the (decompressed) stream. */
    readonly offset: number,
    readonly byte: number,
  ) {
    super(`invalid UTF-8 at byte ${offset}`);
  }
}

/** Length of the sequence a lead byte starts, or 0 if it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Index of the first byte of the first invalid sequence in a buffer that `isUtf8` rejected. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Walk character by character; each multi-byte sequence is checked by the
  // standard decoder, which knows the overlong and surrogate rules.
  let i = 0;
  while (i < buf.length) {
    const n = sequenceLength(buf[i]);
    if (n === 0 || i + n > buf.length) return i;
    if (n > 1) {
      try {
        decoder.decode(buf.subarray(i, i + n));
      } catch {
        return i;
      }
    }
    i += n;
  }
  return buf.length;
}

export class Utf8Guard {
  private carry: Buffer | null = null;
  /** Stream offset of the first byte not yet checked. */
  private offset = 0;

  /** Checks a chunk; throws InvalidUtf8Error at the first invalid byte. */
  check(chunk: Buffer): void {
    const data = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = data.length - incompleteTail(data);
    const complete = cut === data.length ? data : data.subarray(0, cut);
    if (!isUtf8(complete)) {
      const at = firstInvalidUtf8(complete);
      throw new InvalidUtf8Error(this.offset + at, complete[at]);
    }
    this.offset += cut;
    this.carry = cut === data.length ? null : Buffer.from(data.subarray(cut));
  }

  /** At the end of the stream: a character cut short is invalid too. */
  end(): void {
    if (this.carry) throw new InvalidUtf8Error(this.offset, this.carry[0]);
  }
}

/** Number of bytes at the end of buf that start a multi-byte character the buffer cuts short. */
function incompleteTail(buf: Uint8Array): number {
  const n = buf.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = buf[n - back];
    if ((b & 0xc0) !== 0x80) {
      const len = sequenceLength(b);
      return len > back ? back : 0;
    }
  }
  return 0;
}
