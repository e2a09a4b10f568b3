/**
 * Row-level errors of the project CSV import: one exact message per rejected row and per problem of a row, each
 * placed by its line and data row, and the rows that pass becoming sites.
 */
import { describe, expect, test } from 'vitest';
import { createSite } from '../../../test/support/site-import.js';
import { readImportFixture } from '../../../test/support/import-fixtures.js';
import { importSitesText } from './import-sites.js';

describe('project CSV: every class of bad row', () => {
  const source = 'sites-bad-rows.csv';
  const result = importSitesText(readImportFixture(source), { source });

  test('one exact message per rejected row, rows numbered with the header as row 1', () => {
    const p = `${source}: row`;
    expect(result.report.rejected.map((i) => [i.rule, i.index, i.message])).toEqual([
      [
        'csv-field-count',
        3,
        `${p} 3: 5 fields, expected 12 as in the header — every row must have as many fields as the header (RFC 4180)`,
      ],
      ['site-id-missing', 4, `${p} 4: id "" — every site needs an id`],
      ['site-id-duplicate', 5, `${p} 5 (id "A1"): id "A1" repeats row 2 — site ids must be unique`],
      [
        'site-coordinate-invalid',
        6,
        `${p} 6 (id "A3"): position ["abc", "21.03"] is not a pair of numbers — lng and lat must be finite numbers in WGS84 degrees`,
      ],
      [
        'site-coordinate-outside',
        7,
        `${p} 7 (id "A4"): position [21.03, 105.85] is outside Hà Nội — latitude and longitude look swapped`,
      ],
      [
        'site-coordinate-outside',
        8,
        `${p} 8 (id "A5"): position [106.7, 10.78] is outside Hà Nội — a site must lie in or near Hà Nội (lon 105.2–106.1, lat 20.5–21.5)`,
      ],
      [
        'site-operator-unknown',
        9,
        `${p} 9 (id "A6"): operator "Gmobile" is unknown — operator must be one of viettel, vnpt, mobifone, vietnamobile`,
      ],
      [
        'site-technology-unknown',
        10,
        `${p} 10 (id "A7"): technology "3G" is unknown — technologies must be among 4G, 5G`,
      ],
      [
        'site-band-not-modelled',
        11,
        `${p} 11 (id "A8"): band "B7" (LTE B7, 2500–2690 MHz) is not modelled — the coverage model knows B28 700, B8 900, B3 1800, B1 2100 MHz (4G) and n28 700, n41 2600, n78 3500 MHz (5G)`,
      ],
      [
        'site-band-technology',
        12,
        `${p} 12 (id "A9"): band "n78" is 5G but the site's technologies are 4G — each band must belong to one of the site's technologies`,
      ],
      [
        'site-height-invalid',
        13,
        `${p} 13 (id "A10"): antenna height "400" — height must be a number of metres above 0 and at most 300`,
      ],
      [
        'site-range-invalid',
        14,
        `${p} 14 (id "A11"): range "-5" m — a range override must be above 0 and at most 50000 m`,
      ],
      ['site-range-invalid', 15, `${p} 15 (id "A12"): range "far" — a range override must be a number of metres`],
      ['site-azimuth-invalid', 16, `${p} 16 (id "A13"): azimuth 360 — azimuths must be degrees in [0, 360)`],
      [
        'site-date-invalid',
        17,
        `${p} 17 (id "A14"): on-air date "31/02/2021" is not a date — dates must be YYYY-MM-DD or DD/MM/YYYY`,
      ],
      [
        'site-sample-invalid',
        18,
        `${p} 18 (id "A15"): sample "maybe" is not true or false — sample must be true, false, 1, 0 or empty`,
      ],
    ]);
  });

  test('good rows become sites, with names, radios, band case and Vietnamese dates normalised', () => {
    expect(result.sites).toEqual([
      createSite({
        id: 'A1',
        operator: 'viettel',
        lng: 105.85,
        lat: 21.03,
        technologies: ['4G', '5G'],
        bands: ['B3', 'n78'],
        azimuthsDeg: [0, 120, 240],
        onAir: '2021-03-15',
        onAir5g: '2024-10-01',
      }),
      createSite({
        id: 'A16, "Tower"',
        operator: 'vnpt',
        lng: 105.83,
        lat: 21.01,
        bands: ['B3'],
        heightM: 25,
        azimuthsDeg: [0, 180],
        onAir: '2020-06-15',
        rangeM: 1200,
      }),
      createSite({
        id: 'A17',
        operator: 'vnpt',
        lng: 105.84,
        lat: 21.04,
        technologies: ['4G', '5G'],
        bands: ['B1', 'n78'],
        heightM: 35,
        azimuthsDeg: [90],
        onAir: '2019-01-02',
        onAir5g: '2025-02-03',
        sample: true,
      }),
    ]);
  });

  test('every data row is accepted or rejected: nothing is dropped silently', () => {
    const { rows, accepted, rejected, fileErrors, warnings } = result.report;
    expect([rows, accepted, rejected.length, fileErrors, warnings]).toEqual([19, 3, 16, [], []]);
  });
});

