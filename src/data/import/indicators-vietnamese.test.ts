/**
 * The Vietnamese texts of indicator import issues: every rule of the `bad-rows.csv` fixture, file-level problems,
 * and the row texts the fixture does not reach.
 */
import { describe, expect, test } from 'vitest';
import { issueText } from '../../domain/report.js';
import { createCatalogue, readIndicatorFixture } from '../../../test/support/indicator-csv.js';
import { parseIndicatorCsv, type IndicatorImportResult } from './indicators.js';

describe('bad-rows.csv: Vietnamese texts of every issue', () => {
  const file = 'bad-rows.csv';
  const result = parseIndicatorCsv(readIndicatorFixture(file), createCatalogue(), { fileName: file });

  test('every issue has a Vietnamese text, with diacritics, that differs from the English and names the row as "dòng"', () => {
    expect(result.issues.length).toBe(21);
    for (const i of result.issues) {
      expect(i.vi).toBeDefined();
      expect(i.vi).not.toBe(i.message);
      expect(i.vi!.startsWith(`${file}: dòng ${i.index}${i.key === null ? '' : ` (mã "${i.key}")`}: `)).toBe(true);
      expect(i.vi).toMatch(/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/);
      expect(i.vi).not.toMatch(/\b(row|code|value|indicator|unit|layout|date|source)\b/);
      expect([issueText(i, 'vi'), issueText(i, 'en')]).toEqual([i.vi, i.message]);
    }
  });

  test('the exact Vietnamese texts of every rule', () => {
    const d = `${file}: dòng`;
    const commaVi =
      'hãy ghi bằng chữ số, dùng "." làm dấu thập phân (dấu phẩy thập phân chỉ dùng được trong tệp phân cách bằng dấu chấm phẩy hoặc tab)';
    expect(result.issues.map((i) => [i.rule, i.vi])).toEqual([
      [
        'code-padded',
        `${d} 4 (mã "4"): mã "4" được đọc thành "00004" — bảng tính thường bỏ các số 0 ở đầu; hãy lưu mã GSO dạng văn bản đủ 5 chữ số`,
      ],
      ['no-source', `${d} 6 (mã "00070"): không ghi nguồn — hãy ghi nguồn của từng số liệu trong cột nguồn`],
      [
        'name-mismatch',
        `${d} 8 (mã "00091"): tên "Xuân La" khác với "Phú Thượng", tên của xã/phường 2025 có mã "00091" — hãy kiểm tra lại mã và địa giới`,
      ],
      [
        'fractional-count',
        `${d} 9 (mã "00091"): giá trị "1.234" của số đếm "households" không phải số nguyên — nếu "." hoặc "," là dấu phân cách hàng nghìn, hãy ghi số mà không có dấu đó`,
      ],
      ['missing-code', `${d} 11: mã để trống — mỗi dòng cần mã GSO của địa bàn`],
      [
        'bad-layout',
        `${d} 12 (mã "00004"): địa giới "2020" không hợp lệ — địa giới phải là 2025 (hoặc new, mới) hoặc 2019 (hoặc old, cũ)`,
      ],
      [
        'wrong-layout',
        `${d} 13 (mã "001"): mã "001" là quận/huyện 2019 (Ba Đình), nhưng địa giới của dòng là 2025 — từ ngày 1/7/2025 không còn cấp quận, huyện; hãy ghi số liệu theo từng xã/phường 2025, hoặc đổi địa giới thành 2019`,
      ],
      [
        'wrong-layout',
        `${d} 14 (mã "00001"): mã "00001" là phường/xã 2019 (Phúc Xá) nhưng không phải xã/phường 2025 — phường/xã này không còn từ ngày 1/7/2025; hãy ghi số liệu cho xã/phường 2025 mà nó được nhập vào, hoặc đổi địa giới thành 2019`,
      ],
      [
        'unknown-code',
        `${d} 15 (mã "99999"): mã "99999" không có trong danh mục của cả hai địa giới — mã phải là mã của một xã/phường 2025, một phường/xã 2019 hoặc một quận/huyện 2019 của Hà Nội`,
      ],
      [
        'unknown-code',
        `${d} 16 (mã "127"): mã "127" không có trong danh mục quận/huyện 2019 — mã 3 chữ số là mã quận/huyện 2019 của Hà Nội; nếu định ghi phường/xã 2019 "00127" (Việt Hưng), hãy ghi đủ 5 chữ số`,
      ],
      [
        'unknown-code',
        `${d} 17 (mã "A12"): mã "A12" không phải mã GSO — mã GSO gồm 5 chữ số với xã/phường 2025 và phường/xã 2019, 3 chữ số với quận/huyện 2019`,
      ],
      ['missing-indicator', `${d} 18 (mã "00004"): chỉ tiêu để trống — mỗi dòng cần mã hoặc tên của chỉ tiêu`],
      ['non-numeric', `${d} 19 (mã "00070"): giá trị "n/a" không phải là số — ${commaVi}`],
      [
        'out-of-range',
        `${d} 20 (mã "00070"): giá trị "104.5" nằm ngoài khoảng 0–100 — "fibre_households_pct" là tỷ lệ phần trăm`,
      ],
      ['out-of-range', `${d} 21 (mã "00070"): giá trị "-3" là số âm — "iot_connections" là số đếm nên không thể âm`],
      [
        'missing-unit',
        `${d} 22 (mã "00070"): chỉ tiêu "Điểm wifi công cộng" không có đơn vị — chỉ tiêu không có trong danh mục của ứng dụng cần ghi đơn vị`,
      ],
      [
        'unit-mismatch',
        `${d} 23 (mã "00091"): đơn vị "cái" khác với "trạm" ở dòng 6 của chỉ tiêu "Số trạm sạc xe điện" — mỗi chỉ tiêu chỉ dùng một đơn vị trong cả tệp`,
      ],
      [
        'bad-date',
        `${d} 24 (mã "00091"): ngày "31/02/2026" không phải là ngày hợp lệ — ngày phải ghi theo dạng YYYY-MM-DD hoặc DD/MM/YYYY`,
      ],
      [
        'duplicate',
        `${d} 25 (mã "00004"): chỉ tiêu "fibre_households_pct" của xã/phường 2025 "00004" ngày 2026-06-30 trùng với dòng 2 — mỗi địa bàn, chỉ tiêu và ngày chỉ được xuất hiện một lần trong mỗi địa giới`,
      ],
      [
        'bad-row',
        `${d} 26 (mã "00004"): có 3 trường, trong khi dòng tiêu đề có 8 — mỗi dòng phải có số trường bằng dòng tiêu đề (RFC 4180)`,
      ],
      ['non-numeric', `${d} 27 (mã "00127"): giá trị "2,500" không phải là số — ${commaVi}`],
    ]);
  });
});

