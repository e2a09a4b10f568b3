/** Cable segments from GeoJSON: status and dates normalised, MultiLineStrings split, exact messages in both languages. */
import { describe, expect, test } from 'vitest';
import { createCollectionText } from '../../../test/support/geojson-layer.js';
import { issueMessages, readImportFixture } from '../../../test/support/import-fixtures.js';
import { importCablesGeoJson } from './cable-import.js';

describe('cable segments', () => {
  const source = 'cables.geojson';
  const result = importCablesGeoJson(readImportFixture(source), source);

  test('status and done date normalised, length on the ellipsoid', () => {
    expect(result.features.map((f) => ({ ...f.properties, lengthM: Math.round(f.properties.lengthM) }))).toEqual([
      { id: 'C1', status: 'done', highway: 'primary', lengthM: 152, doneDate: '2024-05-15', sample: false },
      { id: 'C2', status: 'planned-2025', highway: '', lengthM: 152, doneDate: null, sample: false },
    ]);
  });

  test('one exact message per rejected feature', () => {
    expect(issueMessages(result.issues)).toEqual([
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
    const { features, issues } = importCablesGeoJson(
      createCollectionText([street([A, B], { id: 'S1', status: 'done' })]),
      'k.geojson',
    );
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
    const { features, issues } = importCablesGeoJson(
      createCollectionText([street([A], { id: 'S2', status: '2025' })]),
      'k.geojson',
    );
    expect(features.map((f) => [f.properties.id, f.properties.status, f.geometry])).toEqual([
      ['S2', 'planned-2025', { type: 'LineString', coordinates: A }],
    ]);
    expect(issues).toEqual([]);
  });

  test('a cable without status is planned-2026-2030 with a warning; with a done date it is done', () => {
    const { features, issues } = importCablesGeoJson(
      createCollectionText([
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
      createCollectionText([street(A, { 'Trạng thái': 'soon', id: 'S5' }, 'LineString')]),
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
      createCollectionText([street(A, { id: 'x'.repeat(100_000), status: 'done' }, 'LineString')]),
      'k.geojson',
    );
    expect(features).toEqual([]);
    expect(issues.map((i) => i.rule)).toEqual(['property-long', 'cable-id-long']);
    expect(Math.max(...issues.map((i) => i.message.length))).toBeLessThan(400);
  });
});
