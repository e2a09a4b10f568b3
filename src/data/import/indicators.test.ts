import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { IndicatorValue } from '../../domain/indicators.js';
import { issueText } from '../../domain/report.js';
import { stripUnitType } from '../../domain/text.js';
import { rawPath } from '../../../test/support/data-dir.js';
import { indicatorIdOf } from './indicator-rows.js';
import { parseIndicatorCsv, type IndicatorAreaCatalogue, type IndicatorImportResult } from './indicators.js';

const FIXTURES = 'test/fixtures/indicators/';
const readFixture = (file: string): string => readFileSync(FIXTURES + file, 'utf8');

/**
 * A few real areas: 00004 is a 2025 unit and a 2019 ward with other names, 00001 a ward that ended in 2025,
 * 001 a 2019 district. `extra` adds or replaces entries.
 */
function createCatalogue(
  extra: Partial<Record<keyof IndicatorAreaCatalogue, [string, string][]>> = {},
): IndicatorAreaCatalogue {
  return {
    unit2025: new Map([
      ['00004', 'Ba Đình'],
      ['00070', 'Hoàn Kiếm'],
      ['00091', 'Phú Thượng'],
      ['00127', 'Việt Hưng'],
      ...(extra.unit2025 ?? []),
    ]),
    ward2019: new Map([
      ['00001', 'Phúc Xá'],
      ['00004', 'Trúc Bạch'],
      ['00070', 'Hàng Trống'],
      ['00091', 'Phú Thượng'],
      ['00127', 'Việt Hưng'],
      ...(extra.ward2019 ?? []),
    ]),
    district2019: new Map([['001', 'Ba Đình'], ['002', 'Hoàn Kiếm'], ...(extra.district2019 ?? [])]),
  };
}

function createValue(
  fields: Partial<IndicatorValue> & Pick<IndicatorValue, 'indicator' | 'code' | 'value' | 'unit'>,
): IndicatorValue {
  return { level: 'unit2025', layout: '2025', date: '2026-06-30', source: 'Sở KH&CN (mẫu)', derived: false, ...fields };
}

/** Checks the report's promise: every row accepted or rejected, and each rejected row has exactly one error. */
function expectEveryRowAccounted({ values, issues, report }: IndicatorImportResult): void {
  const rowErrors = issues.filter((i) => i.severity === 'error' && i.index !== null);
  expect(report.rows).toBe(report.accepted + report.rejected);
  expect(report.accepted).toBe(values.length);
  expect(rowErrors.length).toBe(report.rejected);
  expect(new Set(rowErrors.map((i) => i.index)).size).toBe(rowErrors.length);
}

