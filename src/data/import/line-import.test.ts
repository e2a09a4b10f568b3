import type { Feature, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fromWgs84Of } from './crs.js';
import { groupNamedLines, importLinesGeoJson, lineKindOf, lineNameProperty } from './line-import.js';

/** A feature with `props` along `coords` (`[lng, lat]`), a LineString unless another geometry is given. */
function createFeature(props: Record<string, unknown>, coords: Position[], geometry?: Geometry): Feature {
  return { type: 'Feature', properties: props, geometry: geometry ?? { type: 'LineString', coordinates: coords } };
}

/** A FeatureCollection text, with a `crs` member when given (as QGIS writes it). */
function createText(features: Feature[], crs?: string): string {
  const member = crs === undefined ? {} : { crs: { type: 'name', properties: { name: crs } } };
  return JSON.stringify({ type: 'FeatureCollection', name: 'duong', ...member, features });
}

const A: Position[] = [
  [105.8, 21.0],
  [105.81, 21.0],
];
const B: Position[] = [
  [105.81, 21.0],
  [105.82, 21.01],
];

describe('importLinesGeoJson', () => {
  it('groups the segments of one name and kind into one named line, ignoring case', () => {
    const r = importLinesGeoJson(
      createText([
        createFeature({ name: 'Vành đai 3', highway: 'trunk' }, A),
        createFeature({ name: 'Vành Đai 3', highway: 'motorway' }, B),
        createFeature({ name: 'Vành đai 3', railway: 'rail' }, A),
      ]),
      'vd3.geojson',
    );
    expect(r.lines.map((l) => [l.name, l.kind, l.segments, l.classes, l.geometry.coordinates.length])).toEqual([
      ['Vành đai 3', 'road', 2, ['motorway', 'trunk'], 2],
      ['Vành đai 3', 'railway', 1, ['rail'], 1],
    ]);
    expect(r.accepted).toBe(3);
    expect(r.issues).toEqual([]);
  });

  it('measures a named line on the ellipsoid: 0.01° of longitude at 21° N is 1,039.6 m', () => {
    const [line] = importLinesGeoJson(createText([createFeature({ name: 'X' }, A)]), 'x.geojson').lines;
    expect(line!.lengthM).toBeCloseTo(1039.6, 0);
  });

  it('reads a QGIS file in VN-2000 / UTM 48N (EPSG:3405) declared by its crs member', () => {
    const toUtm = fromWgs84Of(3405)!;
    const projected = A.map(([lng, lat]) => toUtm(lng!, lat!));
    const r = importLinesGeoJson(
      createText([createFeature({ TEN_DUONG: 'Đại lộ Thăng Long', highway: 'trunk' }, projected)], 'EPSG:3405'),
      'qgis.geojson',
    );
    expect(r.lines).toHaveLength(1);
    const [p0] = r.lines[0]!.geometry.coordinates[0]!;
    expect(p0![0]).toBeCloseTo(105.8, 6);
    expect(p0![1]).toBeCloseTo(21.0, 6);
    expect(r.lines[0]!.name).toBe('Đại lộ Thăng Long');
    expect(r.issues.map((i) => i.rule)).toEqual(['crs-converted']);
  });

  it('reads a QGIS file declared in CRS84 as [lng, lat] degrees, without a message', () => {
    const r = importLinesGeoJson(
      createText([createFeature({ name: 'X', highway: 'primary' }, A)], 'urn:ogc:def:crs:OGC:1.3:CRS84'),
      'q.geojson',
    );
    expect(r.lines[0]!.geometry.coordinates[0]).toEqual(A);
    expect(r.issues).toEqual([]);
  });

  it('reads a railway and a metro line from their OSM properties', () => {
    const r = importLinesGeoJson(
      createText([
        createFeature({ name: 'Đường sắt Thống Nhất', railway: 'rail' }, A),
        createFeature({ name: 'Tuyến 2A', railway: 'light_rail' }, B),
        createFeature({ name: 'Tuyến 3', route: 'subway' }, B),
      ]),
      'rail.geojson',
    );
    expect(r.lines.map((l) => [l.name, l.kind])).toEqual([
      ['Đường sắt Thống Nhất', 'railway'],
      ['Tuyến 2A', 'metro'],
      ['Tuyến 3', 'metro'],
    ]);
  });

  it('gives every feature the kind the caller chose, whatever its properties say', () => {
    const r = importLinesGeoJson(
      createText([createFeature({ name: 'X', highway: 'primary' }, A)]),
      'x.geojson',
      'metro',
    );
    expect(r.lines[0]!.kind).toBe('metro');
    expect(r.lines[0]!.classes).toEqual(['primary']);
  });

  it('rejects a Point feature naming the file, the feature and its type, and imports the rest', () => {
    const point = createFeature({ name: 'Ga Hà Nội' }, [], { type: 'Point', coordinates: [105.84, 21.02] });
    const r = importLinesGeoJson(createText([createFeature({ name: 'X', highway: 'primary' }, A), point]), 'p.geojson');
    expect(r.lines.map((l) => l.name)).toEqual(['X']);
    expect(r.issues.map((i) => [i.rule, i.index, i.message, i.vi])).toEqual([
      [
        'geometry-type',
        1,
        'p.geojson: feature 1: geometry type is "Point" — expected LineString or MultiLineString',
        'p.geojson: đối tượng 1: kiểu hình học là "Point" — cần LineString hoặc MultiLineString',
      ],
    ]);
  });

  it('rejects a line outside Hà Nội, naming the coordinate and the rule', () => {
    const saigon: Position[] = [
      [106.7, 10.78],
      [106.71, 10.78],
    ];
    const r = importLinesGeoJson(createText([createFeature({ name: 'Nguyễn Huệ' }, saigon)]), 's.geojson');
    expect(r.lines).toEqual([]);
    expect(r.issues[0]!.rule).toBe('coords-outside');
    expect(r.issues[0]!.message).toMatch(/^s\.geojson: feature 0: coordinate \[106\.7, 10\.78\].* is outside Hà Nội/);
  });

  it('rejects a line with empty coordinates', () => {
    const r = importLinesGeoJson(createText([createFeature({ name: 'X' }, [])]), 'e.geojson');
    expect(r.issues.map((i) => [i.rule, i.index])).toEqual([['coordinates-empty', 0]]);
  });

  it('rejects a feature with no name and no ref, in both languages', () => {
    const r = importLinesGeoJson(createText([createFeature({ highway: 'primary' }, A)]), 'n.geojson');
    expect(r.issues.map((i) => [i.message, i.vi])).toEqual([
      [
        'n.geojson: feature 0: no name (name, ten, ten_duong, name:vi) and no ref — a named line is found by its name or its ref; the feature is left out',
        'n.geojson: đối tượng 0: không có tên (name, ten, ten_duong, name:vi) và không có số hiệu (ref) — tuyến được tìm theo tên hoặc số hiệu; đối tượng bị bỏ',
      ],
    ]);
  });

  it('reads features without any kind tag as roads, with one warning', () => {
    const r = importLinesGeoJson(
      createText([createFeature({ name: 'X' }, A), createFeature({ name: 'Y' }, B)]),
      'k.geojson',
    );
    expect(r.lines.map((l) => l.kind)).toEqual(['road', 'road']);
    expect(r.issues.map((i) => i.message)).toEqual([
      'k.geojson: 2 features (first: feature 0) carry no highway, railway or route property — read as roads; import the file as railway or metro if it holds those',
    ]);
  });
});