describe('every problem of a row, placed by line and data row', () => {
  const text =
    'Mã trạm;Nhà mạng;Kinh độ;Vĩ độ;Công nghệ;Băng tần;Độ cao;Hướng anten\r\n' +
    'H1;Viettel;105,85;21,03;4G;L1800;30;omni\r\n' +
    '"H2\r\nB";Gmobile;105,85;21,03;4G;NR3500;-4;0 400\r\n' +
    '\r\n' +
    'H3;Viettel;105,85;21,03;4G;B3;30;0-360\r\n';
  const { sites, report } = importSitesText(text, { source: 'op.csv' });

  test('one error per problem, each with its column as written, its value, line and data row; the row counts once', () => {
    expect(report.rejected.map((i) => [i.rule, i.column, i.value, i.line, i.dataRow, i.message, i.vi])).toEqual([
      [
        'site-operator-unknown',
        'Nhà mạng',
        'Gmobile',
        3,
        2,
        'op.csv: row 3 (id "H2\r\nB"): operator "Gmobile" is unknown — operator must be one of viettel, vnpt, mobifone, vietnamobile',
        'op.csv: dòng 3 (mã "H2\r\nB"): nhà mạng "Gmobile" không nhận ra — nhà mạng phải là một trong viettel, vnpt, mobifone, vietnamobile',
      ],
      [
        'site-band-technology',
        'Băng tần',
        'NR3500',
        3,
        2,
        'op.csv: row 3 (id "H2\r\nB"): band "NR3500" (n78) is 5G but the site\'s technologies are 4G — each band must belong to one of the site\'s technologies',
        'op.csv: dòng 3 (mã "H2\r\nB"): băng tần "NR3500" (n78) thuộc 5G nhưng công nghệ của trạm là 4G — mỗi băng tần phải thuộc một công nghệ của trạm',
      ],
      [
        'site-height-invalid',
        'Độ cao',
        '-4',
        3,
        2,
        'op.csv: row 3 (id "H2\r\nB"): antenna height "-4" — height must be a number of metres above 0 and at most 300',
        'op.csv: dòng 3 (mã "H2\r\nB"): độ cao anten "-4" — độ cao phải là số mét lớn hơn 0 và không quá 300',
      ],
      [
        'site-azimuth-invalid',
        'Hướng anten',
        '400',
        3,
        2,
        'op.csv: row 3 (id "H2\r\nB"): azimuth 400 — azimuths must be degrees in [0, 360)',
        'op.csv: dòng 3 (mã "H2\r\nB"): góc phương vị 400 — góc phương vị phải là số độ trong [0, 360)',
      ],
    ]);
    expect([report.rows, report.accepted, report.rejectedRows]).toEqual([3, 2, 1]);
  });

  test('a record after a multi-line record and a blank line keeps its own line and data row', () => {
    const again = importSitesText(text.replace('H3;Viettel', 'H3;Nokia'), { source: 'op.csv' });
    expect(again.report.rejected.filter((i) => i.key === 'H3').map((i) => [i.line, i.dataRow])).toEqual([[6, 3]]);
  });

  test('MHz labels and omni azimuths are read', () => {
    expect(sites.map((s) => [s.id, s.bands, s.azimuthsDeg])).toEqual([
      ['H1', ['B3'], []],
      ['H3', ['B3'], []],
    ]);
  });

  test('a field-count error carries its line and data row', () => {
    const { report } = importSitesText('id,operator,lon,lat\nA,Viettel,105.8\n', { source: 'f.csv' });
    expect(report.rejected.map((i) => [i.line, i.dataRow, i.message, i.vi])).toEqual([
      [
        2,
        1,
        'f.csv: row 2: 3 fields, expected 4 as in the header — every row must have as many fields as the header (RFC 4180)',
        'f.csv: dòng 2: 3 trường, cần 4 như dòng tiêu đề — mỗi dòng phải có số trường bằng dòng tiêu đề (RFC 4180)',
      ],
    ]);
  });
});