describe('messages in Vietnamese', () => {
  const parse = (text: string, fileName: string, layout?: '2025' | '2019'): IndicatorImportResult =>
    parseIndicatorCsv(text, createCatalogue({ unit2025: [['10999', 'Thử Nghiệm']] }), {
      fileName,
      ...(layout ? { layout } : {}),
    });

  test('file-level: a missing column, a missing layout and no source column', () => {
    const { issues } = parse('code,indicator,date\n00004,households,2026-06-30\n', 'c.csv');
    expect(issues.map((i) => [i.rule, i.column ?? null, i.vi])).toEqual([
      [
        'missing-column',
        'value',
        'c.csv: không có cột "value" (dòng tiêu đề: code, indicator, date) — hãy đặt tên cột là một trong: value, giá trị, gia tri',
      ],
      [
        'missing-layout',
        null,
        'c.csv: tệp không có cột địa giới và chưa chọn địa giới khi nhập — hãy ghi địa giới (2025 hoặc 2019) trong cột "layout" hoặc ' +
          'chọn khi nhập: từ ngày 1/7/2025, 126 xã/phường mới dùng lại mã 5 chữ số của các phường/xã năm 2019 (mã của mỗi xã/phường mới cũng là mã của ' +
          'một phường/xã cũ: 00004 là Phường Ba Đình năm 2025 và Phường Trúc Bạch năm 2019), nên chỉ riêng mã không cho biết đó là địa bàn nào',
      ],
      [
        'no-source',
        null,
        'c.csv: tệp không có cột nguồn — hãy ghi nguồn của số liệu trong một cột "source" hoặc "nguồn"',
      ],
    ]);
  });

  test('an empty file and a quote never closed', () => {
    expect(parse('\uFEFF\r\n', 'e.csv', '2025').issues.map((i) => i.vi)).toEqual([
      'e.csv: tệp không có dòng tiêu đề — tệp CSV phải bắt đầu bằng một dòng tiêu đề',
    ]);
    const quoted = parse('code,layout,indicator,value,date,source\n"00070,2025,households,10,2026-06-30,S\n', 'q.csv');
    expect(quoted.issues.map((i) => [i.index, i.line, i.vi])).toEqual([
      [
        2,
        2,
        'q.csv: dòng 2: một trường mở dấu ngoặc kép mà không đóng — mỗi dấu ngoặc kép mở cần một dấu đóng (RFC 4180)',
      ],
    ]);
  });

  test('a header-only file names the file, in both languages, and reads no row', () => {
    const { issues, report } = parse('code,layout,indicator,value,date,source\r\n', 'h.csv');
    expect(issues.map((i) => [i.severity, i.rule, i.index, i.message, i.vi])).toEqual([
      [
        'error',
        'no-data',
        null,
        'h.csv: the file has a header row but no data rows — an indicator file needs one row per area, indicator and date below the header',
        'h.csv: tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào — bên dưới dòng tiêu đề, tệp chỉ tiêu cần một dòng cho mỗi địa bàn, chỉ tiêu và ngày',
      ],
    ]);
    expect([report.rows, report.accepted, report.rejected]).toEqual([0, 0, 0]);
  });

  test('row texts the bad-rows fixture does not reach: a 2025-only code, a padded code, empty cells, a decimal comma file', () => {
    const text =
      'Mã;Bố cục;Chỉ tiêu;Giá trị;Đơn vị;Ngày;Nguồn\n10999;2019;households;5;hộ;31/12/2024;S\n99;2025;households;5;hộ;30/06/2026;S\n' +
      '00004;;households;5;hộ;30/06/2026;S\n00070;2025;households;;hộ;30/06/2026;S\n00070;2025;households;-1,5;;30/06/2026;S\n00091;2025;households;7;hộ;;S\n';
    expect(parse(text, 'v.csv').issues.map((i) => [i.rule, i.column ?? null, i.vi])).toEqual([
      [
        'wrong-layout',
        'Mã',
        'v.csv: dòng 2 (mã "10999"): mã "10999" là xã/phường 2025 (Thử Nghiệm) nhưng không phải phường/xã 2019 — các xã/phường 2025 chỉ có từ ngày 1/7/2025; hãy đổi địa giới thành 2025',
      ],
      [
        'unknown-code',
        'Mã',
        'v.csv: dòng 3 (mã "99"): mã "99" (đọc thành "00099") không có trong danh mục của cả hai địa giới — mã phải là mã của một xã/phường 2025, một phường/xã 2019 hoặc một quận/huyện 2019 của Hà Nội',
      ],
      [
        'bad-layout',
        'Bố cục',
        'v.csv: dòng 4 (mã "00004"): địa giới để trống — địa giới phải là 2025 (hoặc new, mới) hoặc 2019 (hoặc old, cũ)',
      ],
      [
        'non-numeric',
        'Giá trị',
        'v.csv: dòng 5 (mã "00070"): giá trị để trống — hãy ghi bằng chữ số, dùng "." hoặc "," làm dấu thập phân',
      ],
      [
        'out-of-range',
        'Giá trị',
        'v.csv: dòng 6 (mã "00070"): giá trị "-1,5" là số âm — "households" là số đếm nên không thể âm',
      ],
      [
        'bad-date',
        'Ngày',
        'v.csv: dòng 7 (mã "00091"): ngày để trống — ngày phải ghi theo dạng YYYY-MM-DD hoặc DD/MM/YYYY',
      ],
    ]);
  });

  test('a 3-digit code with layout 2025 that is no district points to the 5-digit unit', () => {
    const { issues } = parse('code,layout,indicator,value,date,source\n070,2025,households,5,2026-06-30,S\n', 'd.csv');
    expect(issues.map((i) => [i.message, i.vi])).toEqual([
      [
        'd.csv: row 2 (code "070"): code "070" is no 2019 district — a 3-digit code names a 2019 district of Hà Nội; if 2025 unit "00070" (Hoàn Kiếm) was meant, write all 5 digits',
        'd.csv: dòng 2 (mã "070"): mã "070" không có trong danh mục quận/huyện 2019 — mã 3 chữ số là mã quận/huyện 2019 của Hà Nội; nếu định ghi xã/phường 2025 "00070" (Hoàn Kiếm), hãy ghi đủ 5 chữ số',
      ],
    ]);
  });
});
