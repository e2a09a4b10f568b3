import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Position } from 'geojson';
import { prepareRoads, splitRoads } from './roads-split.js';
import { lineLengthM } from './geodesy.js';

const LAT = 21.005;

/** A square `[lng0, lat0]`–`[lng1, lat1]` as a MultiPolygon, degrees. */
function createSquare(lng0: number, lat0: number, lng1: number, lat1: number): MultiPolygon {
  return {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [lng0, lat0],
          [lng1, lat0],
          [lng1, lat1],
          [lng0, lat1],
          [lng0, lat0],
        ],
      ],
    ],
  };
}

function createRoad(highway: string, coords: Position[], name?: string): Feature {
  return {
    type: 'Feature',
    properties: name === undefined ? { highway } : { highway, name },
    geometry: { type: 'LineString', coordinates: coords },
  };
}

/** The covered footprint west of 105.81° E and the uncovered rest of the city east of it, 1 km squares. */
const COVERED = [createSquare(105.8, 21.0, 105.81, 21.01)];
const UNCOVERED = [createSquare(105.81, 21.0, 105.82, 21.01)];

const partLengthM = (f: Feature) =>
  f.geometry.type === 'MultiLineString' ? f.geometry.coordinates.reduce((sum, l) => sum + lineLengthM(l), 0) : NaN;

describe('splitRoads', () => {
  it('cuts a road crossing the footprint into its covered part and its uncovered part, covered first', () => {
    const roads = prepareRoads([
      createRoad(
        'primary',
        [
          [105.805, LAT],
          [105.815, LAT],
        ],
        'Phố Huế',
      ),
    ]);
    const parts = splitRoads(roads, COVERED, UNCOVERED);
    expect(parts.map((p) => p.properties)).toEqual([
      { highway: 'primary', name: 'Phố Huế', covered: true },
      { highway: 'primary', name: 'Phố Huế', covered: false },
    ]);
    // Each half spans 0.005° of longitude along the parallel at 21.005° N: 519.7 m (N(φ)·cos φ·Δλ on WGS84).
    const whole = lineLengthM([
      [105.805, LAT],
      [105.815, LAT],
    ]);
    expect(partLengthM(parts[0]!)).toBeCloseTo(whole / 2, 1);
    expect(partLengthM(parts[1]!)).toBeCloseTo(whole / 2, 1);
    expect(parts[0]!.geometry.coordinates[0]!.map((p) => p[0]!).sort()).toEqual([
      expect.closeTo(105.805, 6),
      expect.closeTo(105.81, 6),
    ]);
  });

  it('draws a road wholly inside the footprint as one covered feature', () => {
    const parts = splitRoads(
      prepareRoads([
        createRoad('tertiary', [
          [105.802, LAT],
          [105.808, LAT],
        ]),
      ]),
      COVERED,
      UNCOVERED,
    );
    expect(parts.map((p) => [p.properties.covered, p.properties.name])).toEqual([[true, null]]);
  });

  it('draws nothing of a road outside the city (in neither the covered nor the uncovered tiles)', () => {
    const parts = splitRoads(
      prepareRoads([
        createRoad('trunk', [
          [105.9, LAT],
          [105.91, LAT],
        ]),
      ]),
      COVERED,
      UNCOVERED,
    );
    expect(parts).toEqual([]);
  });

  it('leaves out and counts roads of other classes and roads without a line', () => {
    const noLine: Feature = { type: 'Feature', properties: { highway: 'primary' }, geometry: null as never };
    const prepared = prepareRoads([
      createRoad('residential', [
        [105.805, LAT],
        [105.815, LAT],
      ]),
      noLine,
      createRoad('secondary', [
        [105.805, LAT],
        [105.805, LAT],
      ]),
    ]);
    expect(prepared.roads).toEqual([]);
    expect(prepared.skipped).toEqual({ otherClass: 1, noLine: 2 });
  });
});
