/**
 * The indicator CSV import on the `bad-rows.csv` fixture: one English message per rejected row, warnings on kept
 * rows, the accepted values, the report's counts and where each issue points. Its Vietnamese texts are checked in
 * `indicators-vietnamese.test.ts`.
 */
import { describe, expect, test } from 'vitest';
import {
  createCatalogue,
  createValue,
  expectEveryRowAccounted,
  readIndicatorFixture,
} from '../../../test/support/indicator-csv.js';
import { parseIndicatorCsv } from './indicators.js';

describe('bad-rows.csv: one message per rejected row, warnings on kept rows', () => {
  const file = 'bad-rows.csv';
  const result = parseIndicatorCsv(readIndicatorFixture(file), createCatalogue(), { fileName: file });
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
