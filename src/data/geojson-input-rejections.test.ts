/** The GeoJSON layer reader rejects a bad feature with one exact error, and keeps the others. */
import { describe, expect, test } from 'vitest';
import { codes, createCollectionText, createError, parseFixture } from '../../test/support/geojson-layer.js';
import type { DataIssue } from '../domain/report.js';
import { parseGeoJsonLayer, type GeoJsonSpec } from './geojson-input.js';

/** Fixtures with one rejected feature (index 1 unless stated) between valid ones, and its exact error. */
const REJECTION_CASES: {
  file: string;
  index: number;
  key: string | null;
  rule: string;
  message: string;
  vi: string;
  kept: string[];
  /** The offending value, in the issue's `value` field, where the rule names one (a coordinate). */
  value?: string;
}[] = [
  {
    file: 'swapped-latlon.geojson',
    index: 1,
    key: '00034',
    rule: 'coords-swapped',
    message:
      'swapped-latlon.geojson: feature 1 (code "00034"): coordinate [21.0285, 105.8523] (and 4 more) is outside Hà Nội (lon 105.2–106.1, lat 20.5–21.5) — latitude and longitude look swapped',
    vi: 'swapped-latlon.geojson: đối tượng 1 (code "00034"): tọa độ [21.0285, 105.8523] (và 4 tọa độ khác) nằm ngoài Hà Nội (kinh độ 105.2–106.1, vĩ độ 20.5–21.5) — vĩ độ và kinh độ có vẻ bị đảo chỗ',
    kept: ['00001', '00007'],
    value: '[21.0285, 105.8523]',
  },
  {
    file: 'vn2000-metres.geojson',
    index: 1,
    key: '00034',
    rule: 'coords-projected',
    message:
      'vn2000-metres.geojson: feature 1 (code "00034"): coordinate [585000, 2324000] (and 4 more) is outside Hà Nội (lon 105.2–106.1, lat 20.5–21.5) — looks like projected metres (VN-2000 / UTM), not WGS84 degrees',
    vi: 'vn2000-metres.geojson: đối tượng 1 (code "00034"): tọa độ [585000, 2324000] (và 4 tọa độ khác) nằm ngoài Hà Nội (kinh độ 105.2–106.1, vĩ độ 20.5–21.5) — có vẻ là mét của một hệ chiếu (VN-2000 / UTM), không phải độ WGS84',
    kept: ['00001', '00007'],
    value: '[585000, 2324000]',
  },
  {
    file: 'outside-hanoi.geojson',
    index: 1,
    key: '26734',
    rule: 'coords-outside',
    message:
      'outside-hanoi.geojson: feature 1 (code "26734"): coordinate [106.7, 10.78] (and 4 more) is outside Hà Nội (lon 105.2–106.1, lat 20.5–21.5) — the layer must lie within Hà Nội',
    vi: 'outside-hanoi.geojson: đối tượng 1 (code "26734"): tọa độ [106.7, 10.78] (và 4 tọa độ khác) nằm ngoài Hà Nội (kinh độ 105.2–106.1, vĩ độ 20.5–21.5) — lớp phải nằm trong Hà Nội',
    kept: ['00001', '00007'],
    value: '[106.7, 10.78]',
  },
  {
    file: 'self-intersecting.geojson',
    index: 1,
    key: '00034',
    rule: 'ring-self-intersection',
    message:
      'self-intersecting.geojson: feature 1 (code "00034"): ring 0 crosses itself near [105.855, 21.025] — a polygon ring must not cross or overlap itself (OGC Simple Features)',
    vi: 'self-intersecting.geojson: đối tượng 1 (code "00034"): vòng 0 tự cắt gần [105.855, 21.025] — một vòng của đa giác không được tự cắt hay tự chồng lên chính nó (OGC Simple Features)',
    kept: ['00001', '00007'],
  },
  {
    file: 'self-intersecting-at-vertex.geojson',
    index: 1,
    key: '00034',
    rule: 'ring-self-intersection',
    message:
      'self-intersecting-at-vertex.geojson: feature 1 (code "00034"): ring 0 crosses itself near [105.86, 21.03] — a polygon ring must not cross or overlap itself (OGC Simple Features)',
    vi: 'self-intersecting-at-vertex.geojson: đối tượng 1 (code "00034"): vòng 0 tự cắt gần [105.86, 21.03] — một vòng của đa giác không được tự cắt hay tự chồng lên chính nó (OGC Simple Features)',
    kept: ['00001', '00007'],
  },
  {
    file: 'too-few-positions.geojson',
    index: 1,
    key: '00034',
    rule: 'ring-too-few-positions',
    message:
      'too-few-positions.geojson: feature 1 (code "00034"): ring 0 has 3 positions after repair — a linear ring needs at least 4 positions (RFC 7946 §3.1.6)',
    vi: 'too-few-positions.geojson: đối tượng 1 (code "00034"): vòng 0 còn 3 vị trí sau khi sửa — một vòng khép kín cần ít nhất 4 vị trí (RFC 7946 §3.1.6)',
    kept: ['00001', '00007'],
  },
  {
    file: 'duplicate-codes.geojson',
    index: 2,
    key: '00001',
    rule: 'key-duplicate',
    message:
      'duplicate-codes.geojson: feature 2 (code "00001"): code "00001" is also used by feature 0 — every "code" must be unique',
    vi: 'duplicate-codes.geojson: đối tượng 2 (code "00001"): code "00001" đã được dùng ở đối tượng 0 — mỗi "code" phải là duy nhất',
    kept: ['00001', '00004'],
  },
  {
    file: 'missing-code.geojson',
    index: 1,
    key: null,
    rule: 'key-missing',
    message: 'missing-code.geojson: feature 1: property "code" is missing — every feature needs a "code"',
    vi: 'missing-code.geojson: đối tượng 1: thiếu thuộc tính "code" — mọi đối tượng cần có "code"',
    kept: ['00001', '00007'],
  },
  {
    file: 'malformed-code.geojson',
    index: 1,
    key: '34',
    rule: 'key-pattern',
    message:
      'malformed-code.geojson: feature 1 (code "34"): code "34" does not match /^\\d{5}$/ — every "code" must match /^\\d{5}$/',
    vi: 'malformed-code.geojson: đối tượng 1 (code "34"): code "34" không khớp /^\\d{5}$/ — mọi "code" phải khớp /^\\d{5}$/',
    kept: ['00001', '00007'],
  },
  {
    file: 'wrong-geometry-type.geojson',
    index: 1,
    key: '00034',
    rule: 'geometry-type',
    message:
      'wrong-geometry-type.geojson: feature 1 (code "00034"): geometry type is "LineString" — expected Polygon or MultiPolygon',
    vi: 'wrong-geometry-type.geojson: đối tượng 1 (code "00034"): kiểu hình học là "LineString" — cần Polygon hoặc MultiPolygon',
    kept: ['00001', '00007'],
  },
  {
    file: 'null-geometry.geojson',
    index: 1,
    key: '00034',
    rule: 'geometry-null',
    message:
      'null-geometry.geojson: feature 1 (code "00034"): geometry is null — every feature needs a Polygon or MultiPolygon geometry',
    vi: 'null-geometry.geojson: đối tượng 1 (code "00034"): hình học là null — mọi đối tượng cần có hình học Polygon hoặc MultiPolygon',
    kept: ['00001', '00007'],
  },
];

