import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distanceM } from '../../analysis/geodesy.js';
import { readFgb } from '../fgb-read.js';
import { writeFgb } from '../fgb-write.js';
import { importCablesGeoJson } from './cable-import.js';
import { importCoverageGeoJson, importCoverageFeatures } from './coverage-import.js';
import { sitesToGeoJson } from './export-sites.js';
import { importSiteFeatures, importSitesGeoJson } from './geojson-sites.js';

const readFixture = (file: string): string => readFileSync(`test/fixtures/import/${file}`, 'utf8');
const messages = (issues: readonly { rule: string; index: number | null; message: string }[]) =>
  issues.map((i) => [i.rule, i.index, i.message]);

describe('GeoJSON site lists', () => {
  const source = 'sites.geojson';
  const { report } = importSitesGeoJson(readFixture(source), { source });

  test('one exact message per rejected feature, features numbered from 0', () => {
    expect(messages(report.rejected)).toEqual([
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
    const { sites, report } = importSitesGeoJson(readFixture(source), { source, coordinates: 'vn2000' });
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
    const { sites } = importSitesGeoJson(readFixture(source), { source, coordinates: 'vn2000' });
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
      ['viettel', '5G', 'Polygon'],
      ['vnpt', '4G', 'MultiPolygon'],
      ['vnpt', '5G', 'MultiPolygon'],
    ]);
  });

  test('one exact message per rejected feature', () => {
    expect(messages(result.issues)).toEqual([
      [
        'coverage-operator-unknown',
        1,
        'coverage.geojson: feature 1: operator "Gmobile" is unknown — operator must be one of viettel, vnpt, mobifone, vietnamobile',
      ],
      [
        'coverage-technology-unknown',
        3,
        'coverage.geojson: feature 3: technology "3G" is unknown — technology must be 4G or 5G',
      ],
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
      [
        'cable-id-duplicate',
        3,
        'cables.geojson: feature 3 (id "C1"): id "C1" is also used by feature 0 — segment ids must be unique',
      ],
      [
        'cable-status-unknown',
        4,
        'cables.geojson: feature 4 (id "C5"): status "soon" is unknown — status must be one of done, planned-2025, planned-2026-2030',
      ],
      [
        'cable-date-status',
        5,
        'cables.geojson: feature 5 (id "C6"): done date "2024-05-01" is set but status is "planned-2025" — only done segments have a done date',
      ],
      [
        'cable-date-invalid',
        6,
        'cables.geojson: feature 6 (id "C7"): done date "2024-13-01" is not a date — dates must be YYYY-MM-DD or DD/MM/YYYY',
      ],
      [
        'geometry-type',
        7,
        'cables.geojson: feature 7: geometry type is "Polygon" — expected LineString or MultiLineString',
      ],
    ]);
  });
});

const fc = (features: unknown[]): string => JSON.stringify({ type: 'FeatureCollection', features });
const both = (
  issues: readonly { severity: string; rule: string; index: number | null; message: string; vi?: string }[],
) => issues.map((i) => [i.severity, i.rule, i.index, i.message, i.vi]);
const street = (coordinates: unknown, properties: Record<string, unknown>, type = 'MultiLineString') => ({
  type: 'Feature',
  properties,
  geometry: { type, coordinates },
});
const A: number[][] = [
  [105.85, 21.02],
  [105.851, 21.02],
];
const B: number[][] = [
  [105.86, 21.02],
  [105.861, 21.021],
];

