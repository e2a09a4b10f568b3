import { existsSync, readFileSync } from 'node:fs';
import type { Feature, Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { HANOI_DATA_DIR } from '../../test/support/data-dir';
import type { DataIssue } from '../domain/report';
import { parseGeoJsonLayer, type GeoJsonSpec } from './geojson-input';

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
  return { type: 'Feature', properties: code === null ? {} : { code }, geometry: { type: 'Polygon', coordinates: rings } };
}

function createCollectionText(features: readonly unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features });
}

function codes(features: readonly Feature[]): unknown[] {
  return features.map((f) => f.properties?.['code']);
}

function createError(file: string, rule: string, index: number | null, key: string | null, message: string): DataIssue {
  return { severity: 'error', rule, file, index, key, message };
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
      ),
    ]);
  });

  test('features that are not an array', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: { a: 1 } });
    const { issues } = parseGeoJsonLayer(text, createWardSpec('obj.geojson'));
    expect(issues.map((i) => [i.rule, i.message])).toEqual([
      ['features-not-array', `obj.geojson: "features" is {…} — a FeatureCollection's "features" must be an array (RFC 7946 §3.3)`],
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
      },
    ]);
  });

  test('a byte-order mark is stripped', () => {
    const text = `\uFEFF${createCollectionText([createPolygonFeature('00001', [createSquare()])])}`;
    expect(parseGeoJsonLayer(text, createWardSpec('bom.geojson')).issues).toEqual([]);
  });
});

/** Fixtures with one rejected feature (index 1 unless stated) between valid ones, and its exact error. */
const REJECTION_CASES: { file: string; index: number; key: string | null; rule: string; message: string; kept: string[] }[] = [
  {
    file: 'swapped-latlon.geojson',
    index: 1,
    key: '00034',
    rule: 'coords-swapped',
    message:
      'swapped-latlon.geojson: feature 1 (code "00034"): coordinate [21.0285, 105.8523] (and 4 more) is outside Hà Nội (lon 105.2–106.1, lat 20.5–21.5) — latitude and longitude look swapped',
    kept: ['00001', '00007'],
  },
  {
    file: 'vn2000-metres.geojson',
    index: 1,
    key: '00034',
    rule: 'coords-projected',
    message:
      'vn2000-metres.geojson: feature 1 (code "00034"): coordinate [585000, 2324000] (and 4 more) is outside Hà Nội (lon 105.2–106.1, lat 20.5–21.5) — looks like projected metres (VN-2000 / UTM), not WGS84 degrees',
    kept: ['00001', '00007'],
  },
  {
    file: 'outside-hanoi.geojson',
    index: 1,
    key: '26734',
    rule: 'coords-outside',
    message:
      'outside-hanoi.geojson: feature 1 (code "26734"): coordinate [106.7, 10.78] (and 4 more) is outside Hà Nội (lon 105.2–106.1, lat 20.5–21.5) — the layer must lie within Hà Nội',
    kept: ['00001', '00007'],
  },
  {
    file: 'self-intersecting.geojson',
    index: 1,
    key: '00034',
    rule: 'ring-self-intersection',
    message:
      'self-intersecting.geojson: feature 1 (code "00034"): ring 0 crosses itself near [105.855, 21.025] — a polygon ring must not cross or overlap itself (OGC Simple Features)',
    kept: ['00001', '00007'],
  },
  {
    file: 'self-intersecting-at-vertex.geojson',
    index: 1,
    key: '00034',
    rule: 'ring-self-intersection',
    message:
      'self-intersecting-at-vertex.geojson: feature 1 (code "00034"): ring 0 crosses itself near [105.86, 21.03] — a polygon ring must not cross or overlap itself (OGC Simple Features)',
    kept: ['00001', '00007'],
  },
  {
    file: 'too-few-positions.geojson',
    index: 1,
    key: '00034',
    rule: 'ring-too-few-positions',
    message:
      'too-few-positions.geojson: feature 1 (code "00034"): ring 0 has 3 positions after repair — a linear ring needs at least 4 positions (RFC 7946 §3.1.6)',
    kept: ['00001', '00007'],
  },
  {
    file: 'duplicate-codes.geojson',
    index: 2,
    key: '00001',
    rule: 'key-duplicate',
    message: 'duplicate-codes.geojson: feature 2 (code "00001"): code "00001" is also used by feature 0 — every "code" must be unique',
    kept: ['00001', '00004'],
  },
  {
    file: 'missing-code.geojson',
    index: 1,
    key: null,
    rule: 'key-missing',
    message: 'missing-code.geojson: feature 1: property "code" is missing — every feature needs a "code"',
    kept: ['00001', '00007'],
  },
  {
    file: 'malformed-code.geojson',
    index: 1,
    key: '34',
    rule: 'key-pattern',
    message: 'malformed-code.geojson: feature 1 (code "34"): code "34" does not match /^\\d{5}$/ — every "code" must match /^\\d{5}$/',
    kept: ['00001', '00007'],
  },
  {
    file: 'wrong-geometry-type.geojson',
    index: 1,
    key: '00034',
    rule: 'geometry-type',
    message: 'wrong-geometry-type.geojson: feature 1 (code "00034"): geometry type is "LineString" — expected Polygon or MultiPolygon',
    kept: ['00001', '00007'],
  },
  {
    file: 'null-geometry.geojson',
    index: 1,
    key: '00034',
    rule: 'geometry-null',
    message:
      'null-geometry.geojson: feature 1 (code "00034"): geometry is null — every feature needs a Polygon or MultiPolygon geometry',
    kept: ['00001', '00007'],
  },
  {
    file: 'empty-coordinates.geojson',
    index: 1,
    key: '00034',
    rule: 'coordinates-empty',
    message:
      'empty-coordinates.geojson: feature 1 (code "00034"): polygon 1 ring 0 is empty — a geometry must not have empty parts',
    kept: ['00001', '00007'],
  },
];

