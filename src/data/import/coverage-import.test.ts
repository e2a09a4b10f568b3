/** Coverage polygons from GeoJSON: one item per operator and technology, exact messages, dropped geometry never counted. */
import { describe, expect, test } from 'vitest';
import { createCollectionText } from '../../../test/support/geojson-layer.js';
import { issueMessages, readImportFixture } from '../../../test/support/import-fixtures.js';
import { importCoverageFeatures, importCoverageGeoJson } from './coverage-import.js';

describe('coverage polygons', () => {
  const source = 'coverage.geojson';
  const result = importCoverageGeoJson(readImportFixture(source), source);

  test('operator and technology per feature, one item per technology listed', () => {
    expect(result.items.map((i) => [i.operator, i.tech, i.geometry.type])).toEqual([
      ['viettel', '5G', 'Polygon'],
      ['vnpt', '4G', 'MultiPolygon'],
      ['vnpt', '5G', 'MultiPolygon'],
    ]);
  });

  test('one exact message per rejected feature', () => {
    expect(issueMessages(result.issues)).toEqual([
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
    const features = (JSON.parse(readImportFixture(source)) as { features: GeoJSON.Feature[] }).features;
    expect(importCoverageFeatures(features, source)).toEqual(result);
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
    const { items, issues } = importCoverageGeoJson(createCollectionText([feature]), 'c.geojson');
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
    const { issues } = importCoverageGeoJson(readImportFixture('coverage.geojson'), 'coverage.geojson');
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
