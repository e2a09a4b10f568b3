import { existsSync, readFileSync } from 'node:fs';
import type { Feature, Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { HANOI_DATA_DIR } from '../../test/support/data-dir.js';
import type { DataIssue } from '../domain/report.js';
import { parseGeoJsonLayer, type GeoJsonSpec } from './geojson-input.js';

const FIXTURES = 'test/fixtures/pipeline/';
const REAL_ADMIN = `${HANOI_DATA_DIR}/admin/`;

function createWardSpec(file: string): GeoJsonSpec {
  return { file, geometryTypes: ['Polygon', 'MultiPolygon'], keyProperty: 'code', keyPattern: /^\d{5}$/ };
}

function parseFixture(file: string): ReturnType<typeof parseGeoJsonLayer> {
  return parseGeoJsonLayer(readFileSync(FIXTURES + file, 'utf8'), createWardSpec(file));
}

/** An axis-aligned counter-clockwise square ring, closed, `[lng, lat]` degrees. */
function createSquare(lng = 105.85, lat = 21.02, side = 0.01): Position[] {
  return [
    [lng, lat],
    [lng + side, lat],
    [lng + side, lat + side],
    [lng, lat + side],
    [lng, lat],
  ];
}

function createPolygonFeature(code: string | null, rings: Position[][]): Feature {
  return {
    type: 'Feature',
    properties: code === null ? {} : { code },
    geometry: { type: 'Polygon', coordinates: rings },
  };
}

function createCollectionText(features: readonly unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features });
}

function codes(features: readonly Feature[]): unknown[] {
  return features.map((f) => f.properties?.['code']);
}

function createError(
  file: string,
  rule: string,
  index: number | null,
  key: string | null,
  message: string,
  vi: string,
): DataIssue {
  return { severity: 'error', rule, file, index, key, message, vi };
}

describe('file-level errors', () => {
  test('invalid JSON names the line and column of the parse error', () => {
    const result = parseFixture('invalid-json.geojson');
    expect(result.features).toEqual([]);
    expect(result.issues).toEqual([
      createError(
        'invalid-json.geojson',
        'json-invalid',
        null,
        null,
        'invalid-json.geojson: invalid JSON at line 3, column 54: Expected double-quoted property name — the file must be valid JSON (RFC 8259)',
        'invalid-json.geojson: JSON không hợp lệ ở dòng 3, cột 54: Expected double-quoted property name — tệp phải là JSON hợp lệ (RFC 8259)',
      ),
    ]);
  });

  test('truncated JSON is reported at the end of the text', () => {
    const text = '{"type": "FeatureCollection",\n "features": [';
    const { issues } = parseGeoJsonLayer(text, createWardSpec('cut.geojson'));
    expect(issues.map((i) => i.message)).toEqual([
      'cut.geojson: invalid JSON at line 2, column 15: unexpected end of input — the file must be valid JSON (RFC 8259)',
    ]);
  });

  test('a single Feature is not a FeatureCollection', () => {
    const { issues } = parseFixture('not-feature-collection.geojson');
    expect(issues).toEqual([
      createError(
        'not-feature-collection.geojson',
        'not-feature-collection',
        null,
        null,
        'not-feature-collection.geojson: top-level "type" is "Feature" — a layer file must be one GeoJSON FeatureCollection (RFC 7946 §3.3)',
        'not-feature-collection.geojson: "type" ở cấp cao nhất là "Feature" — một tệp lớp phải là một GeoJSON FeatureCollection (RFC 7946 §3.3)',
      ),
    ]);
  });

  test('features that are not an array', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: { a: 1 } });
    const { issues } = parseGeoJsonLayer(text, createWardSpec('obj.geojson'));
    expect(issues.map((i) => [i.rule, i.message])).toEqual([
      [
        'features-not-array',
        `obj.geojson: "features" is {…} — a FeatureCollection's "features" must be an array (RFC 7946 §3.3)`,
      ],
    ]);
  });

  test('an empty collection is a warning', () => {
    const { issues } = parseGeoJsonLayer(createCollectionText([]), createWardSpec('empty.geojson'));
    expect(issues).toEqual([
      {
        severity: 'warning',
        rule: 'collection-empty',
        file: 'empty.geojson',
        index: null,
        key: null,
        message: 'empty.geojson: the FeatureCollection has no features — a layer should have at least one feature',
        vi: 'empty.geojson: FeatureCollection không có đối tượng nào — một lớp cần có ít nhất một đối tượng',
      },
    ]);
  });

  test('a byte-order mark is stripped', () => {
    const text = `\uFEFF${createCollectionText([createPolygonFeature('00001', [createSquare()])])}`;
    expect(parseGeoJsonLayer(text, createWardSpec('bom.geojson')).issues).toEqual([]);
  });
});

