/** The GeoJSON layer reader's safe repairs: rings closed, duplicate vertices removed, rings rewound, all counted. */
import { describe, expect, test } from 'vitest';
import {
  codes,
  createCollectionText,
  createPolygonFeature,
  createSquare,
  createWardSpec,
  parseFixture,
} from '../../test/support/geojson-layer.js';
import { parseGeoJsonLayer } from './geojson-input.js';

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