describe('cable segments: MultiLineString and missing status', () => {
  test('a MultiLineString of several lines becomes one segment per line, ids <id>-1, <id>-2, reported', () => {
    const { features, issues } = importCablesGeoJson(fc([street([A, B], { id: 'S1', status: 'done' })]), 'k.geojson');
    expect(
      features.map((f) => [f.properties.id, f.properties.status, f.geometry.type, f.geometry.coordinates]),
    ).toEqual([
      ['S1-1', 'done', 'LineString', A],
      ['S1-2', 'done', 'LineString', B],
    ]);
    expect(both(issues)).toEqual([
      [
        'warning',
        'cable-multiline-split',
        0,
        'k.geojson: feature 0 (id "S1"): MultiLineString of 2 lines — split into segments S1-1, S1-2, each measured on its own',
        'k.geojson: đối tượng 0 (mã "S1"): MultiLineString gồm 2 đường — được tách thành các đoạn S1-1, S1-2, mỗi đoạn được đo riêng',
      ],
    ]);
  });

  test('a MultiLineString of one line (as QGIS writes) is that line, id unchanged, no message', () => {
    const { features, issues } = importCablesGeoJson(fc([street([A], { id: 'S2', status: '2025' })]), 'k.geojson');
    expect(features.map((f) => [f.properties.id, f.properties.status, f.geometry])).toEqual([
      ['S2', 'planned-2025', { type: 'LineString', coordinates: A }],
    ]);
    expect(issues).toEqual([]);
  });

  test('a cable without status is planned-2026-2030 with a warning; with a done date it is done', () => {
    const { features, issues } = importCablesGeoJson(
      fc([
        street(A, { id: 'S3' }, 'LineString'),
        street(B, { id: 'S4', status: '', doneDate: '15/05/2024' }, 'LineString'),
      ]),
      'k.geojson',
    );
    expect(features.map((f) => [f.properties.id, f.properties.status, f.properties.doneDate])).toEqual([
      ['S3', 'planned-2026-2030', null],
      ['S4', 'done', '2024-05-15'],
    ]);
    expect(both(issues)).toEqual([
      [
        'warning',
        'cable-status-missing',
        0,
        'k.geojson: feature 0 (id "S3"): status is missing — read as planned-2026-2030, the default: a segment not known to be done is work still to do',
        'k.geojson: đối tượng 0 (mã "S3"): thiếu trạng thái — được coi là planned-2026-2030, giá trị mặc định: đoạn chưa biết đã hạ ngầm được tính là việc còn phải làm',
      ],
      [
        'warning',
        'cable-status-missing',
        1,
        'k.geojson: feature 1 (id "S4"): status is missing — read as done, since its done date 2024-05-15 is set',
        'k.geojson: đối tượng 1 (mã "S4"): thiếu trạng thái — được coi là done vì đã có ngày hoàn thành 2024-05-15',
      ],
    ]);
  });

  test('messages name the property and exist in Vietnamese', () => {
    const { issues } = importCablesGeoJson(
      fc([street(A, { 'Trạng thái': 'soon', id: 'S5' }, 'LineString')]),
      'k.geojson',
    );
    expect(issues.map((i) => [i.column, i.value, i.vi])).toEqual([
      [
        'Trạng thái',
        'soon',
        'k.geojson: đối tượng 0 (mã "S5"): trạng thái "soon" không nhận ra — trạng thái phải là một trong done, planned-2025, planned-2026-2030',
      ],
    ]);
  });

  test('a 100 KB id is refused without laying it out', () => {
    const { features, issues } = importCablesGeoJson(
      fc([street(A, { id: 'x'.repeat(100_000), status: 'done' }, 'LineString')]),
      'k.geojson',
    );
    expect(features).toEqual([]);
    expect(issues.map((i) => i.rule)).toEqual(['property-long', 'cable-id-long']);
    expect(Math.max(...issues.map((i) => i.message.length))).toBeLessThan(400);
  });
});

describe('coverage polygons: geometry never counted when dropped', () => {
  const outsideHole = [
    [105.95, 21.02],
    [105.95, 21.03],
    [105.96, 21.03],
    [105.96, 21.02],
    [105.95, 21.02],
  ];
  const shell = [
    [105.85, 21.02],
    [105.86, 21.02],
    [105.86, 21.03],
    [105.85, 21.03],
    [105.85, 21.02],
  ];

  test('a hole outside its shell is dropped from the item the engine gets', () => {
    const feature = {
      type: 'Feature',
      properties: { operator: 'Viettel', technology: '4G' },
      geometry: { type: 'Polygon', coordinates: [shell, outsideHole] },
    };
    const { items, issues } = importCoverageGeoJson(fc([feature]), 'c.geojson');
    expect(items.map((i) => i.geometry)).toEqual([{ type: 'Polygon', coordinates: [shell] }]);
    expect(issues.map((i) => i.rule)).toEqual(['hole-outside']);
  });

  test('a single Feature file is one coverage item', () => {
    const feature = {
      type: 'Feature',
      properties: { operator: 'VNPT', technology: '5G' },
      geometry: { type: 'Polygon', coordinates: [shell] },
    };
    const { items, issues } = importCoverageGeoJson(JSON.stringify(feature), 'one.geojson');
    expect(items.map((i) => [i.operator, i.tech])).toEqual([['vnpt', '5G']]);
    expect(issues.map((i) => i.rule)).toEqual(['geojson-single-feature']);
  });

  test('operator and technology errors exist in Vietnamese and name the property', () => {
    const { issues } = importCoverageGeoJson(readFixture('coverage.geojson'), 'coverage.geojson');
    expect(issues.map((i) => [i.column, i.vi])).toEqual([
      [
        'operator',
        'coverage.geojson: đối tượng 1: nhà mạng "Gmobile" không nhận ra — nhà mạng phải là một trong viettel, vnpt, mobifone, vietnamobile',
      ],
      ['tech', 'coverage.geojson: đối tượng 3: công nghệ "3G" không nhận ra — công nghệ phải là 4G hoặc 5G'],
      [undefined, 'coverage.geojson: đối tượng 4: kiểu hình học là "Point" — cần Polygon hoặc MultiPolygon'],
    ]);
  });
});

describe('GeoJSON site lists: reader and messages', () => {
  test('a missing property is named in both languages', () => {
    const text = fc([
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