describe('bad-rows.csv: one message per rejected row, warnings on kept rows', () => {
  const file = 'bad-rows.csv';
  const result = parseIndicatorCsv(readFixture(file), createCatalogue(), { fileName: file });
  const p = `${file}: row`;
  const comma = 'use digits with "." as the decimal mark (a decimal comma needs a semicolon- or tab-delimited file)';

  test('the exact issues, in row order, rows numbered with the header as row 1 (the blank line 10 keeps its number)', () => {
    expect(result.issues.map((i) => [i.severity, i.rule, i.index, i.key, i.message])).toEqual([
      [
        'warning',
        'code-padded',
        4,
        '4',
        `${p} 4 (code "4"): code "4" was read as "00004" — spreadsheets drop leading zeros; store GSO codes as text of 5 digits`,
      ],
      [
        'warning',
        'no-source',
        6,
        '00070',
        `${p} 6 (code "00070"): no source given — name where each figure comes from in the source column`,
      ],
      [
        'warning',
        'name-mismatch',
        8,
        '00091',
        `${p} 8 (code "00091"): name "Xuân La" is not "Phú Thượng", the 2025 unit of code "00091" — check the code and the layout`,
      ],
      [
        'warning',
        'fractional-count',
        9,
        '00091',
        `${p} 9 (code "00091"): value "1.234" of the count "households" is not a whole number — if "." or "," was meant as a thousands separator, write the number without it`,
      ],
      ['error', 'missing-code', 11, null, `${p} 11: code is empty — every row needs the GSO code of its area`],
      [
        'error',
        'bad-layout',
        12,
        '00004',
        `${p} 12 (code "00004"): layout "2020" is not a layout — layout must be 2025 (or new, mới) or 2019 (or old, cũ)`,
      ],
      [
        'error',
        'wrong-layout',
        13,
        '001',
        `${p} 13 (code "001"): code "001" is a 2019 district (Ba Đình), but the row's layout is 2025 — there are no districts since 1 July 2025; give the figure per 2025 unit, or set the layout to 2019`,
      ],
      [
        'error',
        'wrong-layout',
        14,
        '00001',
        `${p} 14 (code "00001"): code "00001" is a 2019 ward (Phúc Xá) but no 2025 unit — the ward ended on 1 July 2025; give the figure for its 2025 unit, or set the layout to 2019`,
      ],
      [
        'error',
        'unknown-code',
        15,
        '99999',
        `${p} 15 (code "99999"): code "99999" is in neither layout — a code must be a 2025 unit, a 2019 ward or a 2019 district of Hà Nội`,
      ],
      [
        'error',
        'unknown-code',
        16,
        '127',
        `${p} 16 (code "127"): code "127" is no 2019 district — a 3-digit code names a 2019 district of Hà Nội; if 2019 ward "00127" (Việt Hưng) was meant, write all 5 digits`,
      ],
      [
        'error',
        'unknown-code',
        17,
        'A12',
        `${p} 17 (code "A12"): code "A12" is not a GSO code — codes are 5 digits for 2025 units and 2019 wards, 3 digits for 2019 districts`,
      ],
      [
        'error',
        'missing-indicator',
        18,
        '00004',
        `${p} 18 (code "00004"): indicator is empty — every row needs an indicator id or name`,
      ],
      ['error', 'non-numeric', 19, '00070', `${p} 19 (code "00070"): value "n/a" is not a number — ${comma}`],
      [
        'error',
        'out-of-range',
        20,
        '00070',
        `${p} 20 (code "00070"): value "104.5" is outside 0–100 — "fibre_households_pct" is a percentage`,
      ],
      [
        'error',
        'out-of-range',
        21,
        '00070',
        `${p} 21 (code "00070"): value "-3" is negative — "iot_connections" is a count and cannot be negative`,
      ],
      [
        'error',
        'missing-unit',
        22,
        '00070',
        `${p} 22 (code "00070"): indicator "Điểm wifi công cộng" has no unit — an indicator the app does not know needs a unit`,
      ],
      [
        'error',
        'unit-mismatch',
        23,
        '00091',
        `${p} 23 (code "00091"): unit "cái" differs from "trạm" in row 6 for "Số trạm sạc xe điện" — an indicator keeps one unit throughout a file`,
      ],
      [
        'error',
        'bad-date',
        24,
        '00091',
        `${p} 24 (code "00091"): date "31/02/2026" is not a date — dates must be YYYY-MM-DD or DD/MM/YYYY`,
      ],
      [
        'error',
        'duplicate',
        25,
        '00004',
        `${p} 25 (code "00004"): "fibre_households_pct" of 2025 unit "00004" on 2026-06-30 repeats row 2 — each area, indicator and date may appear once per layout`,
      ],
      [
        'error',
        'bad-row',
        26,
        '00004',
        `${p} 26 (code "00004"): 3 fields, expected 8 as in the header — every row must have as many fields as the header (RFC 4180)`,
      ],
      ['error', 'non-numeric', 27, '00127', `${p} 27 (code "00127"): value "2,500" is not a number — ${comma}`],
    ]);
  });

  test('the accepted values: padded code, default units, aliases, layout words, Vietnamese dates, a trailing %', () => {
    const stats = 'Cục Thống kê (mẫu)';
    expect(result.values).toEqual([
      createValue({ indicator: 'fibre_households_pct', code: '00004', value: 87.5, unit: '%' }),
      createValue({
        indicator: 'fibre_households_pct',
        code: '00004',
        value: 91,
        unit: '%',
        level: 'ward2019',
        layout: '2019',
        date: '2024-12-31',
      }),
      createValue({ indicator: 'iot_connections', code: '00004', value: 1200, unit: 'kết nối' }),
      createValue({
        indicator: 'households',
        code: '001',
        value: 52000,
        unit: 'hộ',
        level: 'district2019',
        layout: '2019',
        date: '2024-12-31',
        source: stats,
      }),
      createValue({ indicator: 'Số trạm sạc xe điện', code: '00070', value: 12, unit: 'trạm', source: '' }),
      createValue({ indicator: 'fibre_households_pct', code: '00070', value: 95.5, unit: '%' }),
      createValue({ indicator: 'fibre_households_pct', code: '00091', value: 100, unit: '%' }),
      createValue({
        indicator: 'households',
        code: '00091',
        value: 1.234,
        unit: 'hộ',
        level: 'ward2019',
        layout: '2019',
        date: '2024-12-31',
        source: stats,
      }),
    ]);
  });

  test('the report counts every row and lists the indicators in order of first appearance', () => {
    const { indicators, ...counts } = result.report;
    expect(counts).toEqual({
      rows: 25,
      accepted: 8,
      rejected: 17,
      warnings: 4,
      delimiter: ',',
      decimalComma: false,
      layoutFrom: 'column',
    });
    expect(indicators).toEqual([
      { id: 'fibre_households_pct', unit: '%', kind: 'percent', count: 4, known: true },
      { id: 'iot_connections', unit: 'kết nối', kind: 'count', count: 1, known: true },
      { id: 'households', unit: 'hộ', kind: 'count', count: 2, known: true },
      { id: 'Số trạm sạc xe điện', unit: 'trạm', kind: 'count', count: 1, known: false },
    ]);
  });

  test('rows === accepted + rejected, and each rejected row has exactly one error', () => {
    expectEveryRowAccounted(result);
  });

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

  test('each issue keeps its column, value, line and data row (the blank line 10 makes line and data row differ)', () => {
    expect(result.issues.map((i) => [i.rule, i.column ?? null, i.value ?? null, i.line, i.dataRow])).toEqual([
      ['code-padded', 'code', '4', 4, 3],
      ['no-source', 'source', '', 6, 5],
      ['name-mismatch', 'name', 'Xuân La', 8, 7],
      ['fractional-count', 'value', '1.234', 9, 8],
      ['missing-code', 'code', '', 11, 9],
      ['bad-layout', 'layout', '2020', 12, 10],
      ['wrong-layout', 'code', '001', 13, 11],
      ['wrong-layout', 'code', '00001', 14, 12],
      ['unknown-code', 'code', '99999', 15, 13],
      ['unknown-code', 'code', '127', 16, 14],
      ['unknown-code', 'code', 'A12', 17, 15],
      ['missing-indicator', 'indicator', '', 18, 16],
      ['non-numeric', 'value', 'n/a', 19, 17],
      ['out-of-range', 'value', '104.5', 20, 18],
      ['out-of-range', 'value', '-3', 21, 19],
      ['missing-unit', 'unit', '', 22, 20],
      ['unit-mismatch', 'unit', 'cái', 23, 21],
      ['bad-date', 'date', '31/02/2026', 24, 22],
      ['duplicate', null, null, 25, 23],
      ['bad-row', null, '3', 26, 24],
      ['non-numeric', 'value', '2,500', 27, 25],
    ]);
  });
});

