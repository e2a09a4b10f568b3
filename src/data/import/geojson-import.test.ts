import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distanceM } from '../../analysis/geodesy';
import { readFgb } from '../fgb-read';
import { writeFgb } from '../fgb-write';
import { importCablesGeoJson } from './cable-import';
import { importCoverageGeoJson, importCoverageFeatures } from './coverage-import';
import { sitesToGeoJson } from './export-sites';
import { importSiteFeatures, importSitesGeoJson } from './geojson-sites';

const readFixture = (file: string): string => readFileSync(`test/fixtures/import/${file}`, 'utf8');
const messages = (issues: readonly { rule: string; index: number | null; message: string }[]) => issues.map((i) => [i.rule, i.index, i.message]);

describe('GeoJSON site lists', () => {
  const source = 'sites.geojson';
  const { sites, report } = importSitesGeoJson(readFixture(source), { source });

  test('one exact message per rejected feature, features numbered from 0', () => {
    expect(messages(report.rejected)).toEqual([
      ['geometry-type', 1, 'sites.geojson: feature 1: geometry type is "LineString" — expected Point'],
      ['site-id-duplicate', 3, 'sites.geojson: feature 3 (id "G1"): id "G1" repeats feature 0 — site ids must be unique'],
      ['site-operator-unknown', 4, 'sites.geojson: feature 4 (id "G4"): operator "S-Fone" is unknown — operator must be one of viettel, vnpt, mobifone, vietnamobile'],
      ['site-coordinate-outside', 5, 'sites.geojson: feature 5 (id "G5"): position [21.03, 105.85] is outside Hà Nội — latitude and longitude look swapped'],
      ['site-date-invalid', 6, 'sites.geojson: feature 6 (id "G6"): on-air date "2021-13-01" is not a date — dates must be YYYY-MM-DD or DD/MM/YYYY'],
    ]);
    expect([report.rows, report.accepted, report.format]).toEqual([7, 2, 'geojson']);
  });

  test('header-variant property names, and a VN-2000 position converted', () => {
    expect(sites[0]).toEqual({
      id: 'G1', operator: 'viettel', lng: 105.85, lat: 21.03, technologies: ['4G', '5G'], bands: ['B3', 'n78'], heightM: 35,
      azimuthsDeg: [0, 120, 240], onAir: '2020-01-02', onAir5g: null, rangeM: null, sample: false,
    });
    expect(sites[1]!.id).toBe('G2');
    expect(distanceM([sites[1]!.lng, sites[1]!.lat], [105.8523, 21.0285])).toBeLessThan(0.05);
    expect([report.coordinates.system, report.mapping?.unknownHeaders]).toEqual(['mixed', ['note']]);
  });

  test('a file without an operator property is a file-level error', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [105.8, 21] }, properties: { id: 'X' } }] });
    expect(importSitesGeoJson(text, { source: 'x.geojson' }).report.fileErrors.map((i) => i.message)).toEqual([
      'x.geojson: no property for "operator" (properties: id) — name it one of operator, nhà mạng, carrier, network, mạng, nhà cung cấp, operator id, doanh nghiệp, or choose it in the mapping',
    ]);
  });

  test('invalid JSON uses the project GeoJSON reader\'s message', () => {
    expect(importSitesGeoJson('{"type":', { source: 'j.geojson' }).report.fileErrors.map((i) => i.rule)).toEqual(['json-invalid']);
  });

  test('FlatGeobuf features read by readFgb import as the GeoJSON would', async () => {
    const fc = sitesToGeoJson(sites);
    const read = await readFgb(writeFgb(fc));
    const fromFgb = importSiteFeatures(read.features, { source: 'sites.fgb' });
    expect([fromFgb.sites, fromFgb.report.format, fromFgb.report.rejected]).toEqual([sites, 'flatgeobuf', []]);
  });
});

describe('coverage polygons', () => {
  const source = 'coverage.geojson';
  const result = importCoverageGeoJson(readFixture(source), source);

  test('operator and technology per feature, one item per technology listed', () => {
    expect(result.items.map((i) => [i.operator, i.tech, i.geometry.type])).toEqual([
      ['viettel', '5G', 'Polygon'], ['vnpt', '4G', 'MultiPolygon'], ['vnpt', '5G', 'MultiPolygon'],
    ]);
  });

  test('one exact message per rejected feature', () => {
    expect(messages(result.issues)).toEqual([
      ['coverage-operator-unknown', 1, 'coverage.geojson: feature 1: operator "Gmobile" is unknown — operator must be one of viettel, vnpt, mobifone, vietnamobile'],
      ['coverage-technology-unknown', 3, 'coverage.geojson: feature 3: technology "3G" is unknown — technology must be 4G or 5G'],
      ['geometry-type', 4, 'coverage.geojson: feature 4: geometry type is "Point" — expected Polygon or MultiPolygon'],
    ]);
  });

  test('parsed features give the same items', () => {
    const features = (JSON.parse(readFixture(source)) as { features: GeoJSON.Feature[] }).features;
    expect(importCoverageFeatures(features, source)).toEqual(result);
  });
});

describe('cable segments', () => {
  const source = 'cables.geojson';
  const result = importCablesGeoJson(readFixture(source), source);

  test('status and done date normalised, length on the ellipsoid', () => {
    expect(result.features.map((f) => ({ ...f.properties, lengthM: Math.round(f.properties.lengthM) }))).toEqual([
      { id: 'C1', status: 'done', highway: 'primary', lengthM: 152, doneDate: '2024-05-15', sample: false },
      { id: 'C2', status: 'planned-2025', highway: '', lengthM: 152, doneDate: null, sample: false },
    ]);
  });

  test('one exact message per rejected feature', () => {
    expect(messages(result.issues)).toEqual([
      ['cable-id-missing', 2, 'cables.geojson: feature 2: id is missing — every segment needs an id'],
      ['cable-id-duplicate', 3, 'cables.geojson: feature 3 (id "C1"): id "C1" is also used by feature 0 — segment ids must be unique'],
      ['cable-status-unknown', 4, 'cables.geojson: feature 4 (id "C5"): status "soon" is unknown — status must be one of done, planned-2025, planned-2026-2030'],
      ['cable-date-status', 5, 'cables.geojson: feature 5 (id "C6"): done date "2024-05-01" is set but status is "planned-2025" — only done segments have a done date'],
      ['cable-date-invalid', 6, 'cables.geojson: feature 6 (id "C7"): done date "2024-13-01" is not a date — dates must be YYYY-MM-DD or DD/MM/YYYY'],
      ['geometry-type', 7, 'cables.geojson: feature 7: geometry type is "Polygon" — expected LineString'],
    ]);
  });
});
