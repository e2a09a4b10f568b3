/**
 * Which area and indicator a row of the indicator import names: the layout of a row (column, option or neither),
 * indicator ids from names and aliases, and GSO codes that lost their leading zeros.
 */
import { describe, expect, test } from 'vitest';
import { createCatalogue, expectEveryRowAccounted } from '../../../test/support/indicator-csv.js';
import { indicatorIdOf } from './indicator-rows.js';
import { parseIndicatorCsv } from './indicators.js';

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
