import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { polygonHolds } from './public-point.js';
import { publicCoverageAtLevel } from './public-point-level.js';

/** A square of `side` degrees with its south-west corner at (x, y), optionally with a square hole in its middle. */
function createSquare(x: number, y: number, side: number, hole = false): Polygon {
  const ring = (a: number, b: number, s: number) => [
    [a, b],
    [a + s, b],
    [a + s, b + s],
    [a, b + s],
    [a, b],
  ];
  return {
    type: 'Polygon',
    coordinates: hole ? [ring(x, y, side), ring(x + side / 4, y + side / 4, side / 2)] : [ring(x, y, side)],
  };
}

describe('polygonHolds', () => {
  it('holds a point inside the shell and not one outside', () => {
    const sq = createSquare(105.8, 21.0, 0.01);
    expect(polygonHolds(sq, [105.805, 21.005])).toBe(true);
    expect(polygonHolds(sq, [105.815, 21.005])).toBe(false);
  });

  it('does not hold a point in a hole', () => {
    const sq = createSquare(105.8, 21.0, 0.01, true);
    expect(polygonHolds(sq, [105.805, 21.005])).toBe(false);
    expect(polygonHolds(sq, [105.801, 21.001])).toBe(true);
  });
});

describe('publicCoverageAtLevel outdoors', () => {
  it('answers 5G where a 5G tile holds the point and 4G where none does, reading a box around it', async () => {
    const asked: string[] = [];
    const read = async (url: string, bbox: [number, number, number, number]): Promise<FeatureCollection> => {
      asked.push(`${url.split('/').pop()} ${bbox.map((v) => v.toFixed(4)).join(',')}`);
      const geometry = createSquare(105.8, 21.0, 0.01);
      return {
        type: 'FeatureCollection',
        features: url.endsWith('coverage-5g.fgb') ? [{ type: 'Feature', geometry, properties: {} }] : [],
      };
    };
    const r = await publicCoverageAtLevel('https://example.org/data/', [105.805, 21.005], 'outdoor', read);
    expect(r).toEqual({ '4G': false, '5G': true });
    expect(asked).toEqual([
      'coverage-4g.fgb 105.8049,21.0049,105.8051,21.0051',
      'coverage-5g.fgb 105.8049,21.0049,105.8051,21.0051',
    ]);
  });
});
