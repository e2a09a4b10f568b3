/**
 * The one input loader for text files: bytes, whole or as a stream of chunks, → decoded text and an
 * {@link EncodingReport}.
 *
 * Detection, in order (WHATWG Encoding, "decode" with BOM sniffing; https://encoding.spec.whatwg.org/#decode):
 * 1. a byte-order mark: UTF-8 `EF BB BF`, UTF-16LE `FF FE`, UTF-16BE `FE FF`; bytes that are then not valid in
 *    that encoding are an error naming the line and byte offset ({@link TextDecodeError});
 * 2. no mark, but a NUL in one byte of most of the first {@link SNIFF_BYTES} byte pairs and almost never in the
 *    other: UTF-16 without a mark (ASCII text in UTF-16 is every other byte 0), said so in the report;
 * 3. strict UTF-8 (`fatal`: a decoder never substitutes U+FFFD);
 * 4. else Windows-1258, the Vietnamese ANSI code page Excel writes "CSV" in on Vietnamese Windows. Strict UTF-8
 *    may fail deep into a stream: then the text sink is told to `restart` and the file is decoded again from its
 *    first byte. Windows-1258 maps every byte to a character, so no U+FFFD either.
 *
 * The text then goes through {@link TextStage}: NFC composition, double-encoded UTF-8, U+FFFD already in the file.
 * Memory: one chunk of bytes and one piece of text (a line at least) at a time; nothing keeps the whole file.
 */
import {
  DECODE_DEFAULTS,
  encodingReason,
  invalidBytesError,
  type BytePlace,
  type DecodeOptions,
  type Detection,
  type EncodingReport,
} from './encoding.js';
import { concat, invalidUtf16At, invalidUtf8At, SNIFF_BYTES, sniff, utf8TailLength } from './text-bytes.js';
import { TextStage } from './text-stage.js';

export { SNIFF_BYTES, sniff } from './text-bytes.js';

/** Where bytes come from: a `Blob` or `File` is one; tests pass a fake that streams chosen chunks. */
export interface ByteSource {
  readonly size: number;
  stream(): ReadableStream<Uint8Array>;
}

/** Bytes read so far of the total, when a piece of text is passed on. */
export type DecodeProgress = { bytes: number; totalBytes: number };

/** Where decoded text goes. */
export interface TextSink {
  /** The next piece of text, in order. */
  push(text: string, progress: DecodeProgress): void;
  /** Decoding starts over from the first byte in another encoding: forget every piece received so far. */
  restart(): void;
}

/** Strict UTF-8 failed in a file without a byte-order mark: decode it again as Windows-1258. */
class NotUtf8 {
  constructor(readonly at: BytePlace) {}
}

type Mode = { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: boolean } | { encoding: 'windows-1258'; at: BytePlace };

/** Decodes one pass over the bytes in one mode; throws {@link NotUtf8} or a `TextDecodeError`. */
class BytePass {
  private carry: Uint8Array = new Uint8Array(0);
  private offset = 0; // bytes of the file before `carry`
  private readonly decoder: TextDecoder;

  constructor(
    readonly mode: Mode,
    private readonly name: string,
    private readonly stage: TextStage,
  ) {
    this.decoder = new TextDecoder(mode.encoding, { fatal: mode.encoding !== 'windows-1258', ignoreBOM: true });
  }

  push(chunk: Uint8Array): void {
    if (this.mode.encoding === 'windows-1258') {
      this.stage.push(this.decoder.decode(chunk, { stream: true }));
      return;
    }
    const region = concat(this.carry, chunk);
    let cut = region.length;
    if (this.mode.encoding === 'utf-8') cut -= utf8TailLength(region);
    else {
      cut -= cut % 2;
      const last = cut >= 2 ? (this.mode.encoding === 'utf-16le' ? region[cut - 1]! : region[cut - 2]!) : 0;
      if (last >= 0xd8 && last <= 0xdb) cut -= 2; // a high surrogate waits for its pair
    }
    this.decodeRegion(region.subarray(0, cut));
    this.offset += cut;
    this.carry = region.slice(cut);
  }

  end(): void {
    if (this.mode.encoding === 'windows-1258') this.stage.push(this.decoder.decode());
    else if (this.carry.length > 0) this.decodeRegion(this.carry);
    this.stage.end();
  }