/** Fixtures with one rejected feature (index 1 unless stated) between valid ones, and its exact error. */
const REJECTION_CASES: {
  file: string;
  index: number;
  key: string | null;
  rule: string;
  message: string;
  vi: string;
  kept: string[];
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
  test.each(REJECTION_CASES)('$file', ({ file, index, key, rule, message, vi, kept }) => {
    const { features, issues } = parseFixture(file);
    expect(issues).toEqual([createError(file, rule, index, key, message, vi)]);
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

describe('safe repairs', () => {
  test('an unclosed ring is closed and counted', () => {
    const { features, issues, repairs } = parseFixture('unclosed-ring.geojson');
    expect(issues).toEqual([]);
    expect(repairs).toEqual({ duplicateVertices: 0, ringsClosed: 1, ringsRewound: 0 });
    expect(features[1]?.geometry).toEqual({ type: 'Polygon', coordinates: [createSquare(105.85, 21.02)] });
    expect(codes(features)).toEqual(['00001', '00034', '00007']);
  });

  test('consecutive duplicate vertices are removed and counted', () => {
    const { features, issues, repairs } = parseFixture('duplicate-vertices.geojson');
    expect(issues).toEqual([]);
    expect(repairs).toEqual({ duplicateVertices: 2, ringsClosed: 0, ringsRewound: 0 });
    expect(features[1]?.geometry).toEqual({ type: 'Polygon', coordinates: [createSquare(105.85, 21.02)] });
  });

  test('a clockwise exterior and a counter-clockwise hole are rewound to RFC 7946', () => {
    const { features, issues, repairs } = parseFixture('clockwise-exterior.geojson');
    expect(issues).toEqual([]);
    expect(repairs).toEqual({ duplicateVertices: 0, ringsClosed: 0, ringsRewound: 2 });
    expect(features[1]?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [105.85, 21.02],
          [105.86, 21.02],
          [105.86, 21.03],
          [105.85, 21.03],
          [105.85, 21.02],
        ],
        [
          [105.853, 21.023],
          [105.853, 21.027],
          [105.857, 21.027],
          [105.857, 21.023],
          [105.853, 21.023],
        ],
      ],
    });
  });

  test('repairs of a rejected feature are not counted', () => {
    const unclosedBowtie = [
      [105.85, 21.02],
      [105.86, 21.03],
      [105.86, 21.02],
      [105.85, 21.03],
    ];
    const text = createCollectionText([createPolygonFeature('00001', [unclosedBowtie])]);
    const { repairs, issues } = parseGeoJsonLayer(text, createWardSpec('w.geojson'));
    expect(issues.map((i) => i.rule)).toEqual(['ring-self-intersection']);
    expect(repairs).toEqual({ duplicateVertices: 0, ringsClosed: 0, ringsRewound: 0 });
  });

  test('properties and other members of a repaired feature are kept', () => {
    const feature = {
      type: 'Feature',
      id: 7,
      properties: { code: '00001', name: 'Phúc Xá' },
      geometry: { type: 'Polygon', coordinates: [createSquare().slice(0, -1)] },
    };
    const { features } = parseGeoJsonLayer(createCollectionText([feature]), createWardSpec('w.geojson'));
    expect(features).toEqual([{ ...feature, geometry: { type: 'Polygon', coordinates: [createSquare()] } }]);
  });
});

