/** The text reader finds double-encoded UTF-8 (and repairs it only when asked), and counts U+FFFD already in a file. */
import { describe, expect, test } from 'vitest';
import { utf8 } from '../../../test/support/encoded-text.js';
import { WINDOWS_1252_80_9F, type EncodingReport } from './encoding.js';
import { decodeBytes } from './text-input.js';

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
