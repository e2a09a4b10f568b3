/** The GeoJSON layer reader on whole files: file-level errors, and the real Hà Nội boundary files read clean. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { HANOI_DATA_DIR } from '../../test/support/data-dir.js';
import {
  createCollectionText,
  createError,
  createPolygonFeature,
  createSquare,
  createWardSpec,
  parseFixture,
} from '../../test/support/geojson-layer.js';
import { parseGeoJsonLayer, type GeoJsonSpec } from './geojson-input.js';

const REAL_ADMIN = `${HANOI_DATA_DIR}/admin/`;

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
