/**
 * The import reader of GeoJSON text. `crsOfGeoJsonMember` is replaced by a stand-in that knows EPSG:5897 only, so
 * that these tests check the reader's use of a declared CRS whatever `crs.ts` recognises.
 */
import { readFileSync } from 'node:fs';
import type { Feature, MultiPolygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { distanceM } from '../../analysis/geodesy.js';
import type { DataIssue } from '../../domain/report.js';
import { importCoverageRead } from './coverage-import.js';
import { crsAfterReading, longTextIssues, readGeoJsonText, splitByGeometryKind } from './geojson-text.js';
import { vn2000ToWgs84, wgs84ToVn2000 } from './vn2000.js';

const texts = (issues: readonly DataIssue[]) => issues.map((i) => [i.severity, i.rule, i.index, i.message, i.vi]);
const point = (lng: number, lat: number, props: Record<string, unknown> = {}): Feature => ({
  type: 'Feature',
  properties: props,
  geometry: { type: 'Point', coordinates: [lng, lat] },
});
const square = (lng: number, lat: number, side = 0.01): number[][] => [
  [lng, lat],
  [lng + side, lat],
  [lng + side, lat + side],
  [lng, lat + side],
  [lng, lat],
];

describe('readGeoJsonText', () => {
  test('a FeatureCollection is read as is, numbered from 0, without a report', () => {
    const read = readGeoJsonText(
      JSON.stringify({ type: 'FeatureCollection', features: [point(105.8, 21), point(105.9, 21)] }),
      'a.geojson',
    );
    expect([read.features.length, read.indices, read.crs, read.issues]).toEqual([2, [0, 1], null, []]);
  });

  test('a single Feature is a collection of one, with a note', () => {
    const read = readGeoJsonText(JSON.stringify(point(105.8, 21, { id: 'A' })), 'one.geojson');
    expect(read.features).toEqual([point(105.8, 21, { id: 'A' })]);
    expect(texts(read.issues)).toEqual([
      [
        'warning',
        'geojson-single-feature',
        null,
        'one.geojson: the file is one Feature, not a FeatureCollection — read as a collection of that one feature (RFC 7946 §3.2)',
        'one.geojson: tệp là một Feature, không phải FeatureCollection — được đọc như một tập hợp chỉ có đối tượng đó (RFC 7946 §3.2)',
      ],
    ]);
  });

  test('a bare geometry is one feature without properties, with a note', () => {
    const geometry = { type: 'Polygon', coordinates: [square(105.8, 21)] };
    const read = readGeoJsonText(JSON.stringify(geometry), 'bare.geojson');
    expect(read.features).toEqual([{ type: 'Feature', properties: {}, geometry }]);
    expect(texts(read.issues)).toEqual([
      [
        'warning',
        'geojson-bare-geometry',
        null,
        'bare.geojson: the file is a bare Polygon geometry — read as one feature without properties (RFC 7946 §3.1)',
        'bare.geojson: tệp chỉ là một hình học Polygon — được đọc như một đối tượng không có thuộc tính (RFC 7946 §3.1)',
      ],
    ]);
  });

  test("invalid JSON names the file, the line and column, and JSON's own reason", () => {
    expect(texts(readGeoJsonText('{"type":\n "FeatureCollection",', 'j.geojson').issues)).toEqual([
      [
        'error',
        'json-invalid',
        null,
        'j.geojson: invalid JSON at line 2, column 22: Expected double-quoted property name — the file must be valid JSON (RFC 8259)',
        'j.geojson: JSON không hợp lệ ở dòng 2, cột 22: Expected double-quoted property name — tệp phải là JSON hợp lệ (RFC 8259)',
      ],
    ]);
  });

  test('an empty file and an unknown top-level type are refused by name', () => {
    expect(texts(readGeoJsonText('\uFEFF  \n', 'e.geojson').issues)).toEqual([
      [
        'error',
        'file-empty',
        null,
        'e.geojson: the file is empty — a GeoJSON file holds a FeatureCollection, a Feature or a geometry (RFC 7946 §3)',
        'e.geojson: tệp trống — một tệp GeoJSON chứa một FeatureCollection, một Feature hoặc một hình học (RFC 7946 §3)',
      ],
    ]);
    expect(texts(readGeoJsonText('{"type":"Topology","objects":{}}', 't.json').issues)).toEqual([
      [
        'error',
        'not-geojson',
        null,
        't.json: top-level "type" is "Topology" — a GeoJSON file holds a FeatureCollection, a Feature or a geometry (RFC 7946 §3)',
        't.json: "type" ở cấp cao nhất là "Topology" — một tệp GeoJSON chứa một FeatureCollection, một Feature hoặc một hình học (RFC 7946 §3)',
      ],
    ]);
  });

  test("a GeometryCollection is split into its members, each with the feature's number and properties", () => {
    const gc = {
      type: 'Feature',
      id: 'G1',
      properties: { operator: 'Viettel' },
      geometry: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [105.8, 21] },
          { type: 'Polygon', coordinates: [square(105.8, 21)] },
        ],
      },
    };
    const read = readGeoJsonText(
      JSON.stringify({ type: 'FeatureCollection', features: [point(105.7, 21), gc] }),
      'gc.geojson',
    );
    expect(read.indices).toEqual([0, 1, 1]);
    expect(read.features.map((f) => [f.id, f.properties, f.geometry.type])).toEqual([
      [undefined, {}, 'Point'],
      ['G1', { operator: 'Viettel' }, 'Point'],
      ['G1', { operator: 'Viettel' }, 'Polygon'],
    ]);
    expect(texts(read.issues)).toEqual([
      [
        'warning',
        'geometry-collection-split',
        1,
        'gc.geojson: feature 1 (id "G1"): GeometryCollection of 2 geometries (Point, Polygon) — split into 2 features, each imported by its kind with the feature\'s properties',
        'gc.geojson: đối tượng 1 (mã "G1"): GeometryCollection gồm 2 hình học (Point, Polygon) — được tách thành 2 đối tượng, mỗi đối tượng được nhập theo loại của nó với thuộc tính của đối tượng gốc',
      ],
    ]);
  });

  test('a nested or empty GeometryCollection refuses its feature by name', () => {
    const nested = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'GeometryCollection', geometries: [{ type: 'GeometryCollection', geometries: [] }] },
    };
    const emptyGc = { type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: [] } };
    const read = readGeoJsonText(
      JSON.stringify({ type: 'FeatureCollection', features: [nested, emptyGc] }),
      'n.geojson',
    );
    expect(read.features).toEqual([]);
    expect(texts(read.issues)).toEqual([
      [
        'error',
        'geometry-collection-nested',
        0,
        'n.geojson: feature 0: GeometryCollection holds another GeometryCollection — the feature is left out: nested GeometryCollections should not be used (RFC 7946 §3.1.8)',
        'n.geojson: đối tượng 0: GeometryCollection chứa một GeometryCollection khác — đối tượng bị bỏ: không nên lồng GeometryCollection (RFC 7946 §3.1.8)',
      ],
      [
        'error',
        'geometry-collection-empty',
        1,
        'n.geojson: feature 1: GeometryCollection holds no geometry — the feature is left out: each member must be a geometry (RFC 7946 §3.1.8)',
        'n.geojson: đối tượng 1: GeometryCollection không chứa hình học nào — đối tượng bị bỏ: mỗi thành phần phải là một hình học (RFC 7946 §3.1.8)',
      ],
    ]);
  });

  test('a declared VN-2000 CRS converts every position before validation, and says so', () => {
    const ring = square(105.85, 21.02).map(([lng, lat]) => wgs84ToVn2000(lng!, lat!));
    const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::5897' } };
    const text = JSON.stringify({
      type: 'FeatureCollection',
      crs,
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }],
    });
    const read = readGeoJsonText(text, 'q.geojson');
    expect(read.crs?.name).toBe('EPSG:5897 VN-2000 / TM-3 zone 482 (105°00′, k 0.9999)');
    const first = (read.features[0]!.geometry as { coordinates: number[][][] }).coordinates[0]![0]!;
    expect(distanceM(first as [number, number], [105.85, 21.02])).toBeLessThan(0.01);
    expect(texts(read.issues)).toEqual([
      [
        'warning',
        'crs-converted',
        null,
        'q.geojson: 5 positions in 1 features converted from EPSG:5897 VN-2000 / TM-3 zone 482 (105°00′, k 0.9999) to WGS84 [lng, lat] degrees — as the file\'s "crs" member declares',
        'q.geojson: 5 vị trí trong 1 đối tượng đã được chuyển từ EPSG:5897 VN-2000 / TM-3 zone 482 (105°00′, k 0.9999) sang độ WGS84 [kinh độ, vĩ độ] — theo khai báo ở thành phần "crs" của tệp',
      ],
    ]);
  });

  test('degrees in a file that declares VN-2000 are left as they are and named', () => {
    const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::5897' } };
    const read = readGeoJsonText(
      JSON.stringify({ type: 'FeatureCollection', crs, features: [point(105.85, 21.03)] }),
      'd.geojson',
    );
    expect(read.features).toEqual([point(105.85, 21.03)]);
    expect(texts(read.issues)).toEqual([
      [
        'warning',
        'crs-degrees',
        null,
        'd.geojson: 1 positions (first: feature 0, [105.85, 21.03]) are within ±1000 — left as WGS84 degrees, though the "crs" member declares EPSG:5897 VN-2000 / TM-3 zone 482 (105°00′, k 0.9999) metres',
        'd.geojson: 1 vị trí (đầu tiên: đối tượng 0, [105.85, 21.03]) nằm trong ±1000 — được giữ là độ WGS84, dù thành phần "crs" khai báo mét EPSG:5897 VN-2000 / TM-3 zone 482 (105°00′, k 0.9999)',
      ],
    ]);
  });

  test('after conversion the coordinate reader is told WGS84, so it cannot convert twice', () => {
    expect(crsAfterReading({ kind: 'vn2000', epsg: 5897, name: 'EPSG:5897', toWgs84: vn2000ToWgs84 })).toEqual({
      kind: 'wgs84',
      name: 'EPSG:5897 → WGS84',
    });
    expect(crsAfterReading(null)).toBeNull();
  });
});

