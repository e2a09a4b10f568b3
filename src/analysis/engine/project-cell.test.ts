import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { projectPolygon } from '../planar.js';
import { HANOI_LAEA } from '../projection.js';
import { projectCell } from './grid-index.js';

/** A deterministic pseudo-random sequence in [0, 1) (Park & Miller 1988, "minimal standard" generator). */
function createRandom(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** A convex ring of `n` vertices on a circle of `radiusM` metres around plane point (x, y), as `[lng, lat]`. */
function convexCell(random: () => number, n: number, radiusM: number, clockwise: boolean): Polygon {
  const [cx, cy] = HANOI_LAEA.forward([105.85, 21.03]);
  const [x, y] = [cx + (random() - 0.5) * 60_000, cy + (random() - 0.5) * 60_000];
  const turn = random() * 2 * Math.PI;
  const angles = Array.from({ length: n }, (_, i) => turn + ((i + 0.3 * random()) / n) * 2 * Math.PI);
  if (clockwise) angles.reverse();
  const start = Math.floor(random() * n);
  const ring: Position[] = [...angles.slice(start), ...angles.slice(0, start)].map((a) =>
    HANOI_LAEA.inverse([x + radiusM * Math.cos(a), y + radiusM * Math.sin(a)]),
  );
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}

describe('projectCell', () => {
  it('gives the very paths projectPolygon (Clipper) gives, for convex rings of any start and winding', () => {
    const random = createRandom(42);
    for (let t = 0; t < 2000; t++) {
      const cell = convexCell(random, 4 + (t % 7), 20 + random() * 800, t % 2 === 1);
      expect(projectCell(cell)).toEqual(projectPolygon(cell));
    }
  });

  it('falls back to projectPolygon for a concave ring, a ring with a hole and a triangle', () => {
    const [cx, cy] = HANOI_LAEA.forward([105.85, 21.03]);
    const ring = (pts: [number, number][]) => {
      const r = pts.map(([dx, dy]) => HANOI_LAEA.inverse([cx + dx, cy + dy]));
      return [...r, r[0]!];
    };
    const square = ring([
      [0, 0],
      [100, 0],
      [100, 100],
      [0, 100],
    ]);
    const cells: Polygon[] = [
      {
        type: 'Polygon',
        coordinates: [
          ring([
            [0, 0],
            [100, 0],
            [50, 20],
            [100, 100],
            [0, 100],
          ]),
        ],
      },
      {
        type: 'Polygon',
        coordinates: [
          square,
          ring([
            [40, 40],
            [40, 60],
            [60, 60],
            [60, 40],
          ]),
        ],
      },
      {
        type: 'Polygon',
        coordinates: [
          ring([
            [0, 0],
            [100, 0],
            [50, 80],
          ]),
        ],
      },
    ];
    for (const cell of cells) expect(projectCell(cell)).toEqual(projectPolygon(cell));
  });
});