describe('self-intersection', () => {
  test('rings touching themselves at a point are accepted with a warning', () => {
    const file = 'touching-ring.geojson';
    const { features, issues } = parseFixture(file);
    const why = 'accepted: a ring may touch itself at a point without crossing';
    const whyVi = 'chấp nhận: một vòng có thể tự chạm tại một điểm mà không cắt qua';
    const warning = (n: number, key: string, at: string): DataIssue => ({
      severity: 'warning',
      rule: 'ring-self-touch',
      file,
      index: n,
      key,
      message: `${file}: feature ${n} (code "${key}"): ring 0 touches itself at ${at} — ${why}`,
      vi: `${file}: đối tượng ${n} (code "${key}"): vòng 0 tự chạm vào chính nó tại ${at} — ${whyVi}`,
    });
    expect(issues).toEqual([warning(0, '00001', '[105.86, 21.03]'), warning(1, '00004', '[105.87, 21.02]')]);
    expect(codes(features)).toEqual(['00001', '00004', '00007']);
  });

  test('a spike is reported as the ring doubling back', () => {
    const ring = [
      [105.85, 21.02],
      [105.86, 21.02],
      [105.87, 21.02],
      [105.865, 21.02],
      [105.86, 21.03],
      [105.85, 21.02],
    ];
    const { issues } = parseGeoJsonLayer(
      createCollectionText([createPolygonFeature('00001', [ring])]),
      createWardSpec('w.geojson'),
    );
    expect(issues.map((i) => i.message)).toEqual([
      'w.geojson: feature 0 (code "00001"): ring 0 doubles back on itself at [105.87, 21.02] — a polygon ring must not cross or overlap itself (OGC Simple Features)',
    ]);
  });

  test('collinear non-adjacent edges sharing a stretch are an overlap', () => {
    // A "C" shape whose two arms lie on the same line and overlap between lng 105.86 and 105.87.
    const ring = [
      [105.85, 21.0],
      [105.87, 21.0],
      [105.87, 21.01],
      [105.86, 21.01],
      [105.86, 21.0],
      [105.88, 21.0],
      [105.88, 21.03],
      [105.85, 21.03],
      [105.85, 21.0],
    ];
    const { issues } = parseGeoJsonLayer(
      createCollectionText([createPolygonFeature('00001', [ring])]),
      createWardSpec('w.geojson'),
    );
    expect(issues.map((i) => [i.rule, i.message])).toEqual([
      [
        'ring-self-intersection',
        'w.geojson: feature 0 (code "00001"): ring 0 overlaps itself along a segment near [105.865, 21] — a polygon ring must not cross or overlap itself (OGC Simple Features)',
      ],
    ]);
  });

  test('a MultiPolygon names the polygon and ring', () => {
    const bowtie = [
      [105.85, 21.02],
      [105.86, 21.03],
      [105.86, 21.02],
      [105.85, 21.03],
      [105.85, 21.02],
    ];
    const feature = {
      type: 'Feature',
      properties: { code: '00001' },
      geometry: { type: 'MultiPolygon', coordinates: [[createSquare(105.9)], [bowtie]] },
    };
    const { issues } = parseGeoJsonLayer(createCollectionText([feature]), createWardSpec('w.geojson'));
    expect(issues.map((i) => i.message)).toEqual([
      'w.geojson: feature 0 (code "00001"): polygon 1 ring 0 crosses itself near [105.855, 21.025] — a polygon ring must not cross or overlap itself (OGC Simple Features)',
    ]);
  });

  test('the check can be switched off', () => {
    const bowtie = [
      [105.85, 21.02],
      [105.86, 21.03],
      [105.86, 21.02],
      [105.85, 21.03],
      [105.85, 21.02],
    ];
    const text = createCollectionText([createPolygonFeature('00001', [bowtie])]);
    const { features, issues } = parseGeoJsonLayer(text, {
      ...createWardSpec('w.geojson'),
      checkSelfIntersection: false,
    });
    expect(issues).toEqual([]);
    expect(features).toHaveLength(1);
  });

  test('the verdict does not depend on the start vertex or the direction of a ring', () => {
    const open: Record<string, Position[]> = {
      'ring-self-intersection': [
        [105.85, 21.02],
        [105.86, 21.03],
        [105.87, 21.04],
        [105.87, 21.02],
        [105.86, 21.03],
        [105.85, 21.04],
      ],
      'ring-self-touch': [
        [105.85, 21.02],
        [105.86, 21.03],
        [105.87, 21.02],
        [105.87, 21.04],
        [105.86, 21.03],
        [105.85, 21.04],
      ],
    };
    for (const [rule, ring] of Object.entries(open)) {
      for (const reversed of [false, true]) {
        const directed = reversed ? [...ring].reverse() : ring;
        for (let start = 0; start < directed.length; start++) {
          const rotated = [...directed.slice(start), ...directed.slice(0, start)];
          const text = createCollectionText([createPolygonFeature('00001', [[...rotated, rotated[0]!]])]);
          const { issues } = parseGeoJsonLayer(text, createWardSpec('w.geojson'));
          expect(
            issues.map((i) => i.rule),
            `${rule}, start ${start}, reversed ${reversed}`,
          ).toEqual([rule]);
          expect(issues[0]?.message).toContain('[105.86, 21.03]');
        }
      }
    }
  });

  test('a large ring of 4,000 vertices is accepted, and one swapped pair of vertices is caught', () => {
    const n = 4000;
    const circle: Position[] = Array.from({ length: n }, (_, i) => {
      const a = (2 * Math.PI * i) / n;
      return [105.85 + 0.1 * Math.cos(a), 21.0 + 0.1 * Math.sin(a)];
    });
    const closed = [...circle, circle[0]!];
    expect(
      parseGeoJsonLayer(createCollectionText([createPolygonFeature('00001', [closed])]), createWardSpec('w.geojson'))
        .issues,
    ).toEqual([]);
    const broken = [...closed];
    [broken[100], broken[101]] = [broken[101]!, broken[100]!];
    const { issues } = parseGeoJsonLayer(
      createCollectionText([createPolygonFeature('00001', [broken])]),
      createWardSpec('w.geojson'),
    );
    expect(issues.map((i) => i.rule)).toEqual(['ring-self-intersection']);
  });
});

