/**
 * Site lists saved by Excel and other spreadsheets: byte order mark, semicolons and decimal commas, CRLF, quoted
 * fields, Vietnamese headers, tab-delimited text.
 */
import { describe, expect, test } from 'vitest';
import { createSite } from '../../../test/support/site-import.js';
import { readImportFixture } from '../../../test/support/import-fixtures.js';
import { importSitesText } from './import-sites.js';

describe("Excel's habits", () => {
  const source = 'sites-excel-semicolon.csv';
  const text = readImportFixture(source);

  test('BOM, semicolons, decimal commas, CRLF, quoted delimiters, quotes and line breaks, trailing empty lines', () => {
    const { sites, report } = importSitesText(text, { source });
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(sites).toEqual([
      createSite({
        id: 'HN-001',
        operator: 'viettel',
        lng: 105.8523,
        lat: 21.0285,
        bands: ['B3'],
        azimuthsDeg: [0, 120, 240],
        onAir: '2021-03-15',
      }),
      createSite({
        id: 'HN-002',
        operator: 'mobifone',
        lng: 105.7801,
        lat: 21.0312,
        technologies: ['4G', '5G'],
        bands: ['B3', 'n78'],
        heightM: 42.5,
        azimuthsDeg: [90],
        onAir: '2020-01-01',
        onAir5g: '2024-12-01',
        rangeM: 850.5,
      }),
      createSite({ id: 'HN-003', operator: 'vietnamobile', lng: 105.9, lat: 21.1, bands: ['B1'], heightM: 18 }),
    ]);
    expect([report.delimiter, report.decimalSeparator, report.rows, report.rejected, report.fileErrors]).toEqual([
      ';',
      ',',
      3,
      [],
      [],
    ]);
  });

  test('Vietnamese headers are mapped and the unknown one is offered to the mapping dialog', () => {
    const { mapping } = importSitesText(text, { source }).report;
    expect(mapping?.columns).toEqual({
      id: 0,
      operator: 1,
      lng: 2,
      lat: 3,
      technologies: 4,
      bands: 5,
      heightM: 6,
      azimuthsDeg: 7,
      onAir: 8,
      onAir5g: 9,
      rangeM: 10,
      sample: null,
      towerId: null,
    });
    expect(mapping?.unknownHeaders).toEqual(['Ghi chú']);
  });

  test('tab-delimited text', () => {
    const { sites, report } = importSitesText(
      'site\tcarrier\tlongitude\tlatitude\ttech\nT1\tViettel\t105,85\t21,03\tNR 4G\n',
      { source: 't.tsv' },
    );
    expect(report.delimiter).toBe('\t');
    expect(sites).toEqual([
      createSite({ id: 'T1', operator: 'viettel', lng: 105.85, lat: 21.03, technologies: ['5G', '4G'] }),
    ]);
  });

  test('a comma inside quotes in the header does not make the file comma-delimited', () => {
    const { report } = importSitesText(
      '"id";"operator";lon;lat;tech;"note, free text"\nQ1;Viettel;105,85;21,03;4G;x\n',
      { source: 'q.csv' },
    );
    expect([report.delimiter, report.accepted, report.mapping?.unknownHeaders]).toEqual([';', 1, ['note, free text']]);
  });
});
