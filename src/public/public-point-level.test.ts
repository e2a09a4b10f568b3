import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { publicCoverageAtLevel } from './public-point-level.js';

/** A square of `side` degrees with its south-west corner at (x, y). */
function createSquare(x: number, y: number, side: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + side, y],
        [x + side, y + side],
        [x, y + side],
        [x, y],
      ],
    ],
  };
}

/**
 * A reader of four files: 4G reaches the whole 0.01° square outdoors and indoors; 5G reaches it outdoors but
 * indoors only its south-west quarter. Notes each file asked.
 */
function createReader(asked: string[]) {
  const squares: Record<string, Polygon> = {
    'coverage-4g.fgb': createSquare(105.8, 21.0, 0.01),
    'coverage-4g-indoor.fgb': createSquare(105.8, 21.0, 0.01),
    'coverage-5g.fgb': createSquare(105.8, 21.0, 0.01),
    'coverage-5g-indoor.fgb': createSquare(105.8, 21.0, 0.005),
  };
  return async (url: string): Promise<FeatureCollection> => {
    const file = url.split('/').pop()!;
    asked.push(file);
    const geometry = squares[file];
    return { type: 'FeatureCollection', features: geometry ? [{ type: 'Feature', geometry, properties: {} }] : [] };
  };
}

describe('publicCoverageAtLevel', () => {
  const point: [number, number] = [105.808, 21.008];

  it('answers from the outdoor files outdoors', async () => {
    const asked: string[] = [];
    const r = await publicCoverageAtLevel('https://example.org/data/', point, 'outdoor', createReader(asked));
    expect(r).toEqual({ '4G': true, '5G': true });
    expect(asked).toEqual(['coverage-4g.fgb', 'coverage-5g.fgb']);
  });

  it('answers from the indoor files indoors: no 5G indoors where it reaches only outdoors', async () => {
    const asked: string[] = [];
    const r = await publicCoverageAtLevel('https://example.org/data/', point, 'indoor', createReader(asked));
    expect(r).toEqual({ '4G': true, '5G': false });
    expect(asked).toEqual(['coverage-4g-indoor.fgb', 'coverage-5g-indoor.fgb']);
  });

  it('rejects with the reader’s error when a file cannot be read', async () => {
    const read = async (): Promise<FeatureCollection> => {
      throw new Error('coverage-5g-indoor.fgb: HTTP 404');
    };
    await expect(publicCoverageAtLevel('https://example.org/data/', point, 'indoor', read)).rejects.toThrow(
      'coverage-5g-indoor.fgb: HTTP 404',
    );
  });
});