  private decodeRegion(bytes: Uint8Array): void {
    try {
      this.stage.push(this.decoder.decode(bytes));
    } catch {
      const mode = this.mode;
      if (mode.encoding === 'windows-1258') throw new Error('unreachable: Windows-1258 maps every byte');
      let at = mode.encoding === 'utf-8' ? invalidUtf8At(bytes) : invalidUtf16At(bytes, mode.encoding === 'utf-16le');
      if (at < 0) at = 0;
      const before = new TextDecoder(mode.encoding, { ignoreBOM: true }).decode(bytes.subarray(0, at));
      const place: BytePlace = {
        line: this.stage.lineAfter(before),
        offset: this.offset + at + (mode.bom ? bomLength(mode.encoding) : 0),
        bytes: bytes.slice(at, at + 2),
      };
      if (mode.encoding === 'utf-8' && !mode.bom) throw new NotUtf8(place);
      throw invalidBytesError(this.name, mode.encoding, place);
    }
  }
}

const bomLength = (encoding: string): number => (encoding === 'utf-8' ? 3 : 2);

function firstMode(head: Uint8Array): { mode: Mode; detection: Detection | null; skip: number } {
  const d = sniff(head);
  if (d === null) return { mode: { encoding: 'utf-8', bom: false }, detection: null, skip: 0 };
  return {
    mode: { encoding: d.encoding, bom: d.by === 'bom' },
    detection: d,
    skip: d.by === 'bom' ? bomLength(d.encoding) : 0,
  };
}

/** One attempt at decoding a file: sniff the head, then decode in one mode (or straight in Windows-1258). */
class Attempt {
  private head: Uint8Array | null = new Uint8Array(0);
  private pass: BytePass | null = null;
  private detection: Detection | null = null;

  constructor(
    private readonly name: string,
    private readonly stage: TextStage,
    fallback: BytePlace | null,
  ) {
    if (fallback !== null) {
      this.pass = new BytePass({ encoding: 'windows-1258', at: fallback }, name, stage);
      this.head = null;
    }
  }

  push(chunk: Uint8Array): void {
    if (this.pass !== null) this.pass.push(chunk);
    else {
      this.head = concat(this.head!, chunk);
      if (this.head.length >= SNIFF_BYTES) this.start();
    }
  }

  end(): EncodingReport {
    const pass = this.pass ?? this.start();
    pass.end();
    const mode = pass.mode;
    const d: Detection =
      mode.encoding === 'windows-1258' ? { by: 'fallback', at: mode.at } : (this.detection ?? { by: 'utf-8-valid' });
    return {
      encoding: mode.encoding,
      bom: mode.encoding !== 'windows-1258' && mode.bom,
      reason: encodingReason(d),
      ...this.stage.findings(),
    };
  }

  private start(): BytePass {
    const head = this.head!;
    const first = firstMode(head);
    this.detection = first.detection;
    this.pass = new BytePass(first.mode, this.name, this.stage);
    this.head = null;
    this.pass.push(head.subarray(first.skip));
    return this.pass;
  }
}

/**
 * Decodes a stream of bytes into `sink` (see the module comment); resolves to how it was decoded. Rejects with a
 * `TextDecodeError` when bytes are invalid in the encoding the byte-order mark names.
 */
export async function decodeBlob(
  source: ByteSource,
  name: string,
  sink: TextSink,
  options: DecodeOptions = {},
): Promise<EncodingReport> {
  const repair = options.repairMojibake ?? DECODE_DEFAULTS.repairMojibake;
  const totalBytes = source.size;
  let fallback: BytePlace | null = null;
  for (;;) {
    let bytes = 0;
    const attempt = new Attempt(
      name,
      new TextStage(repair, (text) => sink.push(text, { bytes, totalBytes })),
      fallback,
    );
    const reader = source.stream().getReader();
    try {
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        bytes += r.value.byteLength;
        attempt.push(r.value);
      }
      return attempt.end();
    } catch (err) {
      await reader.cancel().catch(() => {});
      if (!(err instanceof NotUtf8) || fallback !== null) throw err;
      fallback = err.at;
      sink.restart();
    }
  }
}

/** Decodes bytes given as chunks, at once; the same text and report as {@link decodeBlob} whatever the chunking. */
export function decodeByteChunks(
  chunks: readonly Uint8Array[],
  name: string,
  options: DecodeOptions = {},
): { text: string; report: EncodingReport } {
  const repair = options.repairMojibake ?? DECODE_DEFAULTS.repairMojibake;
  let fallback: BytePlace | null = null;
  for (;;) {
    const pieces: string[] = [];
    const attempt = new Attempt(name, new TextStage(repair, (text) => pieces.push(text)), fallback);
    try {
      for (const chunk of chunks) attempt.push(chunk);
      const report = attempt.end();
      return { text: pieces.join(''), report };
    } catch (err) {
      if (!(err instanceof NotUtf8) || fallback !== null) throw err;
      fallback = err.at;
    }
  }
}

/** Decodes a whole file's bytes (GeoJSON, small files): the text and how it was decoded. */
export function decodeBytes(
  bytes: Uint8Array,
  name: string,
  options: DecodeOptions = {},
): { text: string; report: EncodingReport } {
  return decodeByteChunks([bytes], name, options);
}