describe('splitByGeometryKind', () => {
  const line: Feature = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'LineString',
      coordinates: [
        [105.8, 21],
        [105.81, 21],
      ],
    },
  };
  const polygon: Feature = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [square(105.8, 21)] },
  };
  const nullGeometry = { type: 'Feature', properties: {}, geometry: null } as unknown as Feature;

  test('points, polygons and lines are split with their numbers, and the report names each', () => {
    const features = [point(105.8, 21), polygon, line, point(105.9, 21), nullGeometry];
    const split = splitByGeometryKind({ features, indices: [0, 1, 2, 3, 4] }, 'm.geojson');
    expect([split.points.indices, split.polygons.indices, split.lines.indices, split.other]).toEqual([
      [0, 3, 4],
      [1],
      [2],
      [4],
    ]);
    expect(texts(split.issues)).toEqual([
      [
        'warning',
        'geojson-mixed-kinds',
        null,
        'm.geojson: the file holds 2 points (features 0, 3), 1 polygon (feature 1) and 1 line (feature 2) — each kind is imported on its own: points as sites, polygons as coverage, lines as cable segments',
        'm.geojson: tệp chứa 2 điểm (đối tượng 0, 3), 1 vùng (đối tượng 1) và 1 đường (đối tượng 2) — mỗi loại được nhập riêng: điểm là trạm, vùng là vùng phủ sóng, đường là tuyến cáp',
      ],
    ]);
  });

  test('a file of one kind gives one part and no report; features without geometry go with it', () => {
    const split = splitByGeometryKind({ features: [nullGeometry, polygon], indices: [0, 1] }, 'p.geojson');
    expect([split.polygons.indices, split.points.indices, split.lines.indices, split.issues]).toEqual([
      [0, 1],
      [],
      [],
      [],
    ]);
  });
});

