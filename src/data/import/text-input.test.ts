import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { TextDecodeError, WINDOWS_1252_80_9F, type EncodingReport } from './encoding.js';
import {
  decodeBlob,
  decodeByteChunks,
  decodeBytes,
  sniff,
  SNIFF_BYTES,
  type ByteSource,
  type DecodeProgress,
} from './text-input.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 * i, text.charCodeAt(i), littleEndian);
  return out;
}

const cat = (...parts: (Uint8Array | number[])[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

/** `Hà Nội` as Excel writes it in Windows-1258: `à` is one byte, `ộ` is `ô` (F4) then the dot below (F2). */
const HA_NOI_1258 = [0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69];

/** A byte source that streams the given chunks, as `Blob.stream()` does; counts how often it was opened. */
function createSource(chunks: Uint8Array[]): ByteSource & { opened: number } {
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

/** Collects what `decodeBlob` passes on, forgetting it on `restart`. */
function createSink(): {
  pieces: string[];
  restarts: number;
  last: DecodeProgress | null;
  push(t: string, p: DecodeProgress): void;
  restart(): void;
} {
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

describe('detection and its reason', () => {
  test('UTF-8 byte-order mark', () => {
    const { text, report } = decodeBytes(cat([0xef, 0xbb, 0xbf], utf8('id\r\nHà Nội\r\n')), 's.csv');
    expect(text).toBe('id\r\nHà Nội\r\n');
    expect(report).toEqual({
      encoding: 'utf-8',
      bom: true,
      mojibake: null,
      repaired: 0,
      replacement: null,
      composed: false,
      reason: {
        en: 'UTF-8: the file starts with the UTF-8 byte-order mark (EF BB BF)',
        vi: 'UTF-8: tệp bắt đầu bằng dấu thứ tự byte (BOM) của UTF-8 (EF BB BF)',
      },
    });
  });

  test('UTF-16LE byte-order mark (Excel "Unicode Text")', () => {
    const { text, report } = decodeBytes(cat([0xff, 0xfe], utf16('id\tghi chú\r\n', true)), 's.txt');
    expect(text).toBe('id\tghi chú\r\n');
    expect(report.reason).toEqual({
      en: 'UTF-16LE: the file starts with the UTF-16LE byte-order mark (FF FE), as Excel writes "Unicode Text"',
      vi: 'UTF-16LE: tệp bắt đầu bằng dấu thứ tự byte (BOM) của UTF-16LE (FF FE), như Excel ghi khi lưu "Unicode Text"',
    });
  });

  test('UTF-16BE byte-order mark', () => {
    const { text, report } = decodeBytes(cat([0xfe, 0xff], utf16('Hà Nội 😀', false)), 's.txt');
    expect(text).toBe('Hà Nội 😀');
    expect([report.encoding, report.bom]).toEqual(['utf-16be', true]);
    expect(report.reason).toEqual({
      en: 'UTF-16BE: the file starts with the UTF-16BE byte-order mark (FE FF)',
      vi: 'UTF-16BE: tệp bắt đầu bằng dấu thứ tự byte (BOM) của UTF-16BE (FE FF)',
    });
  });

  test('UTF-16 without a mark, by its NUL bytes', () => {
    const { text, report } = decodeBytes(utf16('id,name\r\n1,Hà\r\n', true), 's.csv');
    expect(text).toBe('id,name\r\n1,Hà\r\n');
    expect([report.encoding, report.bom]).toEqual(['utf-16le', false]);
    expect(report.reason).toEqual({
      en: 'UTF-16LE: no byte-order mark, but in 15 of the first 15 byte pairs the second byte is 0, as in ASCII text written in UTF-16LE',
      vi: 'UTF-16LE: không có dấu thứ tự byte (BOM), nhưng ở 15 trên 15 cặp byte đầu tiên, byte thứ hai bằng 0, như chữ ASCII viết bằng UTF-16LE',
    });
    expect(sniff(utf16('id,name', false))).toEqual({ by: 'nul-pattern', encoding: 'utf-16be', zeroPairs: 7, pairs: 7 });
  });

  test('UTF-8 without a mark', () => {
    expect(decodeBytes(utf8('Hà Nội'), 's.csv').report.reason).toEqual({
      en: 'UTF-8: no byte-order mark, and every byte is valid UTF-8',
      vi: 'UTF-8: không có dấu thứ tự byte (BOM), và mọi byte đều hợp lệ theo UTF-8',
    });
  });

  test('Windows-1258 when strict UTF-8 fails, composed to NFC', () => {
    const { text, report } = decodeBytes(cat(utf8('id\r\n'), HA_NOI_1258, utf8('\r\n')), 's.csv');
    expect(text).toBe('id\r\nHà Nội\r\n');
    expect(text).toBe('id\r\nH\u00E0 N\u1ED9i\r\n');
    expect(report).toEqual({
      encoding: 'windows-1258',
      bom: false,
      mojibake: null,
      repaired: 0,
      replacement: null,
      composed: true,
      reason: {
        en: 'Windows-1258: no byte-order mark, and line 2 (byte offset 5: E0 20) is not valid UTF-8, so the file was read as Windows-1258, the Vietnamese ANSI code page that Excel uses on Vietnamese Windows',
        vi: 'Windows-1258: không có dấu thứ tự byte (BOM), và dòng 2 (vị trí byte 5: E0 20) không hợp lệ theo UTF-8, nên tệp được đọc theo Windows-1258, bảng mã ANSI tiếng Việt mà Excel dùng trên Windows tiếng Việt',
      },
    });
  });

  test('a UTF-8 sequence cut at the end of the file is not UTF-8 either', () => {
    const { text, report } = decodeBytes(cat(utf8('a\nb\r\nc\rd'), [0xe1, 0xbb]), 's.csv');
    expect(report.encoding).toBe('windows-1258');
    expect(report.reason.en).toContain('line 4 (byte offset 8: E1 BB)');
    expect(text).toBe('a\nb\r\nc\rdá»');
  });
});

describe('errors: bytes invalid in the encoding the byte-order mark names', () => {
  test('a lone surrogate in UTF-16LE', () => {
    const bytes = cat([0xff, 0xfe], utf16('id\r\nx', true), [0x00, 0xdc], utf16('y', true));
    let error: unknown;
    try {
      decodeBytes(bytes, 's.txt');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(TextDecodeError);
    const { issue } = error as TextDecodeError;
    expect(issue.message).toBe(
      's.txt: line 2 (byte offset 12: 00 DC) is not valid UTF-16LE — the file starts with the UTF-16LE byte-order mark, so every character must be a whole UTF-16 code unit or surrogate pair; save it again from its program',
    );
    expect(issue.vi).toBe(
      's.txt: dòng 2 (vị trí byte 12: 00 DC) không hợp lệ theo UTF-16LE — tệp bắt đầu bằng dấu thứ tự byte (BOM) của UTF-16LE, nên mọi ký tự phải là một đơn vị mã UTF-16 trọn vẹn hoặc một cặp thay thế (surrogate pair); hãy lưu lại tệp từ chương trình đã tạo ra nó',
    );
    expect([issue.rule, issue.line]).toEqual(['encoding-invalid', 2]);
  });

  test('invalid bytes after a UTF-8 mark', async () => {
    const source = createSource([cat([0xef, 0xbb, 0xbf], utf8('id\n'), HA_NOI_1258)]);
    await expect(decodeBlob(source, 's.csv', createSink())).rejects.toThrow(
      's.csv: line 2 (byte offset 7: E0 20) is not valid UTF-8 — the file starts with the UTF-8 byte-order mark, so every byte must be valid UTF-8; save it again from its program',
    );
  });

  test('an odd byte at the end of UTF-16', () => {
    expect(() => decodeBytes(cat([0xfe, 0xff], utf16('ab', false), [0x00]), 's.txt')).toThrow(
      's.txt: line 1 (byte offset 6: 00) is not valid UTF-16BE',
    );
  });
});

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
    expect(sink.pieces.join('')).toBe(new TextDecoder('windows-1258').decode(cat(head, HA_NOI_1258)).normalize('NFC'));
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

describe('double-encoded UTF-8', () => {
  const damaged = (text: string): string =>
    Array.from(utf8(text), (b) =>
      b >= 0x80 && b <= 0x9f ? WINDOWS_1252_80_9F[b - 0x80]! : String.fromCharCode(b),
    ).join('');
  const file = utf8(`id,ghi chú\r\n${damaged('Hoàn Kiếm 01')},x\r\nLong Biên,${damaged('Đường')}\r\n`);

  test('found, with examples, and left as it is', () => {
    const { text, report } = decodeBytes(file, 's.csv');
    expect(text).toBe(`id,ghi chú\r\n${damaged('Hoàn Kiếm 01')},x\r\nLong Biên,${damaged('Đường')}\r\n`);
    expect(report.mojibake).toEqual({
      count: 3,
      lines: 2,
      examples: [
        { line: 2, before: 'HoÃ\u00A0n Kiáº¿m 01', after: 'Hoàn Kiếm 01' },
        { line: 3, before: 'Ä<U+0090>Æ°á»<U+009D>ng', after: 'Đường' },
      ],
    });
    expect(report.repaired).toBe(0);
  });

  test('repaired when asked', () => {
    const { text, report } = decodeBytes(file, 's.csv', { repairMojibake: true });
    expect(text).toBe('id,ghi chú\r\nHoàn Kiếm 01,x\r\nLong Biên,Đường\r\n');
    expect([report.mojibake?.count, report.repaired]).toEqual([3, 3]);
  });

  test.each(['Hà Nội, Hoàn Kiếm', 'café à Paris', 'Ÿ Ã Â', 'Đà Nẵng 5.000 ₫', '100 °C; 5 µm'])(
    '%j is left alone',
    (text) => {
      const { report } = decodeBytes(utf8(text), 's.csv', { repairMojibake: true });
      expect([report.mojibake, report.repaired]).toEqual([null, 0]);
    },
  );
});

test('U+FFFD already in the file is counted with its first line', () => {
  const report: EncodingReport = decodeBytes(utf8('a\nb\uFFFD\uFFFD\nc\uFFFD'), 's.csv').report;
  expect(report.replacement).toEqual({ count: 3, firstLine: 2 });
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
    'utf-8 with BOM': (t: string) => cat([0xef, 0xbb, 0xbf], utf8(t)),
    'utf-16le with BOM': (t: string) => cat([0xff, 0xfe], utf16(t, true)),
    'utf-16be with BOM': (t: string) => cat([0xfe, 0xff], utf16(t, false)),
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
