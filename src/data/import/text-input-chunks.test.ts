/** The streamed text reader: the same text and report as the whole-bytes reader, however the bytes arrive in chunks. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { concatBytes, createSink, createSource, HA_NOI_1258, utf16, utf8 } from '../../../test/support/encoded-text.js';
import { decodeBlob, decodeByteChunks, decodeBytes, SNIFF_BYTES } from './text-input.js';

describe('decodeBlob', () => {
  test('strict UTF-8 failing deep in the stream: the sink restarts and gets the Windows-1258 text from the start', async () => {
    const head = utf8(`id\n${'Hà Nội\n'.repeat(200)}`);
    const source = createSource([head.subarray(0, 700), head.subarray(700), Uint8Array.from(HA_NOI_1258)]);
    const sink = createSink();
    const report = await decodeBlob(source, 's.csv', sink);
    expect([sink.restarts, source.opened, report.encoding]).toEqual([1, 2, 'windows-1258']);
    expect(report.reason.en).toBe(
      `Windows-1258: no byte-order mark, and line 202 (byte offset ${head.length + 1}: E0 20) is not valid UTF-8, so the file was read as Windows-1258, the Vietnamese ANSI code page that Excel uses on Vietnamese Windows`,
    );
    expect(sink.pieces.join('')).toBe(
      new TextDecoder('windows-1258').decode(concatBytes(head, HA_NOI_1258)).normalize('NFC'),
    );
    expect(sink.last).toEqual({ bytes: source.size, totalBytes: source.size });
    expect(head.length).toBeGreaterThan(SNIFF_BYTES);
  });

  test('the same text and report as decodeBytes', async () => {
    const bytes = utf8('id;ghi chú\r\n1;Hoàn Kiếm\r\n');
    const sink = createSink();
    const report = await decodeBlob(createSource([bytes.subarray(0, 9), bytes.subarray(9)]), 's.csv', sink);
    expect({ text: sink.pieces.join(''), report }).toEqual(decodeBytes(bytes, 's.csv'));
  });
});

describe('the same text and report whatever the chunking of the bytes (property)', () => {
  // Past the bytes sniffed whole, so that the cuts reach the decoders and the text stage.
  const PADDING = `${'x'.repeat(SNIFF_BYTES)}\n`;
  const piece = fc.constantFrom(
    'a',
    ',',
    'Hà',
    'Nội',
    'ế',
    'Đ',
    'a\u0300',
    '😀',
    '\r\n',
    '\n',
    '\r',
    'Ã\u00A0',
    'áº¿',
    ' ',
  );
  const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
  const cuts = fc.array(fc.nat(), { maxLength: 10 });

  /** The bytes cut at `at` (taken modulo the length after `start`, then shifted by `start`). */
  function split(bytes: Uint8Array, at: number[], start = 0): Uint8Array[] {
    const points = [...new Set(at.map((c) => start + (c % (bytes.length - start + 1))))].sort((a, b) => a - b);
    const out: Uint8Array[] = [];
    let from = 0;
    for (const p of [...points, bytes.length]) {
      out.push(bytes.subarray(from, p));
      from = p;
    }
    return out;
  }

  const encodings = {
    'utf-8': (t: string) => utf8(t),
    'utf-8 with BOM': (t: string) => concatBytes([0xef, 0xbb, 0xbf], utf8(t)),
    'utf-16le with BOM': (t: string) => concatBytes([0xff, 0xfe], utf16(t, true)),
    'utf-16be with BOM': (t: string) => concatBytes([0xfe, 0xff], utf16(t, false)),
  };

  test.each(Object.entries(encodings))('%s: multi-byte sequences and surrogate pairs cut anywhere', (_, encode) => {
    fc.assert(
      fc.property(text, cuts, fc.boolean(), (t, at, repairMojibake) => {
        const bytes = encode(PADDING + t);
        const whole = decodeBytes(bytes, 's.csv', { repairMojibake });
        expect(
          decodeByteChunks(split(bytes, at, bytes.length - encode(t).length), 's.csv', { repairMojibake }),
        ).toEqual(whole);
        if (!repairMojibake) expect(whole.text).toBe((PADDING + t).normalize('NFC'));
      }),
      { numRuns: 300 },
    );
  });

  test('windows-1258 (strict UTF-8 fails somewhere): tone marks cut from their letters', () => {
    const byte = fc.constantFrom(0x61, 0x2c, 0x0d, 0x0a, 0xe0, 0xf4, 0xf2, 0xec, 0xde, 0xd0, 0xfd, 0xc3, 0xba);
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 60 }), fc.nat({ max: 60 }), cuts, (bytes, at, cutAt) => {
        const all = Uint8Array.from([...bytes.slice(0, at), ...HA_NOI_1258, ...bytes.slice(at)]);
        const whole = decodeBytes(all, 's.csv');
        expect(whole.report.encoding).toBe('windows-1258');
        expect(whole.text).toBe(new TextDecoder('windows-1258').decode(all).normalize('NFC'));
        expect(decodeByteChunks(split(all, cutAt), 's.csv')).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });
});
