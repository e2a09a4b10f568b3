/**
 * File-level problems of a site import, each naming the file: a required column with no mapping (and the user's
 * mapping that completes it), an empty file, a header with no rows, a quote never closed.
 */
import { describe, expect, test } from 'vitest';
import { createSite } from '../../../test/support/site-import.js';
import { importSitesText } from './import-sites.js';

describe('file-level problems', () => {
  test('a required column that cannot be mapped names the field and the headers seen', () => {
    const { sites, report } = importSitesText('code,company,longitude,latitude,radio\nA,Viettel,105.8,21,LTE\n', {
      source: 'm.csv',
    });
    expect(report.fileErrors.map((i) => [i.rule, i.index, i.message])).toEqual([
      [
        'import-column-missing',
        null,
        'm.csv: no column for "id" (header: code, company, longitude, latitude, radio) — name it one of id, site id, site, site code, station id, bts id, cell site id, mã trạm, mã, mã site, tên trạm, or choose it in the mapping',
      ],
      [
        'import-column-missing',
        null,
        'm.csv: no column for "operator" (header: code, company, longitude, latitude, radio) — name it one of operator, nhà mạng, carrier, network, mạng, nhà cung cấp, operator id, doanh nghiệp, or choose it in the mapping',
      ],
    ]);
    expect([sites, report.rows, report.rejected]).toEqual([[], 1, []]);
  });

  test("the user's mapping completes the columns", () => {
    const text = 'code,company,longitude,latitude,radio\nA,Viettel,105.8,21,LTE\n';
    const { sites, report } = importSitesText(text, { source: 'm.csv', mapping: { id: 0, operator: 1 } });
    expect([report.fileErrors, report.mapping?.unknownHeaders]).toEqual([[], []]);
    expect(sites).toEqual([createSite({ id: 'A', operator: 'viettel', lng: 105.8, lat: 21 })]);
  });

  test('an empty file', () => {
    expect(importSitesText('\uFEFF\r\n\r\n', { source: 'e.csv' }).report.fileErrors.map((i) => i.message)).toEqual([
      'e.csv: the file has no header row — a CSV file must start with a header row',
    ]);
  });

  test('a quote never closed', () => {
    const { report } = importSitesText('id,operator,lon,lat,tech\nA,Viettel,105.8,21,4G\n"B,Viettel,105.8,21,4G\n', {
      source: 'u.csv',
    });
    expect(report.fileErrors.map((i) => [i.index, i.message])).toEqual([
      [3, 'u.csv: row 3: a quoted field is never closed — every opening quote needs a closing quote (RFC 4180)'],
    ]);
    expect(report.accepted).toBe(1);
  });
});

describe('empty and header-only files name the file', () => {
  test.each([
    ['', 'e.csv'],
    ['\uFEFF\r\n\r\n', 'e.csv'],
  ])('empty %j', (text, source) => {
    expect(importSitesText(text, { source }).report.fileErrors.map((i) => [i.rule, i.message, i.vi])).toEqual([
      [
        'csv-empty',
        'e.csv: the file has no header row — a CSV file must start with a header row',
        'e.csv: tệp không có dòng tiêu đề — tệp CSV phải bắt đầu bằng một dòng tiêu đề',
      ],
    ]);
  });

  test.each([
    ['a project header', 'id;operator;lon;lat\r\n'],
    [
      'an OpenCelliD header',
      'radio,mcc,net,area,cell,unit,lon,lat,range,samples,changeable,created,updated,averageSignal\n',
    ],
  ])('%s and no rows', (_, text) => {
    const { sites, report } = importSitesText(text, { source: 'h.csv' });
    expect([sites, report.rows, report.fileErrors.map((i) => [i.rule, i.message, i.vi])]).toEqual([
      [],
      0,
      [
        [
          'csv-no-data',
          'h.csv: the file has a header row but no data rows — a site list needs one row per site below the header',
          'h.csv: tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào — danh sách trạm cần mỗi trạm một dòng bên dưới dòng tiêu đề',
        ],
      ],
    ]);
  });
});