describe('formats as spreadsheets write them', () => {
  test('semicolons and decimal commas', () => {
    const text =
      'code;layout;indicator;value;unit;date;source\n00004;2025;fibre_households_pct;87,5;%;30/06/2026;S\n00070;2025;iot_per_person;0,75;;2026-06-30;S\n';
    const { values, report } = parseIndicatorCsv(text, createCatalogue(), { fileName: 's.csv' });
    expect(values.map((v) => [v.code, v.indicator, v.value, v.unit])).toEqual([
      ['00004', 'fibre_households_pct', 87.5, '%'],
      ['00070', 'iot_per_person', 0.75, 'kết nối/người'],
    ]);
    expect([report.delimiter, report.decimalComma, report.accepted]).toEqual([';', true, 2]);
  });

  test('a byte-order mark before the header', () => {
    const text = '\uFEFFcode,layout,indicator,value,unit,date,source\r\n00004,2025,households,3000,hộ,2026-06-30,S\r\n';
    const { values, issues } = parseIndicatorCsv(text, createCatalogue(), { fileName: 'b.csv' });
    expect([issues, values.map((v) => v.value)]).toEqual([[], [3000]]);
  });

  test('Vietnamese headers, any case and diacritics', () => {
    const text =
      'MÃ ĐVHC,Bố cục,Tên chỉ tiêu,Giá trị,Đơn vị,Ngày,Nguồn,Tên\n00091,cu,Số hộ có cáp quang,900,hộ,31/12/2024,S,Phường Phú Thượng\n';
    const { values, issues } = parseIndicatorCsv(text, createCatalogue(), { fileName: 'v.csv' });
    expect(issues).toEqual([]);
    expect(values).toEqual([
      createValue({
        indicator: 'fibre_households',
        code: '00091',
        value: 900,
        unit: 'hộ',
        level: 'ward2019',
        layout: '2019',
        date: '2024-12-31',
        source: 'S',
      }),
    ]);
  });

  test('a tab-delimited file', () => {
    const text =
      'ma\tlayout_year\tchi_tieu\tgia tri\tdon vi\tas_of\tnguon\n00070\tnew\thouseholds\t4100\thộ\t2026-06-30\tS\n';
    const { values, report } = parseIndicatorCsv(text, createCatalogue(), { fileName: 't.tsv' });
    expect([report.delimiter, values.map((v) => [v.code, v.layout, v.value])]).toEqual([
      '\t',
      [['00070', '2025', 4100]],
    ]);
  });
});

