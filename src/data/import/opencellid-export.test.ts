/**
 * Whole OpenCelliD exports through `importSitesText`: a fixture with mixed MCC, MNC and radio (sites, notes,
 * warnings, errors and the row accounting) and an export without a header.
 */
import { describe, expect, test } from 'vitest';
import { readImportFixture } from '../../../test/support/import-fixtures.js';
import { importSitesText } from './import-sites.js';

describe('OpenCelliD export with mixed MCC, MNC and radio', () => {
  const source = 'opencellid-mixed.csv';
  const { sites, report } = importSitesText(readImportFixture(source), { source });

  test('LTE cells of one eNodeB are one site at their mean position; an NR cell without a usable id joins by distance', () => {
    expect(sites.map((s) => [s.id, s.operator, s.lng, s.lat, s.technologies, s.bands])).toEqual([
      ['ocid-04-enb-3', 'viettel', 105.8525375, 21.030025, ['4G', '5G'], ['B3', 'n41']],
      ['ocid-02-enb-11', 'vnpt', 105.8501, 21.03, ['4G'], ['B3']],
      ['ocid-01-enb-15', 'mobifone', 105.8, 21, ['4G'], ['B3']],
      ['ocid-05-enb-19', 'vietnamobile', 105.81, 21.01, ['4G'], ['B3']],
    ]);
  });

  test('unknown fields stay unknown: default height, omni, no on-air date, modelled range', () => {
    expect(sites[0]).toMatchObject({
      heightM: 30,
      azimuthsDeg: [],
      onAir: null,
      onAir5g: null,
      rangeM: null,
      sample: false,
    });
  });

  test('file-level notes and summaries come first, then one warning per row left out', () => {
    expect(report.warnings.map((i) => [i.rule, i.index, i.message])).toEqual([
      [
        'ocid-footprint',
        null,
        'opencellid-mixed.csv: footprints are modelled from the band implied by radio and operator (LTE: B3 1800 MHz (all four operators); NR: n41 2600 MHz (viettel), n78 3500 MHz (vnpt, mobifone), none (vietnamobile)) — OpenCelliD names no band; the table is in opencellid-bands.ts',
      ],
      [
        'ocid-created-not-on-air',
        null,
        'opencellid-mixed.csv: created is when OpenCelliD first heard of a cell, not when it went on air: on-air dates are left unknown — an on-air date must come from the operator',
      ],
      [
        'ocid-cells-grouped',
        null,
        'opencellid-mixed.csv: 8 cells grouped into 5 sites (sites started by eNodeB id 4, by gNodeB id 0, by distance 1; cells placed by eNodeB id 6, by gNodeB id 0, by distance 2) — LTE cells of one eNodeB (cell id ÷ 256) are one site, NR cells of one gNodeB (cell id ÷ 4096, an assumed 24-bit gNB id) are one site, other cells join a site of their operator whose first cell lies within 30 m',
      ],
      [
        'ocid-mcc-other',
        null,
        "opencellid-mixed.csv: 2 rows of other countries' networks left out (310: 1, 262: 1) — only Vietnam's networks (MCC 452) are imported",
      ],
      [
        'ocid-network-other',
        null,
        'opencellid-mixed.csv: 2 rows of networks that are not one of the four operators left out (452-07 Gmobile: 1, 452-08: 1) — the network code must be 01 MobiFone, 02 VinaPhone, 04 Viettel or 05 Vietnamobile',
      ],
      [
        'ocid-radio-not-4g5g',
        null,
        'opencellid-mixed.csv: 2 rows of GSM, UMTS or CDMA cells left out (GSM: 1, UMTS: 1) — only LTE (4G) and NR (5G) cells are imported',
      ],
      [
        'ocid-network-other',
        9,
        'opencellid-mixed.csv: row 9 (id "ocid-07-50001-6001"): net "7" (Gmobile) is not one of the four operators: the row is left out — the network code must be 01 MobiFone, 02 VinaPhone, 04 Viettel or 05 Vietnamobile',
      ],
      [
        'ocid-network-other',
        10,
        'opencellid-mixed.csv: row 10 (id "ocid-08-50001-6002"): net "8" is not one of the four operators: the row is left out — the network code must be 01 MobiFone, 02 VinaPhone, 04 Viettel or 05 Vietnamobile',
      ],
      [
        'ocid-radio-not-4g5g',
        11,
        'opencellid-mixed.csv: row 11 (id "ocid-04-10001-7001"): radio "GSM" is not 4G or 5G: the row is left out — only LTE (4G) and NR (5G) cells are imported',
      ],
      [
        'ocid-radio-not-4g5g',
        12,
        'opencellid-mixed.csv: row 12 (id "ocid-01-30001-7002"): radio "UMTS" is not 4G or 5G: the row is left out — only LTE (4G) and NR (5G) cells are imported',
      ],
      [
        'ocid-mcc-other',
        13,
        'opencellid-mixed.csv: row 13 (id "ocid-260-1-1"): mcc "310" is not Vietnam\'s: the row is left out — only Vietnam\'s networks (MCC 452) are imported',
      ],
      [
        'ocid-mcc-other',
        14,
        'opencellid-mixed.csv: row 14 (id "ocid-01-1-1"): mcc "262" is not Vietnam\'s: the row is left out — only Vietnam\'s networks (MCC 452) are imported',
      ],
      [
        'ocid-node-far',
        16,
        'opencellid-mixed.csv: row 16 (id "ocid-04-10001-1004"): eNodeB 3 of 452-04 lies 1144.7 km from row 2, its first cell: grouped by distance instead — cells of one eNodeB more than 2000 m apart are a conflict, not one site',
      ],
    ]);
  });

  test('bad rows are errors with the column and value', () => {
    const own = (i: (typeof report.rejected)[number]) =>
      i.rule.startsWith('site-') ? [] : [i.column ?? null, i.value ?? null]; // checkSites' details are its own
    expect(report.rejected.map((i) => [i.rule, i.index, ...own(i), i.message])).toEqual([
      [
        'ocid-value-invalid',
        15,
        'cell',
        'x',
        'opencellid-mixed.csv: row 15: cell "x" is not a whole number — OpenCelliD rows need whole numbers in mcc, net, area and cell, and numbers in lon and lat',
      ],
      [
        'site-coordinate-outside',
        16,
        'opencellid-mixed.csv: row 16 (id "ocid-04-10001-1004"): position [106.7, 10.78] is outside Hà Nội — a site must lie in or near Hà Nội (lon 105.2–106.1, lat 20.5–21.5)',
      ],
      [
        'csv-field-count',
        17,
        null,
        '3',
        'opencellid-mixed.csv: row 17: 3 fields, expected 14 as in the OpenCelliD format — every row must have as many fields as the header (RFC 4180)',
      ],
      [
        'ocid-value-invalid',
        18,
        'radio',
        'WIFI',
        'opencellid-mixed.csv: row 18 (id "ocid-04-10001-1005"): radio "WIFI" is unknown — radio must be GSM, UMTS, CDMA, LTE or NR',
      ],
    ]);
  });

  test('every row is accounted for: accepted + rejected + left out + merged', () => {
    const { rows, accepted, rejectedRows, leftOut, merged, format, mapping } = report;
    expect([format, mapping, rows, accepted + rejectedRows + leftOut + merged]).toEqual(['opencellid', null, 17, 17]);
  });
});

test('an OpenCelliD export without header is recognised by its first row, numbered from row 1', () => {
  const { sites, report } = importSitesText(readImportFixture('opencellid-noheader.csv'), { source: 'n.csv' });
  expect(sites.map((s) => [s.id, s.technologies, s.onAir, s.onAir5g])).toEqual([
    ['ocid-04-enb-3', ['4G', '5G'], null, null],
  ]);
  expect([report.format, report.rows, report.leftOut, report.merged, report.coordinates.reason]).toEqual([
    'opencellid',
    3,
    1,
    1,
    'every position is within ±1000 (first: row 1: 105.85, 21.03), so read as WGS84 [lng, lat] degrees',
  ]);
});
