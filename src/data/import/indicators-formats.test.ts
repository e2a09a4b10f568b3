/**
 * How the indicator import reads files as spreadsheets write them (delimiters, decimal commas, byte-order marks,
 * Vietnamese headers) and the file-level problems that stop it: a missing column, an empty file, an open quote.
 */
import { describe, expect, test } from 'vitest';
import { createCatalogue, createValue } from '../../../test/support/indicator-csv.js';
import { parseIndicatorCsv } from './indicators.js';

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