describe('longTextIssues', () => {
  test('a 100 KB value and a long property name are reported once per feature, cut', () => {
    const features = [point(105.8, 21, { id: 'A', note: 'x'.repeat(100_000), ['n'.repeat(2000)]: 1 })];
    expect(texts(longTextIssues({ features, indices: [3] }, 'l.geojson'))).toEqual([
      [
        'warning',
        'property-long',
        3,
        'l.geojson: feature 3 (id "A"): property "note" holds 100000 characters (and 1 more long property) — cut to 200 characters wherever it is shown',
        'l.geojson: đối tượng 3 (mã "A"): thuộc tính "note" dài 100000 ký tự (và 1 thuộc tính dài khác) — chỉ hiển thị 200 ký tự đầu ở mọi nơi',
      ],
    ]);
  });
});

describe('a QGIS export of coverage polygons in VN-2000 (EPSG:5897)', () => {
  test('is converted on reading and accepted as coverage, not refused as projected metres', () => {
    const file = 'geo-qgis-coverage-vn2000.geojson';
    const read = readGeoJsonText(readFileSync(`test/fixtures/real-world/${file}`, 'utf8'), file);
    const { items, issues } = importCoverageRead(read, file);
    expect(items.map((i) => [i.operator, i.tech, (i.geometry as MultiPolygon).coordinates[0]!.length])).toEqual([
      ['viettel', '5G', 1],
      ['viettel', '5G', 2],
    ]);
    const corner = (items[0]!.geometry as MultiPolygon).coordinates[0]![0]![0]!;
    expect(distanceM(corner as [number, number], [105.845, 21.02])).toBeLessThan(0.01);
    expect(issues.map((i) => i.message)).toEqual([
      'geo-qgis-coverage-vn2000.geojson: 15 positions in 2 features converted from EPSG:5897 VN-2000 / TM-3 zone 482 (105°00′, k 0.9999) to WGS84 [lng, lat] degrees — as the file\'s "crs" member declares',
    ]);
  });
});