describe('the layout of a row', () => {
  const text =
    'code,indicator,value,date,source\n00004,households,3000,2026-06-30,S\n00001,households,2000,2026-06-30,S\n';

  test('without a layout column, options.layout applies to every row', () => {
    const result = parseIndicatorCsv(text, createCatalogue(), { fileName: 'o.csv', layout: '2019' });
    expect(result.values.map((v) => [v.level, v.code, v.unit])).toEqual([
      ['ward2019', '00004', 'hộ'],
      ['ward2019', '00001', 'hộ'],
    ]);
    expect(result.report.layoutFrom).toBe('option');
    expectEveryRowAccounted(result);
  });

  test('without a layout column or option, one file-level error refuses every row', () => {
    const { values, issues, report } = parseIndicatorCsv(text, createCatalogue(), { fileName: 'o.csv' });
    expect(issues.map((i) => [i.rule, i.index, i.message])).toEqual([
      [
        'missing-layout',
        null,
        'o.csv: the file has no layout column and no layout was chosen — give the layout (2025 or 2019) in a column "layout" or as an import option: ' +
          "since 1 July 2025 the 126 units reuse the 5-digit codes of 2019 wards (every unit's code is also an old ward's code: " +
          '00004 is Phường Ba Đình in 2025 and Phường Trúc Bạch in 2019), so a code alone does not say which area it means',
      ],
    ]);
    expect([values, report.rows, report.accepted, report.rejected, report.layoutFrom]).toEqual([[], 2, 0, 2, null]);
  });

  test('an empty layout cell falls back to the option; the column wins over it', () => {
    const mixed =
      'code,layout,indicator,value,date,source\n00004,,households,3000,2026-06-30,S\n00004,2019,households,2000,2026-06-30,S\n';
    const { values, report } = parseIndicatorCsv(mixed, createCatalogue(), { fileName: 'm.csv', layout: '2025' });
    expect([report.layoutFrom, values.map((v) => v.level)]).toEqual(['column', ['unit2025', 'ward2019']]);
  });

  test('a code that is only a 2025 unit, with layout 2019', () => {
    const catalogue = createCatalogue({ unit2025: [['10999', 'Thử Nghiệm']] });
    const { issues } = parseIndicatorCsv(
      'code,layout,indicator,value,date,source\n10999,2019,households,5,2024-12-31,S\n',
      catalogue,
      { fileName: 'w.csv' },
    );
    expect(issues.map((i) => [i.rule, i.message])).toEqual([
      [
        'wrong-layout',
        'w.csv: row 2 (code "10999"): code "10999" is a 2025 unit (Thử Nghiệm) but no 2019 ward — the 2025 units exist since 1 July 2025; set the layout to 2025',
      ],
    ]);
  });
});

