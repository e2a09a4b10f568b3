import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { HANOI_LAEA } from '../projection.js';
import { buildAreaIndex, type AreaIndex, type Piece } from './area-index.js';
import { createGrid } from './tiles.js';
import type { EngineArea, PopulationUnit } from './types.js';

const C: [number, number] = [105.85, 21.03];

/** A polygon from rings of plane offsets (metres from C, a tile corner nearby), as `[lng, lat]`. */
function polygon(...rings: [number, number][][]): Polygon {
  const [cx, cy] = HANOI_LAEA.forward(C);
  // Offsets from the tile corner at or below C, so that the squares below fall in known tiles.
  const [ox, oy] = [Math.floor(cx / 1000) * 1000, Math.floor(cy / 1000) * 1000];
  const toRing = (r: [number, number][]): Position[] => {
    const pts = r.map(([dx, dy]) => HANOI_LAEA.inverse([ox + dx, oy + dy]));
    return [...pts, pts[0]!];
  };
  return { type: 'Polygon', coordinates: rings.map(toRing) };
}
const box = (x0: number, y0: number, x1: number, y1: number): [number, number][] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

/** Two census wards, each strictly inside the unit and inside one tile, and areas lying every way to them. */
function createFixture(): { areas: EngineArea[]; units: PopulationUnit[] } {
  const w0 = polygon(box(200, 200, 800, 800));
  const w1 = polygon(box(1200, 200, 1800, 800));
  const units = [
    { id: 'w0', population: 3600, geometry: w0 },
    { id: 'w1', population: 1800, geometry: w1 },
  ];
  const areas: EngineArea[] = [
    { id: 'U', level: 'unit2025', geometry: polygon(box(0, 0, 2000, 1000)) },
    // The ward layer holds the very geometry objects of the census wards, as engineInputOf passes them.
    { id: 'w0', level: 'ward2019', geometry: w0 },
    { id: 'w1', level: 'ward2019', geometry: w1 },
    // A zone across the east edge of ward w1, a zone inside ward w1, and an L-shaped zone whose box covers ward w0 but which does not touch it.
    { id: 'across-w0', level: 'zone', geometry: polygon(box(700, 400, 1000, 600)) },
    { id: 'in-w1', level: 'zone', geometry: polygon(box(1300, 300, 1400, 400)) },
    {
      id: 'L',
      level: 'zone',
      geometry: polygon([
        [100, 100],
        [900, 100],
        [900, 150],
        [150, 150],
        [150, 900],
        [100, 900],
      ]),
    },
  ];
  return { areas, units };
}

const piecesOf = (index: AreaIndex, id: string): Piece[] => {
  const a = index.areas.findIndex((x) => x.id === id);
  return index.piecesOfArea[a]!.map(([key, i]) => index.tiles.get(key)![i]!);
};

describe('buildAreaIndex', () => {
  const { areas, units } = createFixture();
  const index = buildAreaIndex(areas, units, createGrid(1000));

  it('partitions every area exactly into its pieces', () => {
    expect(index.partitionErrors).toEqual([]);
    for (const a of index.areas) {
      const sum = piecesOf(index, a.id).reduce((s, p) => s + p.areaM2, 0);
      expect(Math.abs(sum - a.areaM2)).toBeLessThan(1e-6);
    }
  });

  it('cuts the unit into its two wards (one tile each) and the rest outside them (two tiles)', () => {
    // Tile by tile: in each, the ward's part, then the rest in no ward.
    const pieces = piecesOf(index, 'U');
    expect(pieces.map((p) => p.ward)).toEqual([0, -1, 1, -1]);
    expect(pieces[0]!.areaM2).toBeCloseTo(360_000, 0);
    expect(pieces[1]!.areaM2 + pieces[3]!.areaM2).toBeCloseTo(2_000_000 - 720_000, 0);
  });

  it('shares the geometry of a ward wholly inside the unit with the ward level, by identity', () => {
    const [u0, u1] = piecesOf(index, 'U').filter((p) => p.ward >= 0);
    expect(piecesOf(index, 'w0')[0]!.paths).toBe(u0!.paths);
    expect(piecesOf(index, 'w1')[0]!.paths).toBe(u1!.paths);
  });

  it('cuts an area across a ward boundary into the part in the ward and the part outside', () => {
    const pieces = piecesOf(index, 'across-w0');
    expect(pieces.map((p) => p.ward)).toEqual([0, -1]);
    expect(pieces[0]!.areaM2).toBeCloseTo(20_000, 1);
    expect(pieces[1]!.areaM2).toBeCloseTo(40_000, 1);
  });

  it('gives an area inside a ward one piece of that ward, and nothing outside', () => {
    const pieces = piecesOf(index, 'in-w1');
    expect(pieces.map((p) => p.ward)).toEqual([1]);
    expect(pieces[0]!.areaM2).toBeCloseTo(10_000, 1);
    expect(index.areas.find((a) => a.id === 'in-w1')!.population).toBeCloseTo((1800 / 360_000) * 10_000, 6);
  });

  it('gives an area that misses a ward within its box no piece of that ward', () => {
    expect(piecesOf(index, 'L').map((p) => p.ward)).toEqual([-1]);
  });
});
