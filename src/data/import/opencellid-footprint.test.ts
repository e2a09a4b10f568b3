/**
 * Footprints of OpenCelliD sites: from the cells' `range` (largest, checked, capped) or modelled from the band the
 * radio and operator imply, with the notes that explain them.
 */
import { describe, expect, test } from 'vitest';
import { collect, createExport } from '../../../test/support/opencellid-cells.js';
import { issueTexts } from '../../../test/support/import-fixtures.js';
import { siteRangeM } from '../../analysis/coverage/model.js';
import { importSitesText } from './import-sites.js';
import { OCID_DEFAULT_BANDS, type OcidBandTable } from './opencellid-bands.js';

describe('footprint from range', () => {
  const range = { footprint: 'range' } as const;

  test("a site's range is the largest of its cells'; bands are still set", () => {
    const { rows } = collect(
      [
        { cell: 25600, range: 500 },
        { cell: 25601, range: 1200.5 },
      ],
      range,
    );
    expect([rows[0]!.raw.rangeM, rows[0]!.raw.bands]).toEqual([1200.5, ['B3']]);
  });

  test('empty, non-numeric, zero and negative ranges are row errors with the value', () => {
    const { rows, collector } = collect([{ range: '' }, { range: 'abc' }, { range: 0 }, { range: -5 }], range);
    expect(rows).toEqual([]);
    expect(collector.rejected.map((i) => [i.column, i.value, i.message, i.vi])).toEqual([
      [
        'range',
        '',
        'c.csv: row 2 (id "ocid-04-10001-25600"): range is empty — with footprints from OpenCelliD\'s range, range must be a number of metres above 0',
        'c.csv: dòng 2 (mã "ocid-04-10001-25600"): range trống — khi lấy vùng phủ theo range của OpenCelliD, range phải là số mét lớn hơn 0',
      ],
      [
        'range',
        'abc',
        'c.csv: row 3 (id "ocid-04-10001-25600"): range "abc" is not a positive number of metres — with footprints from OpenCelliD\'s range, range must be a number of metres above 0',
        'c.csv: dòng 3 (mã "ocid-04-10001-25600"): range "abc" không phải số mét dương — khi lấy vùng phủ theo range của OpenCelliD, range phải là số mét lớn hơn 0',
      ],
      [
        'range',
        '0',
        'c.csv: row 4 (id "ocid-04-10001-25600"): range "0" is not a positive number of metres — with footprints from OpenCelliD\'s range, range must be a number of metres above 0',
        'c.csv: dòng 4 (mã "ocid-04-10001-25600"): range "0" không phải số mét dương — khi lấy vùng phủ theo range của OpenCelliD, range phải là số mét lớn hơn 0',
      ],
      [
        'range',
        '-5',
        'c.csv: row 5 (id "ocid-04-10001-25600"): range "-5" is not a positive number of metres — with footprints from OpenCelliD\'s range, range must be a number of metres above 0',
        'c.csv: dòng 5 (mã "ocid-04-10001-25600"): range "-5" không phải số mét dương — khi lấy vùng phủ theo range của OpenCelliD, range phải là số mét lớn hơn 0',
      ],
    ]);
  });

  test('a range above 15,000 m is capped with a warning', () => {
    const { rows, rowWarnings } = collect([{ range: 40000 }], range);
    expect(rows[0]!.raw.rangeM).toBe(15000);
    expect(issueTexts(rowWarnings)).toEqual([
      [
        'c.csv: row 2 (id "ocid-04-10001-25600"): range "40000" m is above 15000 m: capped at 15000 m — a cell reaches at most 15000 m (the coverage model\'s largest range)',
        'c.csv: dòng 2 (mã "ocid-04-10001-25600"): range "40000" m vượt quá 15000 m: giảm xuống 15000 m — một ô phủ xa nhất 15000 m (bán kính lớn nhất của mô hình vùng phủ)',
      ],
    ]);
  });

  test('in model mode the range column is not read', () => {
    const { rows, collector } = collect([{ range: '' }]);
    expect([rows[0]!.raw.rangeM, collector.rejected]).toEqual([null, []]);
  });
});

describe('bands and footprints', () => {
  test('created is not an on-air date: a file-level note, on-air left unknown', () => {
    const { rows, warnings } = collect([{ created: 1500000000 }]);
    expect([rows[0]!.raw.onAir, rows[0]!.raw.onAir5g]).toEqual([null, null]);
    expect(issueTexts(warnings.filter((w) => w.rule === 'ocid-created-not-on-air'))).toEqual([
      [
        'c.csv: created is when OpenCelliD first heard of a cell, not when it went on air: on-air dates are left unknown — an on-air date must come from the operator',
        'c.csv: created là lúc OpenCelliD ghi nhận ô lần đầu, không phải ngày phát sóng: ngày phát sóng để trống — ngày phát sóng phải lấy từ nhà mạng',
      ],
    ]);
  });

  test('an NR cell of an operator without an NR band is reported: no modelled 5G footprint', () => {
    const { rows, rowWarnings } = collect([{ radio: 'NR', net: 5, cell: 4096 }]);
    expect([rows[0]!.raw.technologies, rows[0]!.raw.bands]).toEqual([['5G'], []]);
    expect(issueTexts(rowWarnings)).toEqual([
      [
        'c.csv: row 2 (id "ocid-05-10001-4096"): no NR band is known for vietnamobile: the cell has no modelled footprint — the band table (opencellid-bands.ts) gives a band per radio and operator',
        'c.csv: dòng 2 (mã "ocid-05-10001-4096"): không rõ băng tần NR của vietnamobile: ô này không có vùng phủ theo mô hình — bảng băng tần (opencellid-bands.ts) cho mỗi radio và nhà mạng một băng tần',
      ],
    ]);
  });

  test('a caller may pass its own band table', () => {
    const bands: OcidBandTable = { ...OCID_DEFAULT_BANDS, NR: { ...OCID_DEFAULT_BANDS.NR, viettel: 'n78' } };
    expect(collect([{ radio: 'NR', cell: 4096 }], { footprint: 'model', bands }).rows[0]!.raw.bands).toEqual(['n78']);
  });

  test('a site from a model-footprint import has a non-zero modelled range for each technology', () => {
    const { sites } = importSitesText(
      createExport([{ cell: 25600 }, { radio: 'NR', cell: 25600 * 16, lat: 21.0301 }]),
      { source: 'm.csv' },
    );
    expect(sites.map((s) => [s.technologies, s.bands])).toEqual([
      [
        ['4G', '5G'],
        ['B3', 'n41'],
      ],
    ]);
    expect(siteRangeM(sites[0]!, '4G', 'urban')).toBeGreaterThan(100);
    expect(siteRangeM(sites[0]!, '5G', 'urban')).toBeGreaterThan(100);
  });
});