describe('indicators and codes', () => {
  test.each([
    ['fibre_households_pct', 'fibre_households_pct'],
    ['Tỷ lệ hộ có cáp quang', 'fibre_households_pct'],
    ['Hộ có cáp quang (%)', 'fibre_households_pct'],
    ['FIBER HOUSEHOLDS', 'fibre_households'],
    ['Số kết nối IoT', 'iot_connections'],
    ['Kết nối IoT trên người', 'iot_per_person'],
    ['Households with fibre', 'fibre_households_pct'],
    ['  Trạm sạc xe điện ', 'Trạm sạc xe điện'],
  ])('indicator %j → %j', (written, id) => {
    expect(indicatorIdOf(written)).toBe(id);
  });

  test('codes of 1, 2 or 4 digits are padded to 5 with a warning, and the row is kept', () => {
    const catalogue = createCatalogue({ unit2025: [['01234', 'Thử Nghiệm']] });
    const text =
      'code,layout,indicator,value,date,source\n70,2025,households,10,2026-06-30,S\n1234,2025,households,20,2026-06-30,S\n';
    const { values, issues } = parseIndicatorCsv(text, catalogue, { fileName: 'z.csv' });
    expect(values.map((v) => [v.code, v.value])).toEqual([
      ['00070', 10],
      ['01234', 20],
    ]);
    expect(issues.map((i) => [i.severity, i.key, i.message])).toEqual([
      [
        'warning',
        '70',
        'z.csv: row 2 (code "70"): code "70" was read as "00070" — spreadsheets drop leading zeros; store GSO codes as text of 5 digits',
      ],
      [
        'warning',
        '1234',
        'z.csv: row 3 (code "1234"): code "1234" was read as "01234" — spreadsheets drop leading zeros; store GSO codes as text of 5 digits',
      ],
    ]);
  });

  test('a padded code that names no area says what it was read as', () => {
    const { issues } = parseIndicatorCsv(
      'code,layout,indicator,value,date,source\n99,2025,households,10,2026-06-30,S\n',
      createCatalogue(),
      { fileName: 'z.csv' },
    );
    expect(issues.map((i) => i.message)).toEqual([
      'z.csv: row 2 (code "99"): code "99" (read as "00099") is in neither layout — a code must be a 2025 unit, a 2019 ward or a 2019 district of Hà Nội',
    ]);
  });
});

