/**
 * Byte-level helpers of the text input loader (`text-input.ts`): the sniffing of a file's head (byte-order mark,
 * UTF-16 NUL pattern), where a chunk may be cut without splitting a UTF-8 sequence, and where the first invalid
 * UTF-8 or UTF-16 sequence is, to name its line and byte offset in an error.
 *
 * Split from `text-input.ts` (which re-exports `sniff` and `SNIFF_BYTES`): pure functions over bytes, apart from
 * the streaming passes that use them.
 */
import type { Detection } from './encoding.js';

/** Bytes looked at for the byte-order mark and the UTF-16 NUL pattern. */
export const SNIFF_BYTES = 512;

/** `a` then `b` in one array (`b` itself when `a` is empty). */
export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Length of an unfinished UTF-8 sequence at the end of `b` (0–3), assuming what precedes it is valid. */
export function utf8TailLength(b: Uint8Array): number {
  for (let j = b.length - 1; j >= Math.max(0, b.length - 3); j--) {
    const c = b[j]!;
    if (c < 0x80) return 0;
    if (c >= 0xc0) {
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return b.length - j < need ? b.length - j : 0;
    }
  }
  return 0;
}

/** Offset of the first invalid UTF-8 sequence in `b` (RFC 3629 §4 as the WHATWG decoder reads it), or -1. */
export function invalidUtf8At(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    let n = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) [n, lo, hi] = [2, c === 0xe0 ? 0xa0 : 0x80, c === 0xed ? 0x9f : 0xbf];
    else if (c >= 0xf0 && c <= 0xf4) [n, lo, hi] = [3, c === 0xf0 ? 0x90 : 0x80, c === 0xf4 ? 0x8f : 0xbf];
    else return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** Offset of the first unpaired surrogate or odd byte in UTF-16 `b`, or -1. */
export function invalidUtf16At(b: Uint8Array, le: boolean): number {
  const unit = (i: number): number => (le ? b[i]! | (b[i + 1]! << 8) : (b[i]! << 8) | b[i + 1]!);
  for (let i = 0; i < b.length; i += 2) {
    if (i + 1 >= b.length) return i;
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return i;
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 >= b.length) return i;
      const v = unit(i + 2);
      if (v < 0xdc00 || v > 0xdfff) return i;
      i += 2;
    }
  }
  return -1;
}

/** The encoding of a file from its first bytes, or null when only strict UTF-8 can tell (then Windows-1258). */
export function sniff(head: Uint8Array): (Detection & { by: 'bom' | 'nul-pattern' }) | null {
  const [a, b, c] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { by: 'bom', encoding: 'utf-8' };
  if (a === 0xff && b === 0xfe) return { by: 'bom', encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { by: 'bom', encoding: 'utf-16be' };
  const pairs = Math.floor(Math.min(head.length, SNIFF_BYTES) / 2);
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    const first = head[2 * i]!;
    const second = head[2 * i + 1]!;
    if (first !== 0 && second === 0) oddZero++;
    else if (first === 0 && second !== 0) evenZero++;
  }
  // Most pairs show the pattern, and the other byte is almost never 0 (U+0100, U+1E00… are rare in text).
  if (pairs >= 2 && oddZero * 2 >= pairs && evenZero * 8 <= oddZero)
    return { by: 'nul-pattern', encoding: 'utf-16le', zeroPairs: oddZero, pairs };
  if (pairs >= 2 && evenZero * 2 >= pairs && oddZero * 8 <= evenZero)
    return { by: 'nul-pattern', encoding: 'utf-16be', zeroPairs: evenZero, pairs };
  return null;
}
