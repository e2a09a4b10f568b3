import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import {
  intersectShapes,
  projectPolygon,
  ringBoxesOf,
  shapeOf,
  shapeToMultiPolygon,
  subtractShapes,
  unionShapes,
} from './planar.js';
import { geodesicCircle, polygonAreaM2 } from './geodesy.js';

function createBox(minLng: number, minLat: number, maxLng: number, maxLat: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [minLng, minLat],
        [maxLng, minLat],
        [maxLng, maxLat],
        [minLng, maxLat],
        [minLng, minLat],
      ],
    ],
  };
}

describe('planar shapes', () => {
  it('a projected polygon has its ellipsoidal area (relative 1e-5)', () => {
    const box = createBox(105.8, 21.0, 105.82, 21.01);
    expect(projectPolygon(box).areaM2 / polygonAreaM2(box)).toBeCloseTo(1, 5);
  });

  it('counts a hole as a hole whatever its winding', () => {
    const outer = createBox(105.8, 21.0, 105.84, 21.04).coordinates[0]!;
    const hole = createBox(105.81, 21.01, 105.82, 21.02).coordinates[0]!;
    const withCcwHole: Polygon = { type: 'Polygon', coordinates: [outer, hole] };
    const withCwHole: Polygon = { type: 'Polygon', coordinates: [outer, [...hole].reverse()] };
    const expected =
      polygonAreaM2(createBox(105.8, 21.0, 105.84, 21.04)) - polygonAreaM2(createBox(105.81, 21.01, 105.82, 21.02));
    expect(projectPolygon(withCcwHole).areaM2 / expected).toBeCloseTo(1, 5);
    expect(projectPolygon(withCwHole).areaM2 / expected).toBeCloseTo(1, 5);
  });

  it('union, intersection and difference agree on areas', () => {
    const a = projectPolygon({ type: 'Polygon', coordinates: [geodesicCircle([105.85, 21.03], 1000)] });
    const b = projectPolygon({ type: 'Polygon', coordinates: [geodesicCircle([105.86, 21.03], 1000)] });
    const u = unionShapes([a, b]).areaM2;
    const i = intersectShapes(a, b).areaM2;
    // Intersection points round to the centimetre grid: a few m² in 6 km² at most.
    expect(Math.abs(u + i - (a.areaM2 + b.areaM2)) / u).toBeLessThan(1e-6);
    expect(Math.abs(subtractShapes(a, b).areaM2 - (a.areaM2 - i)) / u).toBeLessThan(1e-6);
  });

  it('round-trips to a GeoJSON MultiPolygon with holes nested and RFC 7946 winding', () => {
    const outer = createBox(105.8, 21.0, 105.84, 21.04).coordinates[0]!;
    const hole = createBox(105.81, 21.01, 105.82, 21.02).coordinates[0]!;
    const shape = projectPolygon({ type: 'Polygon', coordinates: [outer, hole] });
    const mp: MultiPolygon = shapeToMultiPolygon(shape);
    expect(mp.coordinates).toHaveLength(1);
    expect(mp.coordinates[0]).toHaveLength(2);
    expect(polygonAreaM2(mp) / shape.areaM2).toBeCloseTo(1, 4);
  });
});

describe('ringBoxesOf', () => {
  it('gives each ring its box, in path order, and the same list for the same shape', () => {
    const square = (x: number, y: number, d: number) => [
      { x, y },
      { x: x + d, y },
      { x: x + d, y: y + d },
      { x, y: y + d },
    ];
    const shape = shapeOf([square(0, 0, 100), square(20, 30, 10).reverse()]);
    expect(ringBoxesOf(shape)).toEqual([
      [0, 0, 100, 100],
      [20, 30, 30, 40],
    ]);
    expect(ringBoxesOf(shape)).toBe(ringBoxesOf(shape));
  });
});