describe('file-level problems', () => {
  test('a missing required column names the header variants, and no row is read', () => {
    const { values, issues, report } = parseIndicatorCsv(
      'code,layout,indicator,date\n00004,2025,households,2026-06-30\n',
      createCatalogue(),
      { fileName: 'c.csv' },
    );
    expect(issues.map((i) => [i.severity, i.rule, i.index, i.message])).toEqual([
      [
        'error',
        'missing-column',
        null,
        'c.csv: no column for "value" (header: code, layout, indicator, date) — name it one of value, giá trị, gia tri',
      ],
      [
        'warning',
        'no-source',
        null,
        'c.csv: the file has no source column — name where the figures come from in a column "source" or "nguồn"',
      ],
    ]);
    expect([values, report.rows, report.rejected]).toEqual([[], 1, 1]);
  });

  test('an empty file', () => {
    const { issues, report } = parseIndicatorCsv('\uFEFF\r\n\r\n', createCatalogue(), {
      fileName: 'e.csv',
      layout: '2025',
    });
    expect(issues.map((i) => i.message)).toEqual([
      'e.csv: the file has no header row — a CSV file must start with a header row',
    ]);
    expect([report.rows, report.accepted, report.rejected]).toEqual([0, 0, 0]);
  });

  test('a quote never closed loses the rest of the file, and says where', () => {
    const text =
      'code,layout,indicator,value,date,source\n00004,2025,households,10,2026-06-30,S\n"00070,2025,households,10,2026-06-30,S\n';
    const { values, issues } = parseIndicatorCsv(text, createCatalogue(), { fileName: 'q.csv' });
    expect(issues.map((i) => [i.rule, i.index, i.message])).toEqual([
      [
        'unterminated-quote',
        3,
        'q.csv: row 3: a quoted field is never closed — every opening quote needs a closing quote (RFC 4180)',
      ],
    ]);
    expect(values.length).toBe(1);
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

describe('real Hà Nội codes, end to end', () => {
  /** The catalogue from the raw boundary files, independently of the generated layers the fixtures came from. */
  function readRealCatalogue(): IndicatorAreaCatalogue {
    const props = (file: string): Record<string, string>[] =>
      (
        JSON.parse(readFileSync(rawPath(file), 'utf8')) as { features: { properties: Record<string, string> }[] }
      ).features.map((f) => f.properties);
    return {
      unit2025: new Map(props('admin/wards-2025.geojson').map((p) => [p['code']!, p['name']!])),
      ward2019: new Map(
        props('admin/wards-2019-lowres.geojson').map((p) => [p['ward_code']!, stripUnitType(p['ward_name']!)]),
      ),
      district2019: new Map(props('admin/districts-2019.geojson').map((p) => [p['district_code']!, p['short_name']!])),
    };
  }
  const areas = readRealCatalogue();

  test('hanoi-2025.csv: two indicators for each of the 126 units, no issue', () => {
    const result = parseIndicatorCsv(readFixture('hanoi-2025.csv'), areas, { fileName: 'hanoi-2025.csv' });
    expect(result.issues).toEqual([]);
    expect(result.report.indicators).toEqual([
      { id: 'fibre_households_pct', unit: '%', kind: 'percent', count: 126, known: true },
      { id: 'iot_connections', unit: 'kết nối', kind: 'count', count: 126, known: true },
    ]);
    expect(new Set(result.values.map((v) => v.code))).toEqual(new Set(areas.unit2025.keys()));
    const pct = result.values.filter((v) => v.indicator === 'fibre_households_pct').map((v) => v.value);
    expect(pct.every((v) => v >= 70 && v <= 100)).toBe(true);
    expect(pct.filter((v) => v === 100).length).toBeGreaterThan(0);
    expectEveryRowAccounted(result);
  });

  test('hanoi-2019-wards.csv (BOM, semicolons, Vietnamese headers): households and fibre for each of the 584 wards', () => {
    const result = parseIndicatorCsv(readFixture('hanoi-2019-wards.csv'), areas, { fileName: 'hanoi-2019-wards.csv' });
    expect(result.issues).toEqual([]);
    expect([result.report.delimiter, result.report.accepted]).toEqual([';', 1168]);
    expect(new Set(result.values.map((v) => `${v.level} ${v.code}`)).size).toBe(584);
    expect(
      result.values.every((v) => v.level === 'ward2019' && v.date === '2024-12-31' && v.source.includes('mẫu')),
    ).toBe(true);
    const households = new Map(result.values.filter((v) => v.indicator === 'households').map((v) => [v.code, v.value]));
    expect(
      result.values.filter((v) => v.indicator === 'fibre_households').every((v) => v.value <= households.get(v.code)!),
    ).toBe(true);
  });
});
