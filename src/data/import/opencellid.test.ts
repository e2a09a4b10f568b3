import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importSitesText } from './import-sites';

const readFixture = (file: string): string => readFileSync(`test/fixtures/import/${file}`, 'utf8');

describe('OpenCelliD export with mixed MCC, MNC and radio', () => {
  const source = 'opencellid-mixed.csv';
  const { sites, report } = importSitesText(readFixture(source), { source });

  test('cells of one operator within 30 m are one site with the union of technologies and the earliest dates', () => {
    expect(sites.map((s) => [s.id, s.operator, s.lng, s.lat, s.technologies, s.onAir, s.onAir5g])).toEqual([
      ['ocid-04-10001-1001', 'viettel', 105.85, 21.03, ['4G', '5G'], '2014-05-13', '2023-11-14'],
      ['ocid-02-20001-3001', 'vnpt', 105.8501, 21.03, ['4G'], '2017-07-14', null],
      ['ocid-04-10001-1003', 'viettel', 105.86, 21.03, ['4G'], '2017-07-14', null],
      ['ocid-01-30001-4001', 'mobifone', 105.8, 21, ['4G'], null, null],
      ['ocid-05-40001-5001', 'vietnamobile', 105.81, 21.01, ['4G'], '2020-09-13', null],
    ]);
  });

  test('unknown fields are left to defaults: no band, default height, omni, modelled range', () => {
    expect(sites[0]).toMatchObject({ bands: [], heightM: 30, azimuthsDeg: [], rangeM: null, sample: false });
  });

  test('rows left out are counted once per file; bad rows are errors', () => {
    expect(report.warnings.map((i) => [i.rule, i.message])).toEqual([
      ['ocid-mcc-other', "opencellid-mixed.csv: 2 rows of other countries' networks left out (310: 1, 262: 1) — only Vietnam's networks (MCC 452) are imported"],
      ['ocid-network-other', 'opencellid-mixed.csv: 2 rows of networks that are not one of the four operators left out (452-07 Gmobile: 1, 452-08: 1) — the network code must be 01 MobiFone, 02 VinaPhone, 04 Viettel or 05 Vietnamobile'],
      ['ocid-radio-not-4g5g', 'opencellid-mixed.csv: 2 rows of GSM, UMTS or CDMA cells left out (GSM: 1, UMTS: 1) — only LTE (4G) and NR (5G) cells are imported'],
      ['ocid-cells-grouped', "opencellid-mixed.csv: 8 cells grouped into 6 sites (2 cells joined an earlier cell's site) — cells of one operator within 30 m of a site's first cell are one site"],
    ]);
    expect(report.rejected.map((i) => [i.rule, i.index, i.message])).toEqual([
      ['ocid-value-invalid', 15, 'opencellid-mixed.csv: row 15: cell "x" is not a number — OpenCelliD rows need numeric mcc, net, area, cell, lon, lat and created (Unix seconds)'],
      ['site-coordinate-outside', 16, 'opencellid-mixed.csv: row 16 (id "ocid-04-10001-1004"): position [106.7, 10.78] is outside Hà Nội — a site must lie in or near Hà Nội (lon 105.2–106.1, lat 20.5–21.5)'],
      ['csv-field-count', 17, 'opencellid-mixed.csv: row 17: 3 fields, expected 14 as in the OpenCelliD format — every row must have as many fields as the header (RFC 4180)'],
      ['ocid-value-invalid', 18, 'opencellid-mixed.csv: row 18 (id "ocid-04-10001-1005"): radio "WIFI" is unknown — radio must be GSM, UMTS, CDMA, LTE or NR'],
    ]);
  });

  test('every row is accounted for: accepted + rejected + left out + merged', () => {
    const { rows, accepted, rejected, leftOut, merged, format, mapping } = report;
    expect([format, mapping, rows, accepted + rejected.length + leftOut + merged]).toEqual(['opencellid', null, 17, 17]);
  });
});

test('an OpenCelliD export without header is recognised by its first row, numbered from row 1', () => {
  const { sites, report } = importSitesText(readFixture('opencellid-noheader.csv'), { source: 'n.csv' });
  expect(sites.map((s) => [s.id, s.technologies, s.onAir, s.onAir5g])).toEqual([['ocid-04-10001-1001', ['4G', '5G'], '2017-07-14', '2023-11-14']]);
  expect([report.format, report.rows, report.leftOut, report.merged, report.coordinates.reason]).toEqual([
    'opencellid', 3, 1, 1, 'every position is within ±1000 (first: row 1: 105.85, 21.03), so read as WGS84 [lng, lat] degrees',
  ]);
});
