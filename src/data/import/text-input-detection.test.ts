/** Which encoding the text reader picks and why, and the errors for bytes invalid in the encoding a byte-order mark names. */
import { describe, expect, test } from 'vitest';
import { concatBytes, createSink, createSource, HA_NOI_1258, utf16, utf8 } from '../../../test/support/encoded-text.js';
import { TextDecodeError } from './encoding.js';
import { decodeBlob, decodeBytes, sniff } from './text-input.js';

describe('detection and its reason', () => {
  test('UTF-8 byte-order mark', () => {
    const { text, report } = decodeBytes(concatBytes([0xef, 0xbb, 0xbf], utf8('id\r\nHà Nội\r\n')), 's.csv');
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
    const { text, report } = decodeBytes(concatBytes([0xff, 0xfe], utf16('id\tghi chú\r\n', true)), 's.txt');
    expect(text).toBe('id\tghi chú\r\n');
    expect(report.reason).toEqual({
      en: 'UTF-16LE: the file starts with the UTF-16LE byte-order mark (FF FE), as Excel writes "Unicode Text"',
      vi: 'UTF-16LE: tệp bắt đầu bằng dấu thứ tự byte (BOM) của UTF-16LE (FF FE), như Excel ghi khi lưu "Unicode Text"',
    });
  });

  test('UTF-16BE byte-order mark', () => {
    const { text, report } = decodeBytes(concatBytes([0xfe, 0xff], utf16('Hà Nội 😀', false)), 's.txt');
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
    const { text, report } = decodeBytes(concatBytes(utf8('id\r\n'), HA_NOI_1258, utf8('\r\n')), 's.csv');
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
    const { text, report } = decodeBytes(concatBytes(utf8('a\nb\r\nc\rd'), [0xe1, 0xbb]), 's.csv');
    expect(report.encoding).toBe('windows-1258');
    expect(report.reason.en).toContain('line 4 (byte offset 8: E1 BB)');
    expect(text).toBe('a\nb\r\nc\rdá»');
  });
});

describe('errors: bytes invalid in the encoding the byte-order mark names', () => {
  test('a lone surrogate in UTF-16LE', () => {
    const bytes = concatBytes([0xff, 0xfe], utf16('id\r\nx', true), [0x00, 0xdc], utf16('y', true));
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
    const source = createSource([concatBytes([0xef, 0xbb, 0xbf], utf8('id\n'), HA_NOI_1258)]);
    await expect(decodeBlob(source, 's.csv', createSink())).rejects.toThrow(
      's.csv: line 2 (byte offset 7: E0 20) is not valid UTF-8 — the file starts with the UTF-8 byte-order mark, so every byte must be valid UTF-8; save it again from its program',
    );
  });

  test('an odd byte at the end of UTF-16', () => {
    expect(() => decodeBytes(concatBytes([0xfe, 0xff], utf16('ab', false), [0x00]), 's.txt')).toThrow(
      's.txt: line 1 (byte offset 6: 00) is not valid UTF-16BE',
    );
  });
});
