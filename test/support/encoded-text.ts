/**
 * Bytes of text in the encodings the text reader must detect (UTF-8, UTF-16 either way round, Windows-1258), and
 * fakes of the byte source and sink that `decodeBlob` streams through, for `src/data/import/text-input*.test.ts`.
 * Not a test file itself.
 */
import type { ByteSource, DecodeProgress } from '../../src/data/import/text-input.js';

/** `text` in UTF-8, without a byte-order mark. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** `text` in UTF-16 (little- or big-endian), one code unit at a time, without a byte-order mark. */
export function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 * i, text.charCodeAt(i), littleEndian);
  return out;
}

/** The given byte arrays and byte values (0–255) one after another, as one array. */
export const concatBytes = (...parts: (Uint8Array | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => [...p]));

/** `Hà Nội` as Excel writes it in Windows-1258: `à` is one byte, `ộ` is `ô` (F4) then the dot below (F2). */
export const HA_NOI_1258 = [0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69];

/** A byte source that streams the given chunks, as `Blob.stream()` does; counts how often it was opened. */
export function createSource(chunks: Uint8Array[]): ByteSource & { opened: number } {
  const source = {
    opened: 0,
    size: chunks.reduce((n, c) => n + c.length, 0),
    stream(): ReadableStream<Uint8Array> {
      source.opened++;
      let i = 0;
      return new ReadableStream({
        pull(controller) {
          if (i < chunks.length) controller.enqueue(chunks[i++]!);
          else controller.close();
        },
      });
    },
  };
  return source;
}

/** What `decodeBlob` passed on: the text pieces since the last restart, the restarts, the last progress (bytes). */
export type Sink = {
  pieces: string[];
  restarts: number;
  last: DecodeProgress | null;
  push(t: string, p: DecodeProgress): void;
  restart(): void;
};

/** Collects what `decodeBlob` passes on, forgetting it on `restart`. */
export function createSink(): Sink {
  return {
    pieces: [],
    restarts: 0,
    last: null,
    push(text, progress) {
      this.pieces.push(text);
      this.last = progress;
    },
    restart() {
      this.pieces = [];
      this.restarts++;
    },
  };
}
