/** Site lists from GeoJSON and FlatGeobuf: exact messages per rejected feature, property names, the VN-2000 choice. */
import { describe, expect, test } from 'vitest';
import { createCollectionText } from '../../../test/support/geojson-layer.js';
import { issueMessages, readImportFixture } from '../../../test/support/import-fixtures.js';
import { distanceM } from '../../analysis/geodesy.js';
import { readFgb } from '../fgb-read.js';
import { writeFgb } from '../fgb-write.js';
import { sitesToGeoJson } from './export-sites.js';
import { importSiteFeatures, importSitesGeoJson } from './geojson-sites.js';

describe('GeoJSON site lists', () => {
  const source = 'sites.geojson';
  const { report } = importSitesGeoJson(readImportFixture(source), { source });

  test('one exact message per rejected feature, features numbered from 0', () => {
    expect(issueMessages(report.rejected)).toEqual([
      ['geometry-type', 1, 'sites.geojson: feature 1: geometry type is "LineString" — expected Point'],
      [
        'coords-crs-undeclared',
        2,
        'sites.geojson: feature 2 (id "G2"): position 588394.4421, 2326344.2562 is in projected metres (beyond ±1000) and the file does not say which system — metres are converted only when the system is known: choose VN-2000 in the dialog, or --crs vn2000 on the command line, to read them as VN-2000 / TM-3 105°00′ (Hà Nội, k 0.9999, EPSG:5897; datum shift EPSG:6960)',
      ],
      [
        'site-id-duplicate',
        3,
        'sites.geojson: feature 3 (id "G1"): id "G1" repeats feature 0 — site ids must be unique',
      ],
      [
        'site-operator-unknown',
        4,
        'sites.geojson: feature 4 (id "G4"): operator "S-Fone" is unknown — operator must be one of viettel, vnpt, mobifone, vietnamobile',
      ],
      [
        'site-coordinate-outside',
        5,
        'sites.geojson: feature 5 (id "G5"): position [21.03, 105.85] is outside Hà Nội — latitude and longitude look swapped',
      ],
      [
        'site-date-invalid',
        6,
        'sites.geojson: feature 6 (id "G6"): on-air date "2021-13-01" is not a date — dates must be YYYY-MM-DD or DD/MM/YYYY',
      ],
    ]);
    expect([report.rows, report.accepted, report.format]).toEqual([7, 1, 'geojson']);
    expect([report.coordinates.heldRows, report.coordinates.heldSample]).toEqual([1, [2]]);
  });

  test('header-variant property names, and a VN-2000 position converted once the user says VN-2000', () => {
    const { sites, report } = importSitesGeoJson(readImportFixture(source), { source, coordinates: 'vn2000' });
    expect(sites[0]).toEqual({
      id: 'G1',
      operator: 'viettel',
      lng: 105.85,
      lat: 21.03,
      technologies: ['4G', '5G'],
      bands: ['B3', 'n78'],
      heightM: 35,
      azimuthsDeg: [0, 120, 240],
      onAir: '2020-01-02',
      onAir5g: null,
      rangeM: null,
      sample: false,
    });
    expect(sites[1]!.id).toBe('G2');
    expect(distanceM([sites[1]!.lng, sites[1]!.lat], [105.8523, 21.0285])).toBeLessThan(0.05);
    expect([report.coordinates.system, report.mapping?.unknownHeaders]).toEqual(['mixed', ['note']]);
  });

  test('a file without an operator property is a file-level error', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [105.8, 21] }, properties: { id: 'X' } }],
    });
    expect(importSitesGeoJson(text, { source: 'x.geojson' }).report.fileErrors.map((i) => i.message)).toEqual([
      'x.geojson: no property for "operator" (properties: id) — name it one of operator, nhà mạng, carrier, network, mạng, nhà cung cấp, operator id, doanh nghiệp, or choose it in the mapping',
    ]);
  });

  test("invalid JSON uses the project GeoJSON reader's message", () => {
    expect(importSitesGeoJson('{"type":', { source: 'j.geojson' }).report.fileErrors.map((i) => i.rule)).toEqual([
      'json-invalid',
    ]);
  });

  test('FlatGeobuf features read by readFgb import as the GeoJSON would', async () => {
    const { sites } = importSitesGeoJson(readImportFixture(source), { source, coordinates: 'vn2000' });
    const fc = sitesToGeoJson(sites);
    const read = await readFgb(writeFgb(fc));
    const fromFgb = importSiteFeatures(read.features, { source: 'sites.fgb' });
    expect([fromFgb.sites, fromFgb.report.format, fromFgb.report.rejected]).toEqual([sites, 'flatgeobuf', []]);
  });
});

describe('GeoJSON site lists: reader and messages', () => {
  test('a missing property is named in both languages', () => {
    const text = createCollectionText([
      { type: 'Feature', geometry: { type: 'Point', coordinates: [105.8, 21] }, properties: { id: 'X' } },
    ]);
    expect(importSitesGeoJson(text, { source: 'x.geojson' }).report.fileErrors.map((i) => i.vi)).toEqual([
      'x.geojson: không có thuộc tính cho "operator" (các thuộc tính: id) — hãy đặt tên là một trong operator, nhà mạng, carrier, network, mạng, nhà cung cấp, operator id, doanh nghiệp, hoặc chọn trong bảng ánh xạ',
    ]);
  });

  test('a bare Point geometry is read as one feature (and refused for lack of properties, by name)', () => {
    const { report } = importSitesGeoJson(JSON.stringify({ type: 'Point', coordinates: [105.8, 21] }), {
      source: 'p.geojson',
    });
    expect([report.rows, report.warnings.map((i) => i.rule), report.fileErrors.map((i) => i.rule)]).toEqual([
      1,
      ['geojson-bare-geometry'],
      ['import-column-missing', 'import-column-missing'],
    ]);
  });
});
