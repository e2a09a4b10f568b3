import { describe, expect, test } from 'vitest';
import type { MultiPolygon, Position } from 'geojson';
import {
  FIRST_VIEW_HEIGHT,
  frameOf,
  geometryPath,
  mercator,
  ringPath,
  simplifyLine,
  type FirstViewFrame,
} from './first-view-geometry.js';

/** A frame that scales degrees by 10 with no projection: paths can be worked out by hand. */
const TIMES_10: FirstViewFrame = { width: 100, height: 100, project: (p) => [p[0]! * 10, p[1]! * 10] };

const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('Web Mercator and the frame', () => {
  test('mercator puts [0, 0] at the middle and [180, 0] at the right edge, as MapLibre', () => {
    expect(mercator([0, 0])).toEqual([0.5, 0.5]);
    expect(mercator([180, 0])[0]).toBe(1);
  });

  test('the frame of ±1° around [0, 0] is as wide as the degrees are long in Mercator', () => {
    // Width / height = (2° in radians) / (2 · ln tan(45.5°)) = 0.0349066 / 0.0349084 = 0.999949.
    const f = frameOf(
      [
        [-1, -1],
        [1, 1],
      ],
      200,
    );
    expect(f.height).toBe(200);
    expect(f.width).toBeCloseTo(199.99, 2);
    expect(f.project([-1, 1])[0]).toBeCloseTo(0, 9);
    expect(f.project([-1, 1])[1]).toBeCloseTo(0, 9);
    expect(f.project([1, -1])[1]).toBeCloseTo(200, 9);
    expect(f.project([0, 0])[0]).toBeCloseTo(f.width / 2, 9);
  });

  test('the default frame is FIRST_VIEW_HEIGHT units high', () => {
    const f = frameOf([
      [105.28, 20.56],
      [106.02, 21.39],
    ]);
    expect(f.height).toBe(FIRST_VIEW_HEIGHT);
    // Hà Nội's frame is taller than wide: 0.74° of longitude against 0.83° of latitude at 21° N.
    expect(f.width / f.height).toBeCloseTo(0.74 / (0.83 / Math.cos((20.975 * Math.PI) / 180)), 2);
  });
});

describe('Douglas–Peucker', () => {
  test('drops a point 0.4 units off the line and keeps one 2 units off', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [5, 0.4],
          [10, 0],
        ],
        1,
      ),
    ).toEqual([
      [0, 0],
      [10, 0],
    ]);
    expect(
      simplifyLine(
        [
          [0, 0],
          [5, 2],
          [10, 0],
        ],
        1,
      ),
    ).toHaveLength(3);
  });
});

describe('ring and geometry paths', () => {
  test('a square becomes a move, three relative steps and a close', () => {
    expect(ringPath(square(0, 0, 10), TIMES_10)).toBe('M0 0l100 0 0 100-100 0z');
  });

  test('the same square starting at another corner draws the same four corners', () => {
    const ring: Position[] = [
      [10, 10],
      [0, 10],
      [0, 0],
      [10, 0],
      [10, 10],
    ];
    expect(ringPath(ring, TIMES_10)).toBe('M100 100l-100 0 0-100 100 0z');
  });

  test('coordinates are rounded to whole units and a vertex within the tolerance is dropped', () => {
    const ring: Position[] = [
      [0.04, 0.02],
      [5, 0.03],
      [10, 0],
      [10, 10],
      [0, 10],
      [0.04, 0.02],
    ];
    expect(ringPath(ring, TIMES_10)).toBe('M0 0l100 0 0 100-100 0z');
  });

  test('a ring smaller than a unit collapses to nothing', () => {
    expect(ringPath(square(1, 1, 0.02), TIMES_10)).toBe('');
  });

  test('a MultiPolygon with a hole gives every ring, holes included', () => {
    const g: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 10), square(2, 2, 2)], [square(20, 0, 1)]],
    };
    expect(geometryPath(g, TIMES_10)).toBe('M0 0l100 0 0 100-100 0zM20 20l20 0 0 20-20 0zM200 0l10 0 0 10-10 0z');
  });

  test('a point or a null geometry has no path', () => {
    expect(geometryPath({ type: 'Point', coordinates: [1, 1] }, TIMES_10)).toBe('');
    expect(geometryPath(null, TIMES_10)).toBe('');
  });
});
