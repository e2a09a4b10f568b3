import { describe, expect, test } from 'vitest';
import type { Site } from '../../domain/telecom.js';
import { sitesToCsv, sitesToGeoJson } from './export-sites.js';
import { importSitesGeoJson } from './geojson-sites.js';
import { importSitesText } from './import-sites.js';

/**
 * Sites exercising every field: lists, null and set dates, null and set ranges, awkward text, both sample values,
 * tower ids absent, with a leading zero and a space, and one a spreadsheet would run as a formula (`-12`).
 */
function createSites(): Site[] {
  return [
    {
      id: 'A-1',
      operator: 'viettel',
      lng: 105.85231234567891,
      lat: 21.028512345678,
      technologies: ['4G', '5G'],
      bands: ['B3', 'B1', 'n78'],
      heightM: 32.5,
      azimuthsDeg: [0, 120.5, 240],
      onAir: '2019-05-01',
      onAir5g: '2024-10-15',
      rangeM: 850.25,
      sample: false,
      towerId: 'HN 0012',
    },
    {
      id: '=HYPERLINK("x")',
      operator: 'vnpt',
      lng: 105.8,
      lat: 21,
      technologies: ['4G'],
      bands: [],
      heightM: 30,
      azimuthsDeg: [],
      onAir: null,
      onAir5g: null,
      rangeM: null,
      sample: true,
    },
    {
      id: 'site, "quoted"\nline',
      operator: 'mobifone',
      lng: 105.9,
      lat: 21.1,
      technologies: ['5G'],
      bands: ['n41'],
      heightM: 299.99,
      azimuthsDeg: [359.9],
      onAir: null,
      onAir5g: '2025-01-01',
      rangeM: 50000,
      sample: false,
      towerId: 'T-7',
    },
    {
      id: "'=already guarded",
      operator: 'vietnamobile',
      lng: 105.7,
      lat: 20.9,
      technologies: ['4G'],
      bands: ['B8'],
      heightM: 0.5,
      azimuthsDeg: [10, 20],
      onAir: '2000-02-29',
      onAir5g: null,
      rangeM: 1,
      sample: false,
      towerId: '-12',
    },
  ];
}

describe('export → import is lossless', () => {
  test('CSV: every Site field comes back identical', () => {
    const sites = createSites();
    const { sites: back, report } = importSitesText(sitesToCsv(sites), { source: 'export.csv' });
    expect([report.rejected, report.fileErrors, report.mapping?.unknownHeaders]).toEqual([[], [], []]);
    expect(back).toStrictEqual(sites);
  });

  test('GeoJSON: every Site field comes back identical', () => {
    const sites = createSites();
    const { sites: back, report } = importSitesGeoJson(JSON.stringify(sitesToGeoJson(sites)), {
      source: 'export.geojson',
    });
    expect([report.rejected, report.fileErrors]).toEqual([[], []]);
    expect(back).toStrictEqual(sites);
  });
});

describe('sitesToCsv', () => {
  test('UTF-8 BOM, CRLF, RFC 4180 quoting and the formula guard', () => {
    expect(sitesToCsv(createSites().slice(1, 3))).toBe(
      '\uFEFFid,operator,lon,lat,technologies,bands,height_m,azimuths,on_air,on_air_5g,range_m,sample,tower_id\r\n' +
        '"\'=HYPERLINK(""x"")",vnpt,105.8,21,4G,,30,,,,,true,\r\n' +
        '"site, ""quoted""\nline",mobifone,105.9,21.1,5G,n41,299.99,359.9,,2025-01-01,50000,false,T-7\r\n',
    );
  });
});