describe('rejected features: one exact error each, the others kept', () => {
  test.each(REJECTION_CASES)('$file', ({ file, index, key, rule, message, kept }) => {
    const { features, issues } = parseFixture(file);
    expect(issues).toEqual([createError(file, rule, index, key, message)]);
    expect(codes(features)).toEqual(kept);
  });

  test('non-numeric, null and missing coordinates', () => {
    const file = 'non-numeric-coordinates.geojson';
    const { features, issues } = parseFixture(file);
    const rule = 'a position must be [lng, lat] finite numbers';
    expect(issues).toEqual([
      createError(file, 'coordinate-invalid', 1, '00034', `${file}: feature 1 (code "00034"): ring 0 position 1 is [105.86, "21.02"] — ${rule}`),
      createError(file, 'coordinate-invalid', 2, '00035', `${file}: feature 2 (code "00035"): ring 0 position 1 is [105.86, null] — ${rule}`),
      createError(file, 'coordinate-invalid', 3, '00036', `${file}: feature 3 (code "00036"): ring 0 position 1 is [105.86] — ${rule}`),
    ]);
    expect(codes(features)).toEqual(['00001', '00007']);
  });

  test('a feature without a key property still gets a message without a key when the layer has none', () => {
    const text = createCollectionText([{ type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [10, 10] } }]);
    const spec: GeoJsonSpec = { file: 'stops.geojson', geometryTypes: ['Point'], keyProperty: null };
    expect(parseGeoJsonLayer(text, spec).issues.map((i) => i.message)).toEqual([
      'stops.geojson: feature 0: coordinate [10, 10] is outside Hà Nội (lon 105.2–106.1, lat 20.5–21.5) — the layer must lie within Hà Nội',
    ]);
  });

  test('a line that collapses to one position', () => {
    const line = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[105.85, 21.02], [105.85, 21.02]] } };
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
        [[105.85, 21.02], [105.86, 21.02], [105.86, 21.03], [105.85, 21.03], [105.85, 21.02]],
        [[105.853, 21.023], [105.853, 21.027], [105.857, 21.027], [105.857, 21.023], [105.853, 21.023]],
      ],
    });
  });

  test('repairs of a rejected feature are not counted', () => {
    const unclosedBowtie = [[105.85, 21.02], [105.86, 21.03], [105.86, 21.02], [105.85, 21.03]];
    const text = createCollectionText([createPolygonFeature('00001', [unclosedBowtie])]);
    const { repairs, issues } = parseGeoJsonLayer(text, createWardSpec('w.geojson'));
    expect(issues.map((i) => i.rule)).toEqual(['ring-self-intersection']);
    expect(repairs).toEqual({ duplicateVertices: 0, ringsClosed: 0, ringsRewound: 0 });
  });

  test('properties and other members of a repaired feature are kept', () => {
    const feature = { type: 'Feature', id: 7, properties: { code: '00001', name: 'Phúc Xá' }, geometry: { type: 'Polygon', coordinates: [createSquare().slice(0, -1)] } };
    const { features } = parseGeoJsonLayer(createCollectionText([feature]), createWardSpec('w.geojson'));
    expect(features).toEqual([{ ...feature, geometry: { type: 'Polygon', coordinates: [createSquare()] } }]);
  });
});