describe('rejected features: one exact error each, the others kept', () => {
  test.each(REJECTION_CASES)('$file', ({ file, index, key, rule, message, vi, kept, value }) => {
    const { features, issues } = parseFixture(file);
    const error = createError(file, rule, index, key, message, vi);
    expect(issues).toEqual([value === undefined ? error : { ...error, value }]);
    expect(codes(features)).toEqual(kept);
  });

  test('non-numeric, null and missing coordinates', () => {
    const file = 'non-numeric-coordinates.geojson';
    const { features, issues } = parseFixture(file);
    const rule = 'a position must be [lng, lat] finite numbers';
    const ruleVi = 'một vị trí phải là [kinh độ, vĩ độ] bằng số hữu hạn';
    const error = (n: number, code: string, value: string): DataIssue =>
      createError(
        file,
        'coordinate-invalid',
        n,
        code,
        `${file}: feature ${n} (code "${code}"): ring 0 position 1 is ${value} — ${rule}`,
        `${file}: đối tượng ${n} (code "${code}"): vòng 0 vị trí 1 là ${value} — ${ruleVi}`,
      );
    expect(issues).toEqual([
      error(1, '00034', '[105.86, "21.02"]'),
      error(2, '00035', '[105.86, null]'),
      error(3, '00036', '[105.86]'),
    ]);
    expect(codes(features)).toEqual(['00001', '00007']);
  });

  test('a feature without a key property still gets a message without a key when the layer has none', () => {
    const text = createCollectionText([
      { type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [10, 10] } },
    ]);
    const spec: GeoJsonSpec = { file: 'stops.geojson', geometryTypes: ['Point'], keyProperty: null };
    expect(parseGeoJsonLayer(text, spec).issues.map((i) => i.message)).toEqual([
      'stops.geojson: feature 0: coordinate [10, 10] is outside Hà Nội (lon 105.2–106.1, lat 20.5–21.5) — the layer must lie within Hà Nội',
    ]);
  });

  test('a line that collapses to one position', () => {
    const line = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [105.85, 21.02],
          [105.85, 21.02],
        ],
      },
    };
    const spec: GeoJsonSpec = { file: 'roads.geojson', geometryTypes: ['LineString'], keyProperty: null };
    const { features, issues } = parseGeoJsonLayer(createCollectionText([line]), spec);
    expect(features).toEqual([]);
    expect(issues.map((i) => [i.rule, i.message])).toEqual([
      [
        'line-too-few-positions',
        'roads.geojson: feature 0: line has 1 position after repair — a LineString needs at least 2 positions (RFC 7946 §3.1.4)',
      ],
    ]);
  });
});
