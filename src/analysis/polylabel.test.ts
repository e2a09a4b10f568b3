import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { planarPole, poleOfInaccessibility, signedDistance, thinRing } from './polylabel.js';

/** A closed axis-aligned rectangle ring, counter-clockwise from its south-west corner. */
const createRect = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

/** An L: a 10 × 10 square without its north-east 8 × 8 quarter; its centroid lies outside it. */
const createL = (): Position[] => [
  [0, 0],
  [10, 0],
  [10, 2],
  [2, 2],
  [2, 10],
  [0, 10],
  [0, 0],
];

/** The same closed ring starting at vertex `k`. */
const rotate = (ring: Position[], k: number): Position[] => {
  const open = ring.slice(0, -1);
  const out = [...open.slice(k), ...open.slice(0, k)];
  return [...out, out[0]!];
};

describe('pole of inaccessibility', () => {
  it('of a square is its centre, half a side from the edges', () => {
    const pole = planarPole([createRect(0, 0, 10, 10)], 0.01)!;
    expect(pole.point[0]).toBeCloseTo(5, 1);
    expect(pole.point[1]).toBeCloseTo(5, 1);
    expect(pole.distance).toBeCloseTo(5, 1);
  });

  it('of an L lies inside the L, where its centroid does not', () => {
    const pole = planarPole([createL()], 0.001)!;
    // The centroid (3.22, 3.22) lies in the missing quarter.
    expect(signedDistance(116 / 36, 116 / 36, [createL()])).toBeLessThan(0);
    expect(signedDistance(pole.point[0], pole.point[1], [createL()])).toBeGreaterThan(1.1);
    // The widest circle sits in the corner, touching both outer edges and the inner corner: c = 2√2 / (1 + √2).
    expect(pole.distance).toBeCloseTo((2 * Math.SQRT2) / (1 + Math.SQRT2), 2);
  });

  it('keeps out of a hole', () => {
    const hole = createRect(2, 2, 8, 8).reverse();
    const pole = planarPole([createRect(0, 0, 10, 10), hole], 0.01)!;
    const [x, y] = pole.point;
    expect(x > 2 && x < 8 && y > 2 && y < 8).toBe(false);
    expect(pole.distance).toBeGreaterThan(0.9);
  });

  it('does not change when the ring starts at another vertex', () => {
    const first = planarPole([createL()], 0.001)!;
    for (let k = 1; k < 6; k++) {
      const other = planarPole([rotate(createL(), k)], 0.001)!;
      expect(other.distance).toBeCloseTo(first.distance, 2);
    }
  });

  it('is null for a ring of two vertices, an empty polygon and a ring without area', () => {
    expect(
      planarPole(
        [
          [
            [0, 0],
            [1, 1],
          ],
        ],
        0.1,
      ),
    ).toBeNull();
    expect(planarPole([], 0.1)).toBeNull();
    expect(poleOfInaccessibility([[]])).toBeNull();
    expect(
      planarPole(
        [
          [
            [0, 0],
            [5, 0],
            [10, 0],
            [0, 0],
          ],
        ],
        0.1,
      ),
    ).toBeNull();
  });

  it('measures in degrees of latitude: a 1° × 1° cell at 60° N is half as wide as tall', () => {
    const pole = poleOfInaccessibility([createRect(10, 59.5, 11, 60.5)], 0.0005)!;
    // cos 60° = 0.5: the cell is 0.5 "latitude degrees" wide, so the pole is 0.25 from the east and west edges.
    expect(pole.distance).toBeGreaterThan(0.24);
    expect(pole.distance).toBeLessThan(0.26);
    expect(pole.point[0]).toBeCloseTo(10.5, 2);
  });
});

describe('signed distance', () => {
  it('is positive inside and negative outside', () => {
    const rings = [createRect(0, 0, 10, 10)];
    expect(signedDistance(5, 3, rings)).toBeCloseTo(3, 9);
    expect(signedDistance(-2, 5, rings)).toBeCloseTo(-2, 9);
  });
});

describe('thinRing', () => {
  it('drops vertices closer than the tolerance to the last one kept and keeps both ends', () => {
    const ring: Position[] = [
      [0, 0],
      [0.1, 0],
      [1, 0],
      [1, 1],
      [1, 1.05],
      [0, 1],
      [0, 0],
    ];
    expect(thinRing(ring, 0.5)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
  });

  it('leaves a ring alone when thinning would leave fewer than four positions', () => {
    const ring = createRect(0, 0, 1, 1);
    expect(thinRing(ring, 5)).toEqual(ring);
  });
});
