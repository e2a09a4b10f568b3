/** The GeoJSON layer reader drops bad parts of a geometry with a message naming them, so they are never counted. */
import { describe, expect, test } from 'vitest';
import { codes, createCollectionText, createSquare, parseFixture } from '../../test/support/geojson-layer.js';
import type { DataIssue } from '../domain/report.js';
import { parseGeoJsonLayer, type GeoJsonSpec } from './geojson-input.js';

describe('dropped parts: named, reported, never counted', () => {
  const spec = (file: string): GeoJsonSpec => ({
    file,
    geometryTypes: ['Polygon', 'MultiPolygon', 'MultiLineString'],
    keyProperty: null,
  });
  const parse = (geometry: unknown, file = 'c.geojson') =>
    parseGeoJsonLayer(createCollectionText([{ type: 'Feature', properties: {}, geometry }]), spec(file));
  const texts = (issues: readonly DataIssue[]) => issues.map((i) => [i.severity, i.rule, i.message, i.vi]);
  const outsideHole = [
    [105.95, 21.02],
    [105.95, 21.03],
    [105.96, 21.03],
    [105.96, 21.02],
    [105.95, 21.02],
  ];
  const insideHole = [
    [105.853, 21.023],
    [105.853, 21.027],
    [105.857, 21.027],
    [105.857, 21.023],
    [105.853, 21.023],
  ];

  test('an empty polygon of a MultiPolygon is dropped with a warning, the feature kept', () => {
    const { features, issues } = parseFixture('empty-coordinates.geojson');
    expect(texts(issues)).toEqual([
      [
        'warning',
        'coordinates-empty',
        'empty-coordinates.geojson: feature 1 (code "00034"): polygon 1 ring 0 is empty — dropped polygon 1: a geometry must not have empty parts',
        'empty-coordinates.geojson: đối tượng 1 (code "00034"): đa giác 1 vòng 0 trống — đã bỏ đa giác 1: một hình học không được có phần trống',
      ],
    ]);
    expect(codes(features)).toEqual(['00001', '00034', '00007']);
    expect(features[1]?.geometry).toEqual({ type: 'MultiPolygon', coordinates: [[createSquare()]] });
  });

  test('a hole lying outside its exterior is dropped, so it cannot add area', () => {
    const { features, issues } = parse({ type: 'Polygon', coordinates: [createSquare(), outsideHole, insideHole] });
    expect(texts(issues)).toEqual([
      [
        'warning',
        'hole-outside',
        "c.geojson: feature 0: ring 1 lies outside ring 0 — dropped that ring: a hole must lie inside its polygon's exterior ring (RFC 7946 §3.1.6); kept, it would count as area",
        'c.geojson: đối tượng 0: vòng 1 nằm ngoài vòng 0 — đã bỏ vòng đó: một lỗ phải nằm trong vòng ngoài của đa giác (RFC 7946 §3.1.6); nếu giữ, nó sẽ bị tính thành diện tích',
      ],
    ]);
    expect(features[0]?.geometry).toEqual({ type: 'Polygon', coordinates: [createSquare(), insideHole] });
  });

  test('a hole with positions on both sides of its exterior rejects the feature', () => {
    const crossing = [
      [105.855, 21.025],
      [105.855, 21.035],
      [105.856, 21.035],
      [105.856, 21.025],
      [105.855, 21.025],
    ];
    const { features, issues } = parse({ type: 'MultiPolygon', coordinates: [[createSquare(), crossing]] });
    expect(features).toEqual([]);
    expect(texts(issues)).toEqual([
      [
        'error',
        'hole-crosses-exterior',
        "c.geojson: feature 0: polygon 0 ring 1 has positions both inside and outside polygon 0 ring 0 — a hole must lie inside its polygon's exterior ring (RFC 7946 §3.1.6)",
        'c.geojson: đối tượng 0: đa giác 0 vòng 1 có vị trí cả trong lẫn ngoài đa giác 0 vòng 0 — một lỗ phải nằm trong vòng ngoài của đa giác (RFC 7946 §3.1.6)',
      ],
    ]);
  });

  test('a 2-position hole and a 3-position polygon of a MultiPolygon are dropped, the rest kept', () => {
    const twoPositions = [
      [105.853, 21.023],
      [105.857, 21.027],
    ];
    const triangle = [
      [105.9, 21.0],
      [105.91, 21.0],
      [105.9, 21.0],
    ];
    const { features, issues } = parse({
      type: 'MultiPolygon',
      coordinates: [[createSquare(), twoPositions], [triangle]],
    });
    expect(texts(issues)).toEqual([
      [
        'warning',
        'ring-too-few-positions',
        'c.geojson: feature 0: polygon 0 ring 1 has 3 positions after repair — dropped that ring: a linear ring needs at least 4 positions (RFC 7946 §3.1.6)',
        'c.geojson: đối tượng 0: đa giác 0 vòng 1 còn 3 vị trí sau khi sửa — đã bỏ vòng đó: một vòng khép kín cần ít nhất 4 vị trí (RFC 7946 §3.1.6)',
      ],
      [
        'warning',
        'ring-too-few-positions',
        'c.geojson: feature 0: polygon 1 ring 0 has 3 positions after repair — dropped polygon 1: a linear ring needs at least 4 positions (RFC 7946 §3.1.6)',
        'c.geojson: đối tượng 0: đa giác 1 vòng 0 còn 3 vị trí sau khi sửa — đã bỏ đa giác 1: một vòng khép kín cần ít nhất 4 vị trí (RFC 7946 §3.1.6)',
      ],
    ]);
    expect(features[0]?.geometry).toEqual({ type: 'MultiPolygon', coordinates: [[createSquare()]] });
  });

  test('a MultiPolygon with no polygon left is rejected with the first part named', () => {
    const { features, issues } = parse({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [105.9, 21.0],
            [105.91, 21.0],
          ],
        ],
        [],
      ],
    });
    expect(features).toEqual([]);
    expect(texts(issues)).toEqual([
      [
        'error',
        'ring-too-few-positions',
        'c.geojson: feature 0: polygon 0 ring 0 has 3 positions after repair — no polygon is left: a linear ring needs at least 4 positions (RFC 7946 §3.1.6)',
        'c.geojson: đối tượng 0: đa giác 0 vòng 0 còn 3 vị trí sau khi sửa — không còn đa giác nào: một vòng khép kín cần ít nhất 4 vị trí (RFC 7946 §3.1.6)',
      ],
    ]);
  });

  test('empty coordinates ([] and [[]]) reject the feature', () => {
    expect(texts(parse({ type: 'Polygon', coordinates: [] }).issues)).toEqual([
      [
        'error',
        'coordinates-empty',
        'c.geojson: feature 0: coordinates are empty — a geometry must not have empty parts',
        'c.geojson: đối tượng 0: tọa độ trống — một hình học không được có phần trống',
      ],
    ]);
    expect(texts(parse({ type: 'Polygon', coordinates: [[]] }).issues)).toEqual([
      [
        'error',
        'coordinates-empty',
        'c.geojson: feature 0: ring 0 is empty — a geometry must not have empty parts',
        'c.geojson: đối tượng 0: vòng 0 trống — một hình học không được có phần trống',
      ],
    ]);
  });

  test('a MultiLineString keeps its good lines and names the dropped one', () => {
    const { features, issues } = parse({
      type: 'MultiLineString',
      coordinates: [
        [
          [105.85, 21.02],
          [105.86, 21.02],
        ],
        [
          [105.87, 21.02],
          [105.87, 21.02],
        ],
        [],
      ],
    });
    expect(texts(issues)).toEqual([
      [
        'warning',
        'line-too-few-positions',
        'c.geojson: feature 0: line 1 has 1 position after repair — dropped line 1: a LineString needs at least 2 positions (RFC 7946 §3.1.4)',
        'c.geojson: đối tượng 0: đường 1 còn 1 vị trí sau khi sửa — đã bỏ đường 1: một LineString cần ít nhất 2 vị trí (RFC 7946 §3.1.4)',
      ],
      [
        'warning',
        'coordinates-empty',
        'c.geojson: feature 0: line 2 is empty — dropped line 2: a geometry must not have empty parts',
        'c.geojson: đối tượng 0: đường 2 trống — đã bỏ đường 2: một hình học không được có phần trống',
      ],
    ]);
    expect(features[0]?.geometry).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [105.85, 21.02],
          [105.86, 21.02],
        ],
      ],
    });
  });

  test('spec.indices numbers features as in their file', () => {
    const text = createCollectionText([{ type: 'Feature', properties: {}, geometry: null }]);
    const { issues } = parseGeoJsonLayer(text, { ...spec('m.geojson'), indices: [7] });
    expect(issues.map((i) => [i.index, i.message])).toEqual([
      [
        7,
        'm.geojson: feature 7: geometry is null — every feature needs a Polygon, MultiPolygon or MultiLineString geometry',
      ],
    ]);
  });

  test('a 100 KB string value is cut in the message', () => {
    const { issues } = parse({ type: 'Polygon', coordinates: [[['x'.repeat(100_000), 21]]] });
    expect(issues[0]?.message).toBe(
      'c.geojson: feature 0: ring 0 position 0 is ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… — a position must be [lng, lat] finite numbers',
    );
  });
});
