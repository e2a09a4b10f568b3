import { describe, expect, test } from 'vitest';
import { encodingIssues, encodingReason, repairRun, type EncodingReport } from './encoding.js';

const base: EncodingReport = {
  encoding: 'utf-8',
  bom: false,
  reason: encodingReason({ by: 'utf-8-valid' }),
  mojibake: null,
  repaired: 0,
  replacement: null,
  composed: false,
};
const texts = (report: EncodingReport) => encodingIssues(report, 's.csv').map((i) => [i.rule, i.message, i.vi]);

describe('encodingIssues', () => {
  test('nothing to say about valid UTF-8 or a byte-order mark', () => {
    expect(texts(base)).toEqual([]);
    expect(
      texts({ ...base, encoding: 'utf-16le', bom: true, reason: encodingReason({ by: 'bom', encoding: 'utf-16le' }) }),
    ).toEqual([]);
  });

  test('the Windows-1258 fallback', () => {
    const reason = encodingReason({ by: 'fallback', at: { line: 3, offset: 70, bytes: Uint8Array.of(0xf4, 0xf2) } });
    expect(texts({ ...base, encoding: 'windows-1258', reason })).toEqual([
      [
        'encoding-windows-1258',
        's.csv: read as Windows-1258, not UTF-8 — Windows-1258: no byte-order mark, and line 3 (byte offset 70: F4 F2) is not valid UTF-8, so the file was read as Windows-1258, the Vietnamese ANSI code page that Excel uses on Vietnamese Windows; if names look wrong, save the file as "CSV UTF-8" in Excel',
        's.csv: đã đọc theo Windows-1258, không phải UTF-8 — Windows-1258: không có dấu thứ tự byte (BOM), và dòng 3 (vị trí byte 70: F4 F2) không hợp lệ theo UTF-8, nên tệp được đọc theo Windows-1258, bảng mã ANSI tiếng Việt mà Excel dùng trên Windows tiếng Việt; nếu tên hiển thị sai, hãy lưu tệp dạng "CSV UTF-8" trong Excel',
      ],
    ]);
  });

  test('UTF-16 without a byte-order mark', () => {
    const reason = encodingReason({ by: 'nul-pattern', encoding: 'utf-16be', zeroPairs: 200, pairs: 256 });
    expect(texts({ ...base, encoding: 'utf-16be', reason })).toEqual([
      [
        'encoding-utf16-no-bom',
        's.csv: read as UTF-16BE without a byte-order mark — UTF-16BE: no byte-order mark, but in 200 of the first 256 byte pairs the first byte is 0, as in ASCII text written in UTF-16BE',
        's.csv: đã đọc theo UTF-16BE dù không có dấu thứ tự byte (BOM) — UTF-16BE: không có dấu thứ tự byte (BOM), nhưng ở 200 trên 256 cặp byte đầu tiên, byte thứ nhất bằng 0, như chữ ASCII viết bằng UTF-16BE',
      ],
    ]);
  });

  const mojibake = { count: 2, lines: 1, examples: [{ line: 4, before: 'HoÃ\u00A0n Kiáº¿m', after: 'Hoàn Kiếm' }] };

  test('double-encoded UTF-8 found', () => {
    expect(texts({ ...base, mojibake })).toEqual([
      [
        'encoding-double-utf8',
        's.csv: 2 double-encoded UTF-8 sequences on 1 line (line 4: "HoÃ\u00A0n Kiáº¿m" → "Hoàn Kiếm") — UTF-8 text was read as Windows-1252 and saved again as UTF-8; choose "Repair" to read the file again with the repair',
        's.csv: 2 chuỗi UTF-8 bị mã hoá hai lần trên 1 dòng (dòng 4: "HoÃ\u00A0n Kiáº¿m" → "Hoàn Kiếm") — văn bản UTF-8 đã bị đọc nhầm theo Windows-1252 rồi lưu lại bằng UTF-8; chọn "Sửa" để đọc lại tệp và sửa các chuỗi này',
      ],
    ]);
  });

  test('double-encoded UTF-8 repaired', () => {
    expect(texts({ ...base, mojibake, repaired: 2 })).toEqual([
      [
        'encoding-double-utf8-repaired',
        's.csv: 2 double-encoded UTF-8 sequences on 1 line repaired (line 4: "HoÃ\u00A0n Kiáº¿m" → "Hoàn Kiếm") — UTF-8 text was read as Windows-1252 and saved again as UTF-8; each was turned back into the Windows-1252 bytes and read as UTF-8',
        's.csv: đã sửa 2 chuỗi UTF-8 bị mã hoá hai lần trên 1 dòng (dòng 4: "HoÃ\u00A0n Kiáº¿m" → "Hoàn Kiếm") — văn bản UTF-8 đã bị đọc nhầm theo Windows-1252 rồi lưu lại bằng UTF-8; mỗi chuỗi đã được đổi lại thành byte Windows-1252 và đọc theo UTF-8',
      ],
    ]);
  });

  test('U+FFFD already in the file', () => {
    const [issue] = encodingIssues({ ...base, replacement: { count: 1, firstLine: 7 } }, 's.csv');
    expect([issue?.rule, issue?.line, issue?.message, issue?.vi]).toEqual([
      'encoding-replacement-char',
      7,
      's.csv: 1 U+FFFD replacement character (�), first on line 7 — the file already held them: characters were lost when a program before this one could not decode them; take the data from its original source',
      's.csv: 1 ký tự thay thế U+FFFD (�), đầu tiên ở dòng 7 — tệp đã chứa sẵn các ký tự này: một chương trình trước đó không giải mã được nên đã làm mất ký tự; hãy lấy dữ liệu từ nguồn gốc',
    ]);
  });
});

describe('repairRun', () => {
  test.each([
    ['Ã\u00A0', 'à'],
    ['áº¿', 'ế'],
    ['Æ°', 'ư'],
    ['Ä\u2018', 'đ'],
    ['Ä\u0090', 'Đ'],
  ])('%j → %j', (run, fixed) => {
    expect(repairRun(run)).toBe(fixed);
  });

  test('bytes that are not UTF-8 are not repaired', () => {
    expect(repairRun('Ã')).toBeNull();
  });
});