describe.skipIf(!existsSync(REAL_ADMIN))('the real Hà Nội boundary files', () => {
  const cases = [
    { file: 'wards-2025.geojson', keyProperty: 'code', keyPattern: /^\d{5}$/, count: 126 },
    { file: 'districts-2019.geojson', keyProperty: 'district_code', keyPattern: /^\d{3}$/, count: 30 },
    { file: 'wards-2019-lowres.geojson', keyProperty: 'ward_code', keyPattern: /^\d{5}$/, count: 584 },
  ];
  test.each(cases)('$file: every feature accepted, no errors', ({ file, keyProperty, keyPattern, count }) => {
    const spec: GeoJsonSpec = { file, geometryTypes: ['Polygon', 'MultiPolygon'], keyProperty, keyPattern };
    const { features, issues, repairs } = parseGeoJsonLayer(readFileSync(REAL_ADMIN + file, 'utf8'), spec);
    const errors = issues.filter((i) => i.severity === 'error');
    const warnings = issues.filter((i) => i.severity === 'warning');
    console.log(
      `${file}: ${features.length} features, ${errors.length} errors, ${warnings.length} warnings, repairs ${JSON.stringify(repairs)}`,
    );
    for (const issue of issues) console.log(`  ${issue.severity} ${issue.rule}: ${issue.message}`);
    expect(errors.map((i) => i.message)).toEqual([]);
    expect(features).toHaveLength(count);
  });
});

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