describe('self-intersection', () => {
  test('rings touching themselves at a point are accepted with a warning', () => {
    const file = 'touching-ring.geojson';
    const { features, issues } = parseFixture(file);
    const why = 'accepted: a ring may touch itself at a point without crossing';
    expect(issues).toEqual([
      { severity: 'warning', rule: 'ring-self-touch', file, index: 0, key: '00001', message: `${file}: feature 0 (code "00001"): ring 0 touches itself at [105.86, 21.03] — ${why}` },
      { severity: 'warning', rule: 'ring-self-touch', file, index: 1, key: '00004', message: `${file}: feature 1 (code "00004"): ring 0 touches itself at [105.87, 21.02] — ${why}` },
    ]);
    expect(codes(features)).toEqual(['00001', '00004', '00007']);
  });

  test('a spike is reported as the ring doubling back', () => {
    const ring = [[105.85, 21.02], [105.86, 21.02], [105.87, 21.02], [105.865, 21.02], [105.86, 21.03], [105.85, 21.02]];
    const { issues } = parseGeoJsonLayer(createCollectionText([createPolygonFeature('00001', [ring])]), createWardSpec('w.geojson'));
    expect(issues.map((i) => i.message)).toEqual([
      'w.geojson: feature 0 (code "00001"): ring 0 doubles back on itself at [105.87, 21.02] — a polygon ring must not cross or overlap itself (OGC Simple Features)',
    ]);
  });

  test('collinear non-adjacent edges sharing a stretch are an overlap', () => {
    // A "C" shape whose two arms lie on the same line and overlap between lng 105.86 and 105.87.
    const ring = [[105.85, 21.0], [105.87, 21.0], [105.87, 21.01], [105.86, 21.01], [105.86, 21.0], [105.88, 21.0], [105.88, 21.03], [105.85, 21.03], [105.85, 21.0]];
    const { issues } = parseGeoJsonLayer(createCollectionText([createPolygonFeature('00001', [ring])]), createWardSpec('w.geojson'));
    expect(issues.map((i) => [i.rule, i.message])).toEqual([
      [
        'ring-self-intersection',
        'w.geojson: feature 0 (code "00001"): ring 0 overlaps itself along a segment near [105.865, 21] — a polygon ring must not cross or overlap itself (OGC Simple Features)',
      ],
    ]);
  });

  test('a MultiPolygon names the polygon and ring', () => {
    const bowtie = [[105.85, 21.02], [105.86, 21.03], [105.86, 21.02], [105.85, 21.03], [105.85, 21.02]];
    const feature = { type: 'Feature', properties: { code: '00001' }, geometry: { type: 'MultiPolygon', coordinates: [[createSquare(105.9)], [bowtie]] } };
    const { issues } = parseGeoJsonLayer(createCollectionText([feature]), createWardSpec('w.geojson'));
    expect(issues.map((i) => i.message)).toEqual([
      'w.geojson: feature 0 (code "00001"): polygon 1 ring 0 crosses itself near [105.855, 21.025] — a polygon ring must not cross or overlap itself (OGC Simple Features)',
    ]);
  });

  test('the check can be switched off', () => {
    const bowtie = [[105.85, 21.02], [105.86, 21.03], [105.86, 21.02], [105.85, 21.03], [105.85, 21.02]];
    const text = createCollectionText([createPolygonFeature('00001', [bowtie])]);
    const { features, issues } = parseGeoJsonLayer(text, { ...createWardSpec('w.geojson'), checkSelfIntersection: false });
    expect(issues).toEqual([]);
    expect(features).toHaveLength(1);
  });

  test('the verdict does not depend on the start vertex or the direction of a ring', () => {
    const open: Record<string, Position[]> = {
      'ring-self-intersection': [[105.85, 21.02], [105.86, 21.03], [105.87, 21.04], [105.87, 21.02], [105.86, 21.03], [105.85, 21.04]],
      'ring-self-touch': [[105.85, 21.02], [105.86, 21.03], [105.87, 21.02], [105.87, 21.04], [105.86, 21.03], [105.85, 21.04]],
    };
    for (const [rule, ring] of Object.entries(open)) {
      for (const reversed of [false, true]) {
        const directed = reversed ? [...ring].reverse() : ring;
        for (let start = 0; start < directed.length; start++) {
          const rotated = [...directed.slice(start), ...directed.slice(0, start)];
          const text = createCollectionText([createPolygonFeature('00001', [[...rotated, rotated[0]!]])]);
          const { issues } = parseGeoJsonLayer(text, createWardSpec('w.geojson'));
          expect(issues.map((i) => i.rule), `${rule}, start ${start}, reversed ${reversed}`).toEqual([rule]);
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
    expect(parseGeoJsonLayer(createCollectionText([createPolygonFeature('00001', [closed])]), createWardSpec('w.geojson')).issues).toEqual([]);
    const broken = [...closed];
    [broken[100], broken[101]] = [broken[101]!, broken[100]!];
    const { issues } = parseGeoJsonLayer(createCollectionText([createPolygonFeature('00001', [broken])]), createWardSpec('w.geojson'));
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
    console.log(`${file}: ${features.length} features, ${errors.length} errors, ${warnings.length} warnings, repairs ${JSON.stringify(repairs)}`);
    for (const issue of issues) console.log(`  ${issue.severity} ${issue.rule}: ${issue.message}`);
    expect(errors.map((i) => i.message)).toEqual([]);
    expect(features).toHaveLength(count);
  });
});