describe('lineNameProperty', () => {
  it('takes name, then ten / tên, ten_duong, name:vi, then ref', () => {
    expect(lineNameProperty({ ref: 'QL1A', 'name:vi': 'Giải Phóng' })).toBe('Giải Phóng');
    expect(lineNameProperty({ Tên: 'Phố Huế', name: ' ' })).toBe('Phố Huế');
    expect(lineNameProperty({ ref: 'CT.01' })).toBe('CT.01');
    expect(lineNameProperty({ ref: 430 })).toBe('430');
    expect(lineNameProperty({ note: 'x' })).toBeNull();
  });
});

describe('lineKindOf', () => {
  it('tells metro and railway lines under construction from what they will be', () => {
    expect(lineKindOf({ railway: 'construction', construction: 'subway' })).toBe('metro');
    expect(lineKindOf({ railway: 'proposed', proposed: 'rail' })).toBe('railway');
    expect(lineKindOf({ route: 'train' })).toBe('railway');
    expect(lineKindOf({ highway: 'primary' })).toBe('road');
    expect(lineKindOf({ waterway: 'river' })).toBeNull();
  });
});

describe('groupNamedLines', () => {
  it('keeps the first spelling and sorts by Vietnamese collation', () => {
    const lines = groupNamedLines([
      { name: 'Đê La Thành', kind: 'road', class: null, lines: [A], index: 0 },
      { name: 'Dịch Vọng', kind: 'road', class: null, lines: [B], index: 1 },
      { name: 'đê la thành', kind: 'road', class: null, lines: [B], index: 2 },
    ]);
    expect(lines.map((l) => [l.name, l.segments])).toEqual([
      ['Dịch Vọng', 1],
      ['Đê La Thành', 2],
    ]);
  });
});
